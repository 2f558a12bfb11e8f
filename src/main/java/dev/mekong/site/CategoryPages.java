package dev.mekong.site;

import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A page per category level and language, listing every article filed under it. */
final class CategoryPages implements PageType {

    /** @param trail the category's segments from the outermost down */
    record Inputs(String code, List<String> trail, LinkView label, List<ArticleView> items) {
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
            byPath.forEach((path, items) -> pages.add(new Page(path, this,
                    new Inputs(code, trails.get(path), labels.get(path), List.copyOf(items)))));
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
        extra.put("items", inputs.items());
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.category(c, inputs.trail())));
    }
}
