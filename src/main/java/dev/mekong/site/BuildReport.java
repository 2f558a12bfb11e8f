package dev.mekong.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import dev.mekong.model.Removed;
import dev.mekong.model.Version;
import dev.mekong.site.Views.ArticleView;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's build report: an HTML page (noindex, linked from no public page) and a JSON summary
 * under the configured report path, with a bar chart of articles and translation status per language.
 * Like every page it carries no build time, so an unchanged build leaves it byte-identical.
 */
final class BuildReport {

    static final List<String> STATUSES = List.of(Version.SOURCE, Version.REVIEWED, Version.MACHINE,
            Version.PARTIAL, Version.UNTRANSLATED);
    private static final List<String> COLORS = List.of("#1b6e3a", "#2f5fb3", "#b35c00", "#8a3ea8", "#767676");

    private final SiteConfig config;
    private final TemplateEngine templates;
    private final ObjectMapper json;

    BuildReport(SiteConfig config, TemplateEngine templates, ObjectMapper json) {
        this.config = config;
        this.templates = templates;
        this.json = json;
    }

    void render(SiteLanguage language, List<Article> articles, Map<String, Map<String, ArticleView>> views,
                BuildSummary summary, List<String> warnings, Map<String, byte[]> files) {
        Map<String, Map<String, Integer>> perLanguage = new LinkedHashMap<>();
        for (String code : config.languages()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            STATUSES.forEach(s -> counts.put(s, 0));
            for (Article article : articles) {
                counts.merge(views.get(article.id()).get(code).status(), 1, Integer::sum);
            }
            perLanguage.put(code, counts);
        }
        List<Map<String, Object>> articleRows = new ArrayList<>();
        for (Article article : articles) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", article.id());
            row.put("slug", article.slug());
            row.put("title", article.title());
            row.put("language", StaticSiteRenderer.sourceTag(article));
            row.put("source", article.source() == null ? null : article.source().fileName());
            Map<String, String> statuses = new LinkedHashMap<>();
            views.get(article.id()).forEach((code, view) -> statuses.put(code, view.status()));
            row.put("versions", statuses);
            List<Map<String, String>> removed = new ArrayList<>();
            for (Removed r : article.removed()) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("rule", r.rule() == null ? "" : r.rule());
                entry.put("text", r.text() == null ? "" : r.text());
                removed.add(entry);
            }
            row.put("removed", removed);
            articleRows.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articles", articles.size());
        data.put("languages", perLanguage);
        data.put("articleVersions", articleRows);
        data.put("quarantined", summary.quarantined());
        data.put("warnings", warnings);
        data.put("translation", summary.translation());

        List<BarChart.Series> series = new ArrayList<>();
        for (int i = 0; i < STATUSES.size(); i++) {
            series.add(new BarChart.Series(language.text("status." + STATUSES.get(i)), COLORS.get(i)));
        }
        List<BarChart.Bar> bars = perLanguage.entrySet().stream()
                .map(e -> new BarChart.Bar(e.getKey(), List.copyOf(e.getValue().values()))).toList();
        String chart = BarChart.svg(language.text("report.chart"), series, bars);

        String dir = config.reportPath() + "/";
        files.put(dir + "summary.json", (JsonLd.write(json, data) + "\n").getBytes(StandardCharsets.UTF_8));
        files.put(dir + "chart.svg", chart.getBytes(StandardCharsets.UTF_8));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("t", language.strings());
        model.put("msg", StaticSiteRenderer.message(language));
        model.put("root", "../".repeat((int) dir.chars().filter(c -> c == '/').count()));
        model.put("data", data);
        model.put("statuses", STATUSES);
        model.put("chart", chart);
        files.put(dir + "index.html", templates.render("report.ftlh", model).getBytes(StandardCharsets.UTF_8));
    }
}
