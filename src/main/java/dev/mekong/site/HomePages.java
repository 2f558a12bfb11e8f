package dev.mekong.site;

import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The home of each language: its newest articles, page-size of them, and numbered pages of the older ones
 * counted from the oldest ({@link StablePages}).
 */
final class HomePages implements PageType {

    record Inputs(String code, StablePages.Slice<ArticleView> slice) {
    }

    private final PageContext context;

    HomePages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        int size = context.config.pageSize();
        List<Page> pages = new ArrayList<>();
        for (String code : context.languages.keySet()) {
            for (StablePages.Slice<ArticleView> slice : StablePages.of(context.views(content.articles(), code), size)) {
                pages.add(new Page(context.urls.home(code, slice.number()), this, new Inputs(code, slice)));
            }
        }
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", language.text("home.heading"));
        StablePages.describe(inputs.slice(), n -> context.urls.home(language.code(), n), extra);
        if (inputs.slice().number() == 0) {
            extra.put("alternates", context.languages.keySet().stream()
                    .map(c -> new AlternateView(c, context.urls.url(context.urls.home(c)))).toList());
        }
        return context.page("list.ftlh", language, page.path(), null, extra, context.switchToHomes(language));
    }
}
