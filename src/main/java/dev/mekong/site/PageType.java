package dev.mekong.site;

import java.util.List;

/**
 * One kind of page (article, home, category, …): which pages the site content makes, and how one is
 * rendered. A page's inputs hold everything it shows that depends on articles, so the articles a page
 * depends on are the ones in its inputs: an edit re-renders a page only when the page shows what changed.
 */
interface PageType {

    /** Every page of this kind for this content, in the order they are published. */
    List<Page> pages(SiteContent content);

    /** The page's bytes, made from its inputs alone (and, for an article page, the article's record). */
    byte[] render(Page page);

    /**
     * Makes ahead of time what rendering this page again would reuse from its last rendering, for a page
     * already on the site ({@link StaticSiteRenderer#prepare}). Most kinds reuse nothing: this default does
     * nothing.
     */
    default void prepare(Page page) {
    }
}
