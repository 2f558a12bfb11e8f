package dev.mekong.site;

import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per category level and language, the articles filed under it: the newest page-size on the category's
 * page, the older ones on its numbered pages ({@link StablePages}).
 */
final class CategoryPages implements PageType {

    /** @param trail the category's segments from the outermost down */
    record Inputs(String code, List<String> trail, LinkView label, StablePages.Slice<ArticleView> slice) {
    }

    private final PageContext context;

    CategoryPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        List<Page> pages = new ArrayList<>();
        for (String code : context.languages.keySet()) {
            Map<String, List<ArticleView>> byPath = new TreeMap<>();
            Map<String, LinkView> labels = new TreeMap<>();
            Map<String, List<String>> trails = new TreeMap<>();
            for (IndexEntry entry : content.articles()) {
                ArticleView view = context.view(entry, code);
                for (int i = 0; i < view.categories().size(); i++) {
                    LinkView category = view.categories().get(i);
                    byPath.computeIfAbsent(category.path(), k -> new ArrayList<>()).add(view);
                    labels.putIfAbsent(category.path(), category);
                    int level = i;
                    trails.computeIfAbsent(category.path(), k -> entry.categorySegments().subList(0, level + 1));
                }
            }
            byPath.forEach((path, items) -> {
                List<String> trail = trails.get(path);
                for (StablePages.Slice<ArticleView> slice : StablePages.of(items, context.config.pageSize())) {
                    pages.add(new Page(context.urls.category(code, trail, slice.number()), this,
                            new Inputs(code, trail, labels.get(path), slice)));
                }
            });
        }
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", inputs.label().label());
        extra.put("titleLang", inputs.label().lang());
        extra.put("heading", language.text("category.heading"));
        StablePages.describe(inputs.slice(), n -> context.urls.category(inputs.code(), inputs.trail(), n), extra);
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.category(c, inputs.trail())));
    }
}
