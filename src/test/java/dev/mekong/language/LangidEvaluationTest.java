package dev.mekong.language;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LangidEvaluationTest {

    private static LangidEvaluation.Row row(String gold, String category, String text) {
        return new LangidEvaluation.Row(gold, Set.of(gold), "", category, text);
    }

    @Test
    void aTextTheCorpusGivesUnderATargetAndANonTargetLanguageIsReported() {
        List<LangidEvaluation.Row> rows = List.of(
                row("en", "word", "Fitness"), row("es", "word", "fitness"), row("es", "word", "gimnasio"),
                row("de", "word", "Haus"), row("fr", "word", "haus"),
                row("en", "pair", "green tea"), row("ms", "pair", "teh hijau"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LangidEvaluation.printSharedTexts(rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "Texts given both a target and a non-target gold language (the same text, case aside)",
                "word      1: fitness [en, es]",
                "pair      0",
                "sentence  0");
    }

    @Test
    void commentLinesAreSkippedAndHeadlinesAndSnippetsAreCategories(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("c.tsv");
        Files.writeString(corpus, "# where the rows come from\n# second comment\n"
                + "gold\taccept\tvariant\tcategory\ttext\n"
                + "en\ten\t-\theadline\tFed holds rates steady\n"
                + "ms\tms,id\t-\tsnippet\tBaca juga\n"
                + "th\tth\t-\tword\tไทย\n", StandardCharsets.UTF_8);
        List<LangidEvaluation.Row> rows = LangidEvaluation.read(corpus);
        assertThat(rows).extracting(LangidEvaluation.Row::category).containsExactly("headline", "snippet", "word");
        assertThat(rows.get(1).accept()).containsExactlyInAnyOrder("ms", "id");
        assertThat(LangidEvaluation.categories(rows)).containsExactly("word", "headline", "snippet");
        assertThat(LangidEvaluation.isMisrouted(rows.get(1), "en")).isTrue();
        assertThat(LangidEvaluation.isMisrouted(rows.get(1), "id")).isFalse();
        assertThat(LangidEvaluation.isCorrect(rows.get(0), "en")).isTrue();
    }
}
