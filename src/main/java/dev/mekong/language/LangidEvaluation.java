package dev.mekong.language;

import com.ibm.icu.text.Transliterator;
import dev.mekong.model.Language;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Measures a detector on a TSV laid out as {@code gold accept variant category text} (header row; lines
 * starting with '#' are comments): accuracy per language and category, how often a non-target language
 * is given a target tag, Hans/Hant accuracy where the two spellings differ, confusion rows, model load
 * time, heap and throughput. Categories are those of {@link #CATEGORIES} the corpus has.
 */
public final class LangidEvaluation {

    /** The site languages: giving one of these to text in another language misroutes it. */
    public static final Set<String> TARGETS = Set.of("zh", "en", "vi", "th");
    /** The categories a corpus may use, in report order: the dev corpus has word, pair and sentence. */
    public static final List<String> CATEGORIES = List.of("word", "pair", "headline", "snippet", "sentence");
    /** The categories of the dev corpus, always reported. */
    private static final List<String> DEV_CATEGORIES = List.of("word", "pair", "sentence");

    public record Row(String gold, Set<String> accept, String variant, String category, String text) {
    }

    private record Target(String label, List<String> languages, String category, double min, boolean misrouteRate) {
    }

    private static final List<Target> TARGET_TABLE = List.of(
            new Target("zh word", List.of("zh"), "word", 99.5, false),
            new Target("zh pair", List.of("zh"), "pair", 99.5, false),
            new Target("zh sentence", List.of("zh"), "sentence", 99.5, false),
            new Target("th word", List.of("th"), "word", 99.5, false),
            new Target("th pair", List.of("th"), "pair", 99.5, false),
            new Target("th sentence", List.of("th"), "sentence", 99.5, false),
            new Target("vi word", List.of("vi"), "word", 85, false),
            new Target("vi pair", List.of("vi"), "pair", 96, false),
            new Target("vi sentence", List.of("vi"), "sentence", 99.5, false),
            new Target("en word", List.of("en"), "word", 75, false),
            new Target("en pair", List.of("en"), "pair", 95, false),
            new Target("en sentence", List.of("en"), "sentence", 99.5, false),
            new Target("zh headline", List.of("zh"), "headline", 95, false),
            new Target("th headline", List.of("th"), "headline", 95, false),
            new Target("vi headline", List.of("vi"), "headline", 95, false),
            new Target("en headline", List.of("en"), "headline", 95, false),
            new Target("zh snippet", List.of("zh"), "snippet", 95, false),
            new Target("th snippet", List.of("th"), "snippet", 95, false),
            new Target("vi snippet", List.of("vi"), "snippet", 95, false),
            new Target("en snippet", List.of("en"), "snippet", 95, false),
            new Target("others->target word", List.of(), "word", 2, true),
            new Target("others->target pair", List.of(), "pair", 2, true),
            new Target("others->target headline", List.of(), "headline", 2, true),
            new Target("others->target snippet", List.of(), "snippet", 2, true),
            new Target("others->target sentence", List.of(), "sentence", 1, true));

    private LangidEvaluation() {
    }

    public static List<Row> read(Path corpus) throws IOException {
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t", 5);
            if (cells.length == 5) {
                if (!CATEGORIES.contains(cells[3])) {
                    throw new IOException("Unknown category " + cells[3] + " in " + corpus + ": " + line);
                }
                String variant = cells[2].equals("-") ? "" : cells[2];
                rows.add(new Row(cells[0], Set.of(cells[1].split(",")), variant, cells[3], cells[4]));
            }
        }
        return rows;
    }

    /** The categories of {@link #CATEGORIES} the rows have, in that order. */
    public static List<String> categories(List<Row> rows) {
        Set<String> present = new HashSet<>();
        rows.forEach(row -> present.add(row.category()));
        return CATEGORIES.stream().filter(present::contains).toList();
    }

    /** Whether the predicted tag is right for the row: its primary language is one the row accepts. */
    public static boolean isCorrect(Row row, String tag) {
        return row.accept().contains(new Language(tag, 0).primary());
    }

    /** Whether the row is in a non-target language and the predicted tag sends it to a target language. */
    public static boolean isMisrouted(Row row, String tag) {
        String primary = new Language(tag, 0).primary();
        return !TARGETS.contains(row.gold()) && TARGETS.contains(primary) && !row.accept().contains(primary);
    }

    /** Loads a detector, runs it over the rows and prints the report. */
    public static void run(List<Row> rows, Supplier<? extends LanguageDetector> factory, PrintStream out) {
        run(rows, factory, out, false, false);
    }

    /**
     * As {@link #run(List, Supplier, PrintStream)}; with {@code listMisrouted}, also every non-target row
     * given a target tag, so that one can see what the misrouted texts are.
     */
    public static void run(List<Row> rows, Supplier<? extends LanguageDetector> factory, PrintStream out,
                           boolean listMisrouted) {
        run(rows, factory, out, listMisrouted, false);
    }

    /** As {@link #run(List, Supplier, PrintStream, boolean)}; with {@code listErrors}, also every row answered wrongly. */
    public static void run(List<Row> rows, Supplier<? extends LanguageDetector> factory, PrintStream out,
                           boolean listMisrouted, boolean listErrors) {
        List<String> categories = categories(rows);
        LangidBenchmark.Cost cost = LangidBenchmark.load(factory);
        Scores scores = report(rows, cost.detector(), out, listMisrouted, listErrors);
        out.println();
        List<LangidBenchmark.Throughput> throughputs = LangidBenchmark.report(cost, rows, out);
        double textsPerSecond = throughputs.get(throughputs.size() - 1).perCpuSecond();
        double loadSeconds = cost.loadSeconds();
        long heapAfter = cost.heapBytes();
        out.println();
        out.println("Targets");
        for (Target target : TARGET_TABLE) {
            if (!categories.contains(target.category())) {
                continue;
            }
            double value;
            if (target.misrouteRate()) {
                value = percent(scores.misrouted(target.category()));
            } else {
                value = percent(scores.accuracy(target.languages().get(0), target.category()));
            }
            boolean met = target.misrouteRate() ? value <= target.min() : value >= target.min();
            out.printf(Locale.ROOT, "  %-26s %6.2f%%  %s %5.1f%%  %s%n", target.label(), value,
                    target.misrouteRate() ? "<=" : ">=", target.min(), met ? "met" : "NOT MET");
        }
        boolean variantMet = percent(scores.variantSentences()) >= 99;
        out.printf(Locale.ROOT, "  %-26s %6.2f%%  >= %5.1f%%  %s%n", "Hans/Hant sentence",
                percent(scores.variantSentences()), 99.0, variantMet ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "  %-26s %6.2fs   <= %5.1fs   %s%n", "model load", loadSeconds, 2.0,
                loadSeconds <= 2 ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "  %-26s %6dMB  <= %5dMB  %s%n", "heap held after load", heapAfter / (1024 * 1024), 300,
                heapAfter <= 300L * 1024 * 1024 ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "  %-26s %7.0f/s >= %5d/s  %s%n", "texts per CPU-second", textsPerSecond, 5000,
                textsPerSecond >= 5000 ? "met" : "NOT MET");
    }

    /**
     * Counts of one run: correct/total per gold language and category, misrouted/total of the non-target
     * rows per category, and Hans/Hant told apart (correct/total) on sentences and on shorter texts
     * where the two spellings differ.
     */
    public record Scores(Map<String, Map<String, int[]>> byLanguage, Map<String, int[]> misroutedByCategory,
                         int[] variantSentences, int[] variantShorter) {

        /** correct/total for the gold language and category; {0, 0} when the rows have none. */
        public int[] accuracy(String gold, String category) {
            int[] cell = byLanguage.getOrDefault(gold, Map.of()).get(category);
            return cell == null ? new int[2] : cell.clone();
        }

        /** misrouted/total of the non-target rows of the category. */
        public int[] misrouted(String category) {
            int[] cell = misroutedByCategory.get(category);
            return cell == null ? new int[2] : cell.clone();
        }
    }

    /**
     * Runs the detector over the rows and prints accuracy, misrouting, shared texts, the listings asked
     * for, Hans/Hant and the confusion rows; no timing.
     */
    public static Scores report(List<Row> rows, LanguageDetector detector, PrintStream out,
                                boolean listMisrouted, boolean listErrors) {
        List<String> categories = categories(rows);
        List<String> predicted = new ArrayList<>(rows.size());
        for (Row row : rows) {
            predicted.add(detector.detect(row.text()).tag());
        }

        Map<String, Map<String, int[]>> byLanguage = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Map<String, int[]> misrouted = new TreeMap<>();
        int[] variantCorrect = new int[2];
        int[] variantCorrectShort = new int[2];
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String tag = predicted.get(i);
            boolean correct = isCorrect(row, tag);
            int[] cell = byLanguage.computeIfAbsent(row.gold(), k -> new TreeMap<>())
                    .computeIfAbsent(row.category(), k -> new int[2]);
            cell[0] += correct ? 1 : 0;
            cell[1]++;
            confusion.computeIfAbsent(row.gold(), k -> new TreeMap<>()).merge(tag, 1, Integer::sum);
            if (!TARGETS.contains(row.gold())) {
                int[] m = misrouted.computeIfAbsent(row.category(), k -> new int[2]);
                m[0] += isMisrouted(row, tag) ? 1 : 0;
                m[1]++;
            }
            if (!row.variant().isEmpty()) {
                Transliterator other = row.variant().equals("Hans") ? toTraditional : toSimplified;
                if (!other.transliterate(row.text()).equals(row.text())) {
                    int[] counts = row.category().equals("sentence") ? variantCorrect : variantCorrectShort;
                    counts[0] += tag.equals(row.gold() + "-" + row.variant()) ? 1 : 0;
                    counts[1]++;
                }
            }
        }

        out.println("Accuracy (% correct, correct/total)");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-6s", "lang"));
        categories.forEach(c -> head.append(String.format(Locale.ROOT, " %18s", c)));
        out.println(head);
        for (Map.Entry<String, Map<String, int[]>> e : byLanguage.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-6s", e.getKey()));
            for (String category : categories) {
                line.append(String.format(Locale.ROOT, " %18s", cellText(e.getValue().get(category))));
            }
            out.println(line);
        }
        StringBuilder all = new StringBuilder(String.format(Locale.ROOT, "%-6s", "all"));
        for (String category : categories) {
            int[] sum = new int[2];
            byLanguage.values().forEach(m -> {
                int[] c = m.get(category);
                if (c != null) {
                    sum[0] += c[0];
                    sum[1] += c[1];
                }
            });
            all.append(String.format(Locale.ROOT, " %18s", cellText(sum)));
        }
        out.println(all);
        out.println();
        out.println("Non-target languages wrongly given a target tag (zh/en/vi/th), % of their rows");
        for (String category : categories) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-9s all %s |", category,
                    cellText(misrouted.get(category))));
            for (Map.Entry<String, Map<String, Integer>> e : confusion.entrySet()) {
                if (!TARGETS.contains(e.getKey())) {
                    int[] c = misroutedCell(rows, predicted, e.getKey(), category);
                    line.append(String.format(Locale.ROOT, " %s %.1f", e.getKey(), percent(c)));
                }
            }
            out.println(line);
        }
        out.println();
        printSharedTexts(rows, out);
        if (listMisrouted) {
            out.println();
            out.println("Non-target rows given a target tag (gold category: text -> tag)");
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (isMisrouted(row, predicted.get(i))) {
                    out.printf(Locale.ROOT, "  %s %s: %s -> %s%n", row.gold(), row.category(), row.text(), predicted.get(i));
                }
            }
        }
        if (listErrors) {
            out.println();
            out.println("Rows answered wrongly (gold category: text -> tag)");
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (!isCorrect(row, predicted.get(i))) {
                    out.printf(Locale.ROOT, "  %s %s: %s -> %s%n", row.gold(), row.category(), row.text(), predicted.get(i));
                }
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Hans/Hant told apart on sentences where the spellings differ: %s%n",
                cellText(variantCorrect));
        if (variantCorrectShort[1] > 0) {
            out.printf(Locale.ROOT, "Hans/Hant told apart on shorter texts where the spellings differ: %s%n",
                    cellText(variantCorrectShort));
        }
        out.println();
        out.println("Confusion rows (gold: predicted tag count …)");
        for (Map.Entry<String, Map<String, Integer>> e : confusion.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4s:", e.getKey()));
            e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(p -> line.append(' ').append(p.getKey()).append(' ').append(p.getValue()));
            out.println(line);
        }
        return new Scores(byLanguage, misrouted, variantCorrect, variantCorrectShort);
    }

    /**
     * Texts the corpus gives under a target language and, word for word, under a non-target one: no
     * detector answers both rows right, and every such text it routes to the target language counts as
     * misrouted once.
     */
    static void printSharedTexts(List<Row> rows, PrintStream out) {
        out.println("Texts given both a target and a non-target gold language (the same text, case aside)");
        List<String> present = categories(rows);
        for (String category : CATEGORIES) {
            if (!DEV_CATEGORIES.contains(category) && !present.contains(category)) {
                continue;
            }
            Map<String, Set<String>> goldsByText = new TreeMap<>();
            for (Row row : rows) {
                if (row.category().equals(category)) {
                    goldsByText.computeIfAbsent(row.text().strip().toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                            .add(row.gold());
                }
            }
            List<String> shared = goldsByText.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(TARGETS::contains)
                            && e.getValue().stream().anyMatch(g -> !TARGETS.contains(g)))
                    .map(e -> e.getKey() + " " + e.getValue())
                    .toList();
            out.printf(Locale.ROOT, "%-9s %d%s%n", category, shared.size(), shared.isEmpty() ? "" : ": " + String.join(", ", shared));
        }
    }

    private static int[] misroutedCell(List<Row> rows, List<String> predicted, String gold, String category) {
        int[] cell = new int[2];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.gold().equals(gold) && row.category().equals(category)) {
                cell[0] += isMisrouted(row, predicted.get(i)) ? 1 : 0;
                cell[1]++;
            }
        }
        return cell;
    }

    private static double percent(int[] cell) {
        return cell == null || cell[1] == 0 ? 0 : 100.0 * cell[0] / cell[1];
    }

    private static String cellText(int[] cell) {
        if (cell == null || cell[1] == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f%% %d/%d", percent(cell), cell[0], cell[1]);
    }
}
