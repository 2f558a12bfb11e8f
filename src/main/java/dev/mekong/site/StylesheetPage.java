package dev.mekong.site;

import java.util.List;
import java.util.Map;

/** The site's one stylesheet. */
final class StylesheetPage implements PageType {

    private final PageContext context;

    StylesheetPage(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        return List.of(new Page(context.urls.stylesheet(), this, "stylesheet"));
    }

    @Override
    public byte[] render(Page page) {
        return context.render("assets/site.css", Map.of());
    }
}
