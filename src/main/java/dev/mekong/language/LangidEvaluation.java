package dev.mekong.language;

import com.ibm.icu.text.Transliterator;
import dev.mekong.model.Language;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Measures a detector on a TSV laid out as {@code gold accept variant category text} (header row):
 * accuracy per language and category, how often a non-target language is given a target tag, Hans/Hant
 * accuracy where the two spellings differ, confusion rows, model load time, heap and throughput.
 */
public final class LangidEvaluation {

    /** The site languages: giving one of these to text in another language misroutes it. */
    public static final Set<String> TARGETS = Set.of("zh", "en", "vi", "th");
    public static final List<String> CATEGORIES = List.of("word", "pair", "sentence");

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
            new Target("others->target word", List.of(), "word", 2, true),
            new Target("others->target pair", List.of(), "pair", 2, true),
            new Target("others->target sentence", List.of(), "sentence", 1, true));

    private LangidEvaluation() {
    }

    public static List<Row> read(Path corpus) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", 5);
            if (cells.length == 5) {
                String variant = cells[2].equals("-") ? "" : cells[2];
                rows.add(new Row(cells[0], Set.of(cells[1].split(",")), variant, cells[3], cells[4]));
            }
        }
        return rows;
    }

    /** Loads a detector, runs it over the rows and prints the report. */
    public static void run(List<Row> rows, Supplier<? extends LanguageDetector> factory, PrintStream out) {
        run(rows, factory, out, false);
    }

    /**
     * As {@link #run(List, Supplier, PrintStream)}; with {@code listMisrouted}, also every non-target row
     * given a target tag, so that one can see what the misrouted texts are.
     */
    public static void run(List<Row> rows, Supplier<? extends LanguageDetector> factory, PrintStream out,
                           boolean listMisrouted) {
        LangidBenchmark.Cost cost = LangidBenchmark.load(factory);
        LanguageDetector detector = cost.detector();
        List<String> predicted = new ArrayList<>(rows.size());
        for (Row row : rows) {
            predicted.add(detector.detect(row.text()).tag());
        }

        Map<String, Map<String, int[]>> byLanguage = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Map<String, int[]> misrouted = new TreeMap<>();
        int[] variantCorrect = new int[2];
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String tag = predicted.get(i);
            String primary = new Language(tag, 0).primary();
            boolean correct = row.accept().contains(primary);
            int[] cell = byLanguage.computeIfAbsent(row.gold(), k -> new TreeMap<>())
                    .computeIfAbsent(row.category(), k -> new int[2]);
            cell[0] += correct ? 1 : 0;
            cell[1]++;
            confusion.computeIfAbsent(row.gold(), k -> new TreeMap<>()).merge(tag, 1, Integer::sum);
            if (!TARGETS.contains(row.gold())) {
                int[] m = misrouted.computeIfAbsent(row.category(), k -> new int[2]);
                m[0] += TARGETS.contains(primary) && !row.accept().contains(primary) ? 1 : 0;
                m[1]++;
            }
            if (row.category().equals("sentence") && !row.variant().isEmpty()) {
                Transliterator other = row.variant().equals("Hans") ? toTraditional : toSimplified;
                if (!other.transliterate(row.text()).equals(row.text())) {
                    variantCorrect[0] += tag.equals(row.gold() + "-" + row.variant()) ? 1 : 0;
                    variantCorrect[1]++;
                }
            }
        }

        out.println("Accuracy (% correct, correct/total)");
        out.printf(Locale.ROOT, "%-6s %18s %18s %18s%n", "lang", "word", "pair", "sentence");
        for (Map.Entry<String, Map<String, int[]>> e : byLanguage.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-6s", e.getKey()));
            for (String category : CATEGORIES) {
                line.append(String.format(Locale.ROOT, " %18s", cellText(e.getValue().get(category))));
            }
            out.println(line);
        }
        StringBuilder all = new StringBuilder(String.format(Locale.ROOT, "%-6s", "all"));
        for (String category : CATEGORIES) {
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
        for (String category : CATEGORIES) {
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
                String primary = new Language(predicted.get(i), 0).primary();
                if (!TARGETS.contains(row.gold()) && TARGETS.contains(primary) && !row.accept().contains(primary)) {
                    out.printf(Locale.ROOT, "  %s %s: %s -> %s%n", row.gold(), row.category(), row.text(), predicted.get(i));
                }
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Hans/Hant told apart on sentences where the spellings differ: %s%n",
                cellText(variantCorrect));
        out.println();
        out.println("Confusion rows (gold: predicted tag count …)");
        for (Map.Entry<String, Map<String, Integer>> e : confusion.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-4s:", e.getKey()));
            e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(p -> line.append(' ').append(p.getKey()).append(' ').append(p.getValue()));
            out.println(line);
        }
        out.println();
        List<LangidBenchmark.Throughput> throughputs = LangidBenchmark.report(cost, rows, out);
        double textsPerSecond = throughputs.get(throughputs.size() - 1).perCpuSecond();
        double loadSeconds = cost.loadSeconds();
        long heapAfter = cost.heapBytes();
        out.println();
        out.println("Targets");
        for (Target target : TARGET_TABLE) {
            double value;
            if (target.misrouteRate()) {
                value = percent(misrouted.get(target.category()));
            } else {
                value = percent(byLanguage.getOrDefault(target.languages().get(0), Map.of()).get(target.category()));
            }
            boolean met = target.misrouteRate() ? value <= target.min() : value >= target.min();
            out.printf(Locale.ROOT, "  %-26s %6.2f%%  %s %5.1f%%  %s%n", target.label(), value,
                    target.misrouteRate() ? "<=" : ">=", target.min(), met ? "met" : "NOT MET");
        }
        boolean variantMet = percent(variantCorrect) >= 99;
        out.printf(Locale.ROOT, "  %-26s %6.2f%%  >= %5.1f%%  %s%n", "Hans/Hant sentence", percent(variantCorrect),
                99.0, variantMet ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "  %-26s %6.2fs   <= %5.1fs   %s%n", "model load", loadSeconds, 2.0,
                loadSeconds <= 2 ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "  %-26s %6dMB  <= %5dMB  %s%n", "heap held after load", heapAfter / (1024 * 1024), 300,
                heapAfter <= 300L * 1024 * 1024 ? "met" : "NOT MET");
        out.printf(Locale.ROOT, "  %-26s %7.0f/s >= %5d/s  %s%n", "texts per CPU-second", textsPerSecond, 5000,
                textsPerSecond >= 5000 ? "met" : "NOT MET");
    }

    /**
     * Texts the corpus gives under a target language and, word for word, under a non-target one: no
     * detector answers both rows right, and every such text it routes to the target language counts as
     * misrouted once.
     */
    static void printSharedTexts(List<Row> rows, PrintStream out) {
        out.println("Texts given both a target and a non-target gold language (the same text, case aside)");
        for (String category : CATEGORIES) {
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
                String primary = new Language(predicted.get(i), 0).primary();
                cell[0] += TARGETS.contains(primary) && !row.accept().contains(primary) ? 1 : 0;
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
