package dev.mekong.cli;

import dev.mekong.language.LanguageDetector;
import dev.mekong.model.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DetectCommandTest {

    /** A stand-in detector: the command's job is the line protocol, not the detection. */
    private final LanguageDetector detector = text -> Map.of(
            "你好", new Language("zh-Hans", 0.99),
            "hello there", new Language("en", 0.4)).getOrDefault(text, Language.undetermined());

    private String run(DetectCommand command, String input) throws IOException {
        StringWriter out = new StringWriter();
        command.detect(detector, new StringReader(input), out);
        return out.toString();
    }

    @Test
    void printsOneTagPerInputLine() throws IOException {
        assertThat(run(new DetectCommand(), "你好\n2025-01-19\nhello there\n"))
                .isEqualTo(String.format("zh-Hans%nund%nen%n"));
    }

    @Test
    void confidenceOptionAddsATabAndTheConfidence() throws IOException {
        DetectCommand command = new DetectCommand();
        command.confidence = true;
        assertThat(run(command, "你好\n")).isEqualTo(String.format("zh-Hans\t0.990%n"));
    }

    @Test
    void thresholdTurnsUnsureAnswersIntoUnd() throws IOException {
        DetectCommand command = new DetectCommand();
        command.threshold = 0.5;
        assertThat(run(command, "hello there\n你好\n")).isEqualTo(String.format("und%nzh-Hans%n"));
    }
}
