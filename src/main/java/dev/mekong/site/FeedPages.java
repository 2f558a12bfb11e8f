package dev.mekong.site;

import dev.mekong.site.Views.ArticleView;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RSS and Atom feeds of each language: its newest articles {@link PageContext#listed} there. Category
 * and tag pages make their own feeds with {@link #termFeeds}, rendered here.
 */
final class FeedPages implements PageType {

    static final int FEED_ITEMS = 20;

    /**
     * @param template rss.ftlx or atom.ftlx
     * @param updated  when the feed last changed: its newest item's date, or, for a language feed with no
     *                 dated item, the site's newest ({@link #siteUpdated}); null when none is dated
     * @param term     the label of the category or tag a term feed follows; null for the language's feed
     * @param home     the page the feed follows (its id in Atom)
     * @param rss      the RSS feed's path
     * @param atom     the Atom feed's path
     */
    record Inputs(String code, String template, List<ArticleView> items, String updated, String term, String home,
                  String rss, String atom) {
    }

    private final PageContext context;

    FeedPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        List<Page> pages = new ArrayList<>();
        String siteUpdated = siteUpdated(content);
        for (Map.Entry<String, List<ArticleView>> list : context.listed(content.articles()).entrySet()) {
            String code = list.getKey();
            List<ArticleView> items = List.copyOf(list.getValue().subList(0, Math.min(FEED_ITEMS, list.getValue().size())));
            String updated = newest(items).orElse(siteUpdated);
            String rss = context.urls.rss(code);
            String atom = context.urls.atom(code);
            String home = context.urls.home(code);
            pages.add(new Page(rss, this, new Inputs(code, "rss.ftlx", items, updated, null, home, rss, atom)));
            pages.add(new Page(atom, this, new Inputs(code, "atom.ftlx", items, updated, null, home, rss, atom)));
        }
        return pages;
    }

    /**
     * The newest publish date of the whole site. A feed with nothing dated in it has not changed since the
     * site last did, and this says no more than that; it is a fact of the store, so an update and a full
     * build write the same date, as the wall clock would not. Atom requires a feed's updated: with no dated
     * article at all there is no honest date, and the element is left out (RSS's lastBuildDate is optional).
     */
    private static String siteUpdated(SiteContent content) {
        return content.articles().stream().map(e -> LocalDates.parse(e.published())).filter(d -> d != null)
                .findFirst().map(LocalDates::iso).orElse(null);
    }

    private static Optional<String> newest(List<ArticleView> items) {
        return items.stream().map(ArticleView::isoDate).filter(d -> d != null).findFirst();
    }

    /**
     * The RSS and Atom feeds of a category or tag page at {@code home} in one language: the newest of its
     * {@code items} (newest first), titled with its label.
     */
    List<Page> termFeeds(String code, String label, String home, String rss, String atom, List<ArticleView> items) {
        List<ArticleView> newest = List.copyOf(items.subList(0, Math.min(FEED_ITEMS, items.size())));
        String updated = newest(newest).orElse(null);
        return List.of(new Page(rss, this, new Inputs(code, "rss.ftlx", newest, updated, label, home, rss, atom)),
                new Page(atom, this, new Inputs(code, "atom.ftlx", newest, updated, label, home, rss, atom)));
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        String newest = inputs.updated();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("siteTitle", context.siteTitle(language));
        model.put("title", inputs.term() == null ? context.siteTitle(language) : inputs.term() + " · " + context.siteTitle(language));
        model.put("description", language.text("site.description"));
        model.put("home", context.urls.url(inputs.home()));
        model.put("rssUrl", context.urls.url(inputs.rss()));
        model.put("atomUrl", context.urls.url(inputs.atom()));
        model.put("updated", newest);
        model.put("updatedRfc822", newest == null ? null : rfc822(newest));
        model.put("items", inputs.items().stream().map(v -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("a", v);
            item.put("pubDate", v.isoDate() == null ? null : rfc822(v.isoDate()));
            item.put("updated", v.isoDate() == null ? newest : v.isoDate());
            return item;
        }).toList());
        return context.render(inputs.template(), model);
    }

    private static String rfc822(String iso) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(OffsetDateTime.parse(iso));
    }
}
