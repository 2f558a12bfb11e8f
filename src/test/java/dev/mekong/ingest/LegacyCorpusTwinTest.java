package dev.mekong.ingest;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The legacy-charset copies in the shared extraction corpus ({@code NAME.gbk.*}, {@code NAME.big5.*}) must
 * decode to the same text as their UTF-8 twins. The HTML copies declare their charset and write characters
 * outside it as character references, so they are compared as jsoup text; the .page.txt copies have no
 * declaration and, where encodings.tsv counts replaced characters, may differ in exactly those places.
 */
class LegacyCorpusTwinTest {

    private final InputDecoder decoder = new InputDecoder();

    static Path corpus() {
        String projectDir = System.getProperty("mekong.project.dir", ".");
        for (Path shared : List.of(Path.of(projectDir).resolve("../shared"), Path.of("/work/shared"))) {
            Path dir = shared.resolve("corpus/extraction");
            if (Files.isRegularFile(dir.resolve("encodings.tsv"))) {
                return dir.normalize();
            }
        }
        return null;
    }

    @TestFactory
    Stream<DynamicTest> legacyCopiesDecodeLikeTheirUtf8Twins() throws IOException {
        Path dir = corpus();
        assumeTrue(dir != null, "shared corpus not present");
        Map<String, Integer> replaced = replacedCharacters(dir.resolve("encodings.tsv"));
        assertThat(replaced).isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Integer> variant : replaced.entrySet()) {
            String name = variant.getKey();
            String twin = name.substring(0, name.lastIndexOf('.'));
            String family = name.endsWith(".gbk") ? "GB18030" : "Big5";
            tests.add(DynamicTest.dynamicTest(name + ".html", () -> {
                DecodedInput legacy = decoder.decode(name + ".html", Files.readAllBytes(dir.resolve(name + ".html")));
                DecodedInput utf8 = decoder.decode(twin + ".html", Files.readAllBytes(dir.resolve(twin + ".html")));
                assertThat(legacy.charset()).startsWith(family + " (declared");
                assertThat(Jsoup.parse(legacy.text()).text()).isEqualTo(Jsoup.parse(utf8.text()).text());
            }));
            tests.add(DynamicTest.dynamicTest(name + ".page.txt", () -> {
                DecodedInput legacy = decoder.decode(name + ".page.txt", Files.readAllBytes(dir.resolve(name + ".page.txt")));
                DecodedInput utf8 = decoder.decode(twin + ".page.txt", Files.readAllBytes(dir.resolve(twin + ".page.txt")));
                assertThat(legacy.charset()).isEqualTo(family + " (statistical)");
                assertThat(differences(legacy.text(), utf8.text())).isEqualTo(variant.getValue());
            }));
        }
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void differencesCountsReplacedStretches() {
        assertThat(differences("abc", "abc")).isZero();
        assertThat(differences("新闻•报道", "新闻·报道")).isEqualTo(1);
        assertThat(differences("a\uD83D\uDE00 b and c•d", "a? b and c?d")).isEqualTo(2);
        assertThat(differences("completely different text", "nothing in common here at all")).isEqualTo(-1);
    }

    /** Variant name → page_txt_chars_replaced, from encodings.tsv. */
    private static Map<String, Integer> replacedCharacters(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        List<String> header = List.of(lines.get(0).split("\t"));
        int variant = header.indexOf("variant");
        int replaced = header.indexOf("page_txt_chars_replaced");
        Map<String, Integer> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            if (cells.length > Math.max(variant, replaced)) {
                out.put(cells[variant], Integer.parseInt(cells[replaced].strip()));
            }
        }
        return out;
    }

    /**
     * The number of places where two texts differ, each place being a short stretch (up to 4 characters
     * on either side, e.g. one emoji replaced by one '?') after which both continue identically. Returns
     * -1 when the texts cannot be re-aligned: they differ by more than replaced characters.
     */
    static int differences(String a, String b) {
        int i = 0;
        int j = 0;
        int places = 0;
        while (i < a.length() || j < b.length()) {
            if (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            int[] resync = resync(a, i, b, j);
            if (resync == null) {
                return -1;
            }
            places++;
            i = resync[0];
            j = resync[1];
        }
        return places;
    }

    private static int[] resync(String a, int i, String b, int j) {
        final int maxSkip = 4;
        final int confirm = 3;
        for (int total = 1; total <= 2 * maxSkip; total++) {
            for (int skipA = Math.max(0, total - maxSkip); skipA <= Math.min(maxSkip, total); skipA++) {
                int ia = i + skipA;
                int jb = j + total - skipA;
                if (ia > a.length() || jb > b.length()) {
                    continue;
                }
                int n = Math.min(confirm, Math.max(a.length() - ia, b.length() - jb));
                if (a.regionMatches(ia, b, jb, n)) {
                    return new int[] {ia, jb};
                }
            }
        }
        return null;
    }
}
