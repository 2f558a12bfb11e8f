package dev.mekong.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.extract.dates.DateTimeExtractor;
import dev.mekong.ingest.DecodedInput;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.language.LanguageFacts;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs an extractor over a gold corpus laid out like {@code ../shared/corpus/extraction/} (manifest.tsv;
 * NAME.page.txt or NAME.html; NAME.gold.txt; NAME.meta.json) and scores it: token and 4-shingle P/R/F1
 * macro-averaged per language, title exact match and publish date same-day where the gold has them.
 */
public class CorpusEvaluation {

    /** Which copy of each page is extracted. */
    public enum Mode {
        TEXT(".page.txt"), HTML(".html");

        final String suffix;

        Mode(String suffix) {
            this.suffix = suffix;
        }
    }

    /**
     * One page's outcome. {@code titleMatch}/{@code dateMatch} are null where the gold has none;
     * {@code titleShown}/{@code dateShown} say whether a text copy shows the gold title as one of its
     * lines and the gold day anywhere (null where the gold has none, and for saved pages, whose metadata
     * can carry both).
     */
    public record PageResult(String name, String lang, String source, TokenScorer.Score tokens, TokenScorer.Score shingles,
                             Boolean titleMatch, Boolean dateMatch, Boolean titleShown, Boolean dateShown,
                             String error, double seconds) {
    }

    /** Averages over a group of pages. */
    public record Summary(String group, int pages, double precision, double recall, double f1, double shingleF1,
                          int titles, int titlesRight, int dates, int datesRight, int titlesShown, int datesShown,
                          int errors, double seconds) {

        /** Extraction speed over the group's pages (decoding included, scoring not). */
        public double pagesPerSecond() {
            return seconds == 0 ? 0 : pages / seconds;
        }
    }

    public record Report(List<PageResult> pages, List<Summary> byLanguage, List<Summary> bySource, Summary overall,
                         double extractionSeconds) {
        public double pagesPerSecond() {
            return extractionSeconds == 0 ? 0 : pages.size() / extractionSeconds;
        }
    }

    private final ArticleExtractor extractor;
    private final InputDecoder decoder;
    private final ObjectMapper mapper = new ObjectMapper();
    private final DateTimeExtractor dates = new DateTimeExtractor(LanguageFacts.LOCAL_TIME_ZONES);

    public CorpusEvaluation(ArticleExtractor extractor, InputDecoder decoder) {
        this.extractor = extractor;
        this.decoder = decoder;
    }

    public Report run(Path corpus, Mode mode) throws IOException {
        List<PageResult> results = new ArrayList<>();
        long nanos = 0;
        for (String[] row : manifest(corpus)) {
            String name = row[0];
            Path page = corpus.resolve(name + mode.suffix);
            if (!Files.exists(page)) {
                continue;
            }
            String gold = Files.readString(corpus.resolve(name + ".gold.txt"), StandardCharsets.UTF_8);
            JsonNode meta = mapper.readTree(corpus.resolve(name + ".meta.json").toFile());
            byte[] bytes = Files.readAllBytes(page);
            String output;
            String pageText = null;
            Article article = null;
            String error = null;
            long t0 = System.nanoTime();
            long pageNanos;
            try {
                DecodedInput input = decoder.decode(page.getFileName().toString(), bytes);
                pageText = input.text();
                article = extractor.extract(input);
                output = scoredText(article);
            } catch (InputRejectedException e) {
                output = "";
                error = e.getMessage();
            }
            pageNanos = System.nanoTime() - t0;
            nanos += pageNanos;
            Boolean title = null;
            Boolean date = null;
            Boolean titleShown = null;
            Boolean dateShown = null;
            boolean textCopy = mode == Mode.TEXT && pageText != null;
            String goldTitle = text(meta, "title");
            if (goldTitle != null) {
                title = article != null && article.title() != null && sameTitle(article.title(), goldTitle);
                titleShown = textCopy ? pageText.lines().anyMatch(l -> sameTitle(l, goldTitle)) : null;
            }
            String goldDate = text(meta, "date");
            if (goldDate != null && goldDate.length() >= 10) {
                String day = goldDate.substring(0, 10);
                date = article != null && article.meta().published() != null && article.meta().published().startsWith(day);
                dateShown = textCopy ? showsDay(pageText, row[1], day) : null;
            }
            results.add(new PageResult(name, row[1], row[2], TokenScorer.tokenScore(output, gold),
                    TokenScorer.shingleScore(output, gold), title, date, titleShown, dateShown, error, pageNanos / 1e9));
        }
        return new Report(results, summarise(results, PageResult::lang), summarise(results, PageResult::source),
                summary("all", results), nanos / 1e9);
    }

    /** Whether any line of the page holds a date on that day, read either way round where n/n/yyyy is ambiguous. */
    private boolean showsDay(String page, String lang, String day) {
        return page.lines().anyMatch(line -> dates.findAllIso(line, lang, false).stream().anyMatch(d -> d.startsWith(day))
                || dates.findAllIso(line, lang, true).stream().anyMatch(d -> d.startsWith(day)));
    }

    /** What the extract command writes to NAME.txt: the title, then one body block per line. */
    public static String outputText(Article article) {
        StringBuilder sb = new StringBuilder(article.title() == null ? "" : article.title());
        for (Block b : article.blocks()) {
            sb.append('\n').append(b.plainText().replace('\n', ' '));
        }
        return sb.append('\n').toString();
    }

