package dev.mekong.site;

import dev.mekong.site.Views.ArticleView;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The RSS and Atom feeds of each language: its newest articles {@link PageContext#listed} there. */
final class FeedPages implements PageType {

    static final int FEED_ITEMS = 20;

    /** @param template rss.ftlx or atom.ftlx */
    record Inputs(String code, String template, List<ArticleView> items) {
    }

    private final PageContext context;

    FeedPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, List<ArticleView>> list : context.listed(content.articles()).entrySet()) {
            String code = list.getKey();
            List<ArticleView> items = List.copyOf(list.getValue().subList(0, Math.min(FEED_ITEMS, list.getValue().size())));
            pages.add(new Page(context.urls.rss(code), this, new Inputs(code, "rss.ftlx", items)));
            pages.add(new Page(context.urls.atom(code), this, new Inputs(code, "atom.ftlx", items)));
        }
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        String newest = inputs.items().stream().map(ArticleView::isoDate).filter(d -> d != null).findFirst()
                .orElse("1970-01-01T00:00:00Z");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("siteTitle", context.siteTitle(language));
        model.put("description", language.text("site.description"));
        model.put("home", context.urls.url(context.urls.home(language.code())));
        model.put("rssUrl", context.urls.url(context.urls.rss(language.code())));
        model.put("atomUrl", context.urls.url(context.urls.atom(language.code())));
        model.put("updated", newest);
        model.put("updatedRfc822", rfc822(newest));
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
