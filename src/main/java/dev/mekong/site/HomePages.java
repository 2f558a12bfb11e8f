package dev.mekong.site;

import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The paginated home of each language: the newest articles first, page-size to a page. */
final class HomePages implements PageType {

    record Inputs(String code, int number, int count, List<ArticleView> items) {
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
            List<ArticleView> list = context.views(content.articles(), code);
            int count = Math.max(1, (list.size() + size - 1) / size);
            for (int n = 1; n <= count; n++) {
                List<ArticleView> items = List.copyOf(list.subList((n - 1) * size, Math.min(list.size(), n * size)));
                pages.add(new Page(context.urls.home(code, n), this, new Inputs(code, n, count, items)));
            }
        }
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        int n = inputs.number();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", language.text("home.heading"));
        extra.put("items", inputs.items());
        extra.put("pageNumber", n);
        extra.put("pageCount", inputs.count());
        extra.put("newer", n > 1 ? context.urls.home(language.code(), n - 1) : null);
        extra.put("older", n < inputs.count() ? context.urls.home(language.code(), n + 1) : null);
        extra.put("isHome", n == 1);
        if (n == 1) {
            extra.put("alternates", context.languages.keySet().stream()
                    .map(c -> new AlternateView(c, context.urls.url(context.urls.home(c, 1)))).toList());
        }
        return context.page("list.ftlh", language, page.path(), null, extra, context.switchToHomes(language));
    }
}
