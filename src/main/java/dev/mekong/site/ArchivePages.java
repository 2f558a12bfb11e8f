package dev.mekong.site;

import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.MonthView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The monthly archive of each language: a page per month, then the list of months. */
final class ArchivePages implements PageType {

    record MonthInputs(String code, MonthView month, List<ArticleView> items) {
    }

    record IndexInputs(String code, List<MonthView> months) {
    }

    private final PageContext context;

    ArchivePages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        List<Page> pages = new ArrayList<>();
        for (SiteLanguage language : context.languages.values()) {
            String code = language.code();
            Map<String, List<ArticleView>> byMonth = new TreeMap<>(Comparator.reverseOrder());
            Map<String, String> labels = new TreeMap<>();
            for (ArticleView view : context.views(content.articles(), code)) {
                if (view.isoDate() != null) {
                    String key = view.isoDate().substring(0, 7); // yyyy-mm in the article's own offset
                    byMonth.computeIfAbsent(key, k -> new ArrayList<>()).add(view);
                    labels.computeIfAbsent(key, k -> LocalDates.month(LocalDates.parse(view.isoDate()), language.locale()));
                }
            }
            List<MonthView> months = new ArrayList<>();
            byMonth.forEach((key, items) -> {
                MonthView month = new MonthView(key, labels.get(key), context.urls.archiveMonth(code, key), items.size());
                months.add(month);
                pages.add(new Page(month.path(), this, new MonthInputs(code, month, List.copyOf(items))));
            });
            pages.add(new Page(context.urls.archive(code), this, new IndexInputs(code, List.copyOf(months))));
        }
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        if (page.inputs() instanceof IndexInputs inputs) {
            SiteLanguage language = context.languages.get(inputs.code());
            return context.page("archive.ftlh", language, page.path(), null,
                    Map.of("title", language.text("archive.heading"), "months", inputs.months()),
                    context.switchTo(language, context.urls::archive));
        }
        MonthInputs inputs = (MonthInputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", inputs.month().label());
        extra.put("heading", language.text("archive.heading"));
        extra.put("items", inputs.items());
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.archiveMonth(c, inputs.month().key())));
    }
}
