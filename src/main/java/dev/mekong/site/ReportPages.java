package dev.mekong.site;

import dev.mekong.model.Removed;
import dev.mekong.model.Version;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's build report: an HTML page (noindex, linked from no public page) and a JSON summary
 * under the configured report path, with a bar chart of articles and translation status per language,
 * and the articles with their versions and removed blocks: the newest on the report's first page, the
 * others on numbered pages counted from the oldest ({@link StablePages}), in HTML and JSON alike, so an
 * edit or a new article rewrites the summary and one or two list pages, never a list of every article.
 * Like every page it carries no build time, so an unchanged build leaves it byte-identical. Its UI is in
 * {@code mekong.site.report-language}, the editors' language, not the readers'; robots.txt keeps crawlers out.
 */
final class ReportPages implements PageType {

    static final List<String> STATUSES = List.of(Version.SOURCE, Version.REVIEWED, Version.MACHINE,
            Version.PARTIAL, Version.UNTRANSLATED);
    /** Articles per page of the report's list. */
    static final int PAGE_SIZE = 100;
    private static final List<String> COLORS = List.of("#1b6e3a", "#2f5fb3", "#b35c00", "#8a3ea8", "#767676");

    /**
     * The first page (index.html, summary.json) or the chart (chart.svg, {@code first} null).
     *
     * @param totals what the build did: counts per language and status, quarantined inputs, warnings, costs
     */
    record SummaryInputs(String file, Map<String, Object> totals, StablePages.Slice<IndexEntry> first) {
    }

    /** A numbered page of the article list, as {@code html} or {@code json}. */
    record ListInputs(String extension, StablePages.Slice<IndexEntry> slice) {
    }

    private final PageContext context;

    ReportPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        Map<String, Object> totals = totals(content);
        List<StablePages.Slice<IndexEntry>> slices = StablePages.of(content.articles(), PAGE_SIZE);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(context.urls.report("summary.json"), this, new SummaryInputs("summary.json", totals, slices.get(0))));
        pages.add(new Page(context.urls.report("chart.svg"), this, new SummaryInputs("chart.svg", totals, null)));
        pages.add(new Page(context.urls.report("index.html"), this, new SummaryInputs("index.html", totals, slices.get(0))));
        for (StablePages.Slice<IndexEntry> slice : slices.subList(1, slices.size())) {
            for (String extension : List.of("json", "html")) {
                pages.add(new Page(context.urls.reportArticles(slice.number(), extension), this, new ListInputs(extension, slice)));
            }
        }
        return pages;
    }

    private Map<String, Object> totals(SiteContent content) {
        Map<String, Map<String, Integer>> perLanguage = new LinkedHashMap<>();
        for (String code : context.config.languages()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            STATUSES.forEach(s -> counts.put(s, 0));
            for (IndexEntry entry : content.articles()) {
                counts.merge(entry.versions().get(code).status(), 1, Integer::sum);
            }
            perLanguage.put(code, counts);
        }
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("articles", content.articles().size());
        totals.put("languages", perLanguage);
        totals.put("quarantined", content.summary().quarantined());
        totals.put("warnings", content.warnings());
        totals.put("translation", content.summary().translation());
        return totals;
    }

    /** An article as the report lists it: its versions' statuses and what extraction removed, by rule. */
    private Map<String, Object> row(IndexEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", entry.id());
        row.put("slug", entry.slug());
        row.put("title", entry.title());
        row.put("language", entry.sourceTag());
        row.put("source", entry.sourceFile());
        Map<String, String> statuses = new LinkedHashMap<>();
        context.config.languages().forEach(code -> statuses.put(code, entry.versions().get(code).status()));
        row.put("versions", statuses);
        List<Map<String, String>> removed = new ArrayList<>();
        for (Removed r : entry.removed()) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("rule", r.rule() == null ? "" : r.rule());
            line.put("text", r.text() == null ? "" : r.text());
            removed.add(line);
        }
        row.put("removed", removed);
        return row;
    }

    @Override
    public byte[] render(Page page) {
        if (page.inputs() instanceof ListInputs inputs) {
            return inputs.extension().equals("json") ? json(null, inputs.slice()) : html(page, null, inputs.slice());
        }
        SummaryInputs inputs = (SummaryInputs) page.inputs();
        return switch (inputs.file()) {
            case "summary.json" -> json(inputs.totals(), inputs.first());
            case "chart.svg" -> chart(inputs.totals()).getBytes(StandardCharsets.UTF_8);
            default -> html(page, inputs.totals(), inputs.first());
        };
    }

    /**
     * The totals (first page only) and a page of articles, with the paths (from the site's root) of the
     * pages of newer and older articles.
     */
    private byte[] json(Map<String, Object> totals, StablePages.Slice<IndexEntry> slice) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (totals != null) {
            data.putAll(totals);
        } else {
            data.put("page", slice.number());
        }
        data.put("articleVersions", slice.items().stream().map(this::row).toList());
        data.put("newer", slice.newer() == null ? null : listPage(slice.newer(), "json"));
        data.put("older", slice.older() == null ? null : listPage(slice.older(), "json"));
        return (JsonLd.write(context.json, data) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] html(Page page, Map<String, Object> totals, StablePages.Slice<IndexEntry> slice) {
        SiteLanguage language = context.reportLanguage;
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("t", language.strings());
        model.put("msg", PageContext.message(language));
        model.put("root", UrlScheme.rootOf(page.path()));
        if (totals != null) {
            model.put("data", totals);
            model.put("statuses", STATUSES);
            model.put("chart", chart(totals));
        }
        model.put("pageNumber", slice.number() == 0 ? null : slice.number());
        model.put("articles", slice.items().stream().map(this::row).toList());
        model.put("newer", slice.newer() == null ? null : listPage(slice.newer(), "html"));
        model.put("older", slice.older() == null ? null : listPage(slice.older(), "html"));
        return context.render("report.ftlh", model);
    }

    /** A list page's path from the site's root: page 0 is the report's first page. */
    private String listPage(int number, String extension) {
        return number == 0 ? context.urls.report(extension.equals("json") ? "summary.json" : "index.html")
                : context.urls.reportArticles(number, extension);
    }

    private String chart(Map<String, Object> totals) {
        SiteLanguage language = context.reportLanguage;
        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < STATUSES.size(); i++) {
            series.add(new BarChart.Series(language.text("status." + STATUSES.get(i)), COLORS.get(i)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> perLanguage = (Map<String, Map<String, Integer>>) totals.get("languages");
        List<BarChart.Bar> bars = perLanguage.entrySet().stream()
                .map(e -> new BarChart.Bar(e.getKey(), List.copyOf(e.getValue().values()))).toList();
        return BarChart.svg(language.text("report.chart"), series, bars);
    }
}
