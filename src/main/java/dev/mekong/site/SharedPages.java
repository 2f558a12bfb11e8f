package dev.mekong.site;

import java.util.List;

/**
 * A kind of page whose pages another kind reads too (the sitemap reads the hreflang sets of the category,
 * tag and author pages): they are made once per content, and whichever asks second waits for the first
 * and gets the same list. Its pages render with the kind they were made by.
 */
final class SharedPages implements PageType {

    private final PageType type;
    private SiteContent madeFor;
    private List<Page> made;

    SharedPages(PageType type) {
        this.type = type;
    }

    @Override
    public synchronized List<Page> pages(SiteContent content) {
        if (content != madeFor) {
            made = type.pages(content);
            madeFor = content;
        }
        return made;
    }

    @Override
    public byte[] render(Page page) {
        return type.render(page);
    }
}
