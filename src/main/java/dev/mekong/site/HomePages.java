package dev.mekong.site;

import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The home of each language: its newest articles, page-size of them, and numbered pages of the older ones
 * counted from the oldest ({@link StablePages}). A home lists only the versions {@link PageContext#listed}
 * in its language; an empty one links the homes that have articles.
 */
final class HomePages implements PageType {

    /** @param elsewhere for an empty home, the homes with articles; else empty */
    record Inputs(String code, StablePages.Slice<ArticleView> slice, List<LinkView> elsewhere) {
    }

    private final PageContext context;

    HomePages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        Map<String, List<ArticleView>> lists = context.listed(content.articles());
        List<Page> pages = new ArrayList<>();
        lists.forEach((code, items) -> {
            List<LinkView> elsewhere = items.isEmpty()
                    ? context.elsewhere(code, c -> !lists.get(c).isEmpty(), context.urls::home) : List.of();
            for (StablePages.Slice<ArticleView> slice : StablePages.of(items, context.config.pageSize())) {
                pages.add(new Page(context.urls.home(code, slice.number()), this, new Inputs(code, slice, elsewhere)));
            }
        });
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", language.text("home.heading"));
        extra.put("elsewhere", inputs.elsewhere());
        StablePages.describe(inputs.slice(), n -> context.urls.home(language.code(), n), extra);
        if (inputs.slice().number() == 0) {
            extra.put("alternates", context.homeAlternates());
        }
        return context.page("list.ftlh", language, page.path(), null, extra, context.switchToHomes(language));
    }
}