    /**
     * The text scored against the gold: {@link #outputText}, less a title of low confidence, which is the body's
     * first sentence standing in for a headline and would count that sentence twice.
     */
    static String scoredText(Article article) {
        if (article.meta() != null && article.meta().titleIsLowConfidence()) {
            StringBuilder sb = new StringBuilder();
            for (Block b : article.blocks()) {
                sb.append('\n').append(b.plainText().replace('\n', ' '));
            }
            return sb.append('\n').toString();
        }
        return outputText(article);
    }

    static boolean sameTitle(String a, String b) {
        return normaliseTitle(a).equals(normaliseTitle(b));
    }

    /**
     * Case, spacing and typographic quotes aside: a page prints "won’t" where its metadata says "won't",
     * and both are the same title.
     */
    private static String normaliseTitle(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
                .replaceAll("[‘’‚‛′]", "'").replaceAll("[“”„‟″]", "\"");
    }

    private List<String[]> manifest(Path corpus) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length >= 3) {
                rows.add(cols);
            }
        }
        return rows;
    }

    private static String text(JsonNode meta, String field) {
        JsonNode n = meta.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }

    private static List<Summary> summarise(List<PageResult> results, java.util.function.Function<PageResult, String> key) {
        Map<String, List<PageResult>> groups = new TreeMap<>();
        for (PageResult r : results) {
            groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        List<Summary> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(summary(k, v)));
        return out;
    }

    static Summary summary(String group, List<PageResult> rs) {
        double p = 0, r = 0, f = 0, sf = 0;
        int titles = 0, titlesRight = 0, dates = 0, datesRight = 0, titlesShown = 0, datesShown = 0, errors = 0;
        double seconds = 0;
        for (PageResult x : rs) {
            p += x.tokens().precision();
            r += x.tokens().recall();
            f += x.tokens().f1();
            sf += x.shingles().f1();
            if (x.titleMatch() != null) {
                titles++;
                titlesRight += x.titleMatch() ? 1 : 0;
            }
            if (x.dateMatch() != null) {
                dates++;
                datesRight += x.dateMatch() ? 1 : 0;
            }
            titlesShown += Boolean.TRUE.equals(x.titleShown()) ? 1 : 0;
            datesShown += Boolean.TRUE.equals(x.dateShown()) ? 1 : 0;
            errors += x.error() == null ? 0 : 1;
            seconds += x.seconds();
        }
        int n = Math.max(1, rs.size());
        return new Summary(group, rs.size(), p / n, r / n, f / n, sf / n, titles, titlesRight, dates, datesRight,
                titlesShown, datesShown, errors, seconds);
    }

    /** The report as a table. */
    public static void print(Report report, Mode mode, PrintStream out) {
        out.printf(Locale.ROOT, "mode %s, %d pages, %.1f pages/s (extraction only)%n", mode.name().toLowerCase(Locale.ROOT),
                report.pages().size(), report.pagesPerSecond());
        out.printf(Locale.ROOT, "%-8s %5s %6s %6s %6s %9s %9s %9s %6s %8s%n", "group", "pages", "P", "R", "F1", "F1(4-sh)",
                "title", "date", "errors", "pages/s");
        Map<String, List<Summary>> sections = new LinkedHashMap<>();
        sections.put("language", report.byLanguage());
        sections.put("source", report.bySource());
        for (Map.Entry<String, List<Summary>> e : sections.entrySet()) {
            for (Summary s : e.getValue()) {
                printRow(s, out);
            }
            out.println();
        }
        printRow(report.overall(), out);
        if (mode == Mode.TEXT) {
            out.println();
            out.println("What the text copies show at all (no extractor of text copies can get more right):");
            for (Summary s : report.byLanguage()) {
                if (s.titles() > 0 || s.dates() > 0) {
                    out.printf(Locale.ROOT, "%-8s gold title as a line %s, gold day anywhere %s%n", s.group(),
                            ratio(s.titlesShown(), s.titles()), ratio(s.datesShown(), s.dates()));
                }
            }
        }
    }

    /**
     * One line per page, lowest token F1 first: where to look next. A title or date the text copy does
     * not show at all is marked "absent" rather than "MISS".
     */
    public static void printPages(Report report, PrintStream out) {
        out.printf(Locale.ROOT, "%-28s %6s %6s %6s %6s %6s  %s%n", "page", "P", "R", "F1", "title", "date", "error");
        report.pages().stream()
                .sorted(java.util.Comparator.comparingDouble((PageResult r) -> r.tokens().f1()).thenComparing(PageResult::name))
                .forEach(r -> out.printf(Locale.ROOT, "%-28s %6.3f %6.3f %6.3f %6s %6s  %s%n", r.name(), r.tokens().precision(),
                        r.tokens().recall(), r.tokens().f1(), mark(r.titleMatch(), r.titleShown()), mark(r.dateMatch(), r.dateShown()),
                        r.error() == null ? "" : r.error()));
    }

    /** ok, MISS, or "absent" for a miss the text copy gave no chance of getting right. */
    private static String mark(Boolean match, Boolean shown) {
        return match == null ? "-" : match ? "ok" : Boolean.FALSE.equals(shown) ? "absent" : "MISS";
    }

    private static void printRow(Summary s, PrintStream out) {
        out.printf(Locale.ROOT, "%-8s %5d %6.3f %6.3f %6.3f %9.3f %9s %9s %6d %8.1f%n", s.group(), s.pages(), s.precision(), s.recall(),
                s.f1(), s.shingleF1(), ratio(s.titlesRight(), s.titles()), ratio(s.datesRight(), s.dates()), s.errors(), s.pagesPerSecond());
    }

    private static String ratio(int right, int total) {
        return total == 0 ? "-" : String.format(Locale.ROOT, "%d/%d", right, total);
    }
}
