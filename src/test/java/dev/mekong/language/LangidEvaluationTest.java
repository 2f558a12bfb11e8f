package dev.mekong.language;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
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
}
