package dev.mekong.site;

import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;
import dev.mekong.site.Views.MonthView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly archive of each language: a page per month, then the list of months, of the versions
 * {@link PageContext#listed} in it. Every month with an article gets its page in every language, since
 * the language switcher of a month page links the same month in the others; the list of months names only
 * those with articles listed. An empty month or archive links the languages where it has articles.
 */
final class ArchivePages implements PageType {

    /** @param elsewhere for an empty month, its pages in the languages where it has articles; else empty */
    record MonthInputs(String code, MonthView month, List<ArticleView> items, List<LinkView> elsewhere) {
    }

    /** @param elsewhere for an empty archive, the archives of the languages that have articles; else empty */
    record IndexInputs(String code, List<MonthView> months, List<LinkView> elsewhere) {
    }

    private final PageContext context;

    ArchivePages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        // per language, yyyy-mm (in the article's own offset), newest first: the articles listed in it
        Map<String, Map<String, List<ArticleView>>> byCode = new LinkedHashMap<>();
        for (String code : context.languages.keySet()) {
            Map<String, List<ArticleView>> byMonth = new TreeMap<>(Comparator.reverseOrder());
            for (IndexEntry entry : content.articles()) {
                ArticleView view = context.view(entry, code);
                if (view.isoDate() != null) {
                    List<ArticleView> items = byMonth.computeIfAbsent(view.isoDate().substring(0, 7), k -> new ArrayList<>());
                    if (context.listed(view)) {
                        items.add(view);
                    }
                }
            }
            byCode.put(code, byMonth);
        }
        List<Page> pages = new ArrayList<>();
        for (SiteLanguage language : context.languages.values()) {
            String code = language.code();
            List<MonthView> months = new ArrayList<>();
            byCode.get(code).forEach((key, items) -> {
                // labelled from its first day: the label names only month and year (a month may have no item here)
                MonthView month = new MonthView(key, LocalDates.month(LocalDates.parse(key + "-01T00:00:00Z"),
                        language.locale()), context.urls.archiveMonth(code, key), items.size());
                List<LinkView> elsewhere = List.of();
                if (items.isEmpty()) {
                    elsewhere = context.elsewhere(code, c -> !byCode.get(c).get(key).isEmpty(),
                            c -> context.urls.archiveMonth(c, key));
                } else {
                    months.add(month);
                }
                pages.add(new Page(month.path(), this, new MonthInputs(code, month, List.copyOf(items), elsewhere)));
            });
            List<LinkView> elsewhere = months.isEmpty() ? context.elsewhere(code,
                    c -> byCode.get(c).values().stream().anyMatch(items -> !items.isEmpty()), context.urls::archive)
                    : List.of();
            pages.add(new Page(context.urls.archive(code), this, new IndexInputs(code, List.copyOf(months), elsewhere)));
        }
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        if (page.inputs() instanceof IndexInputs inputs) {
            SiteLanguage language = context.languages.get(inputs.code());
            return context.page("archive.ftlh", language, page.path(), null,
                    Map.of("title", language.text("archive.heading"), "months", inputs.months(),
                            "elsewhere", inputs.elsewhere()),
                    context.switchTo(language, context.urls::archive));
        }
        MonthInputs inputs = (MonthInputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", inputs.month().label());
        extra.put("heading", language.text("archive.heading"));
        extra.put("items", inputs.items());
        extra.put("elsewhere", inputs.elsewhere());
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.archiveMonth(c, inputs.month().key())));
    }
}
