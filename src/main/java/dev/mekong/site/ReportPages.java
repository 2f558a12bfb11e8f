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
 * under the configured report path, with a bar chart of articles and translation status per language.
 * Like every page it carries no build time, so an unchanged build leaves it byte-identical. It depends on
 * every article and on what the pipeline reported.
 */
final class ReportPages implements PageType {

    static final List<String> STATUSES = List.of(Version.SOURCE, Version.REVIEWED, Version.MACHINE,
            Version.PARTIAL, Version.UNTRANSLATED);
    private static final List<String> COLORS = List.of("#1b6e3a", "#2f5fb3", "#b35c00", "#8a3ea8", "#767676");

    /** @param file index.html, summary.json or chart.svg */
    record Inputs(String file, Map<String, Object> data) {
    }

    private final PageContext context;

    ReportPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        Map<String, Object> data = data(content);
        return List.of("summary.json", "chart.svg", "index.html").stream()
                .map(file -> new Page(context.urls.report(file), this, new Inputs(file, data))).toList();
    }

    private Map<String, Object> data(SiteContent content) {
        Map<String, Map<String, Integer>> perLanguage = new LinkedHashMap<>();
        for (String code : context.config.languages()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            STATUSES.forEach(s -> counts.put(s, 0));
            for (IndexEntry entry : content.articles()) {
                counts.merge(entry.versions().get(code).status(), 1, Integer::sum);
            }
            perLanguage.put(code, counts);
        }
        List<Map<String, Object>> articleRows = new ArrayList<>();
        for (IndexEntry entry : content.articles()) {
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
            articleRows.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articles", content.articles().size());
        data.put("languages", perLanguage);
        data.put("articleVersions", articleRows);
        data.put("quarantined", content.summary().quarantined());
        data.put("warnings", content.warnings());
        data.put("translation", content.summary().translation());
        return data;
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        Map<String, Object> data = inputs.data();
        if (inputs.file().equals("summary.json")) {
            return (JsonLd.write(context.json, data) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        String chart = chart(data);
        if (inputs.file().equals("chart.svg")) {
            return chart.getBytes(StandardCharsets.UTF_8);
        }
        SiteLanguage language = context.defaultLanguage();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("t", language.strings());
        model.put("msg", PageContext.message(language));
        model.put("root", UrlScheme.rootOf(page.path()));
        model.put("data", data);
        model.put("statuses", STATUSES);
        model.put("chart", chart);
        return context.render("report.ftlh", model);
    }

    private String chart(Map<String, Object> data) {
        SiteLanguage language = context.defaultLanguage();
        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < STATUSES.size(); i++) {
            series.add(new BarChart.Series(language.text("status." + STATUSES.get(i)), COLORS.get(i)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> perLanguage = (Map<String, Map<String, Integer>>) data.get("languages");
        List<BarChart.Bar> bars = perLanguage.entrySet().stream()
                .map(e -> new BarChart.Bar(e.getKey(), List.copyOf(e.getValue().values()))).toList();
        return BarChart.svg(language.text("report.chart"), series, bars);
    }
}
