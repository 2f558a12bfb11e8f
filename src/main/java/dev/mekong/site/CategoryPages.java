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
 * page, the older ones on its numbered pages ({@link StablePages}). A category gets its page in every
 * language, since every version of an article links its categories, but lists only the versions
 * {@link PageContext#listed} there; an empty one links the languages where the category has articles.
 */
final class CategoryPages implements PageType {

    /**
     * @param trail     the category's segments from the outermost down
     * @param elsewhere for an empty category, its pages in the languages where it has articles; else empty
     */
    record Inputs(String code, List<String> trail, LinkView label, StablePages.Slice<ArticleView> slice,
                  List<LinkView> elsewhere) {
    }

    /** A category in one language while pages are made. */
    private record Category(List<String> trail, LinkView label, List<ArticleView> items) {
    }

    private final PageContext context;

    CategoryPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        Map<String, Map<String, Category>> byCode = new LinkedHashMap<>();
        for (String code : context.languages.keySet()) {
            Map<String, Category> byPath = new TreeMap<>();
            for (IndexEntry entry : content.articles()) {
                ArticleView view = context.view(entry, code);
                for (int i = 0; i < view.categories().size(); i++) {
                    LinkView label = view.categories().get(i);
                    List<String> trail = entry.categorySegments().subList(0, i + 1);
                    Category category = byPath.computeIfAbsent(label.path(),
                            k -> new Category(trail, label, new ArrayList<>()));
                    if (context.listed(view)) {
                        category.items().add(view);
                    }
                }
            }
            byCode.put(code, byPath);
        }
        List<Page> pages = new ArrayList<>();
        byCode.forEach((code, byPath) -> byPath.values().forEach(category -> {
            List<String> trail = category.trail();
            List<LinkView> elsewhere = category.items().isEmpty() ? context.elsewhere(code,
                    c -> !byCode.get(c).get(context.urls.category(c, trail)).items().isEmpty(),
                    c -> context.urls.category(c, trail)) : List.of();
            for (StablePages.Slice<ArticleView> slice : StablePages.of(category.items(), context.config.pageSize())) {
                pages.add(new Page(context.urls.category(code, trail, slice.number()), this,
                        new Inputs(code, trail, category.label(), slice, elsewhere)));
            }
        }));
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
        extra.put("elsewhere", inputs.elsewhere());
        StablePages.describe(inputs.slice(), n -> context.urls.category(inputs.code(), inputs.trail(), n), extra);
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.category(c, inputs.trail())));
    }
}
