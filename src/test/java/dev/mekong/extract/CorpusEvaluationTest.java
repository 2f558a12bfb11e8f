package dev.mekong.extract;

import dev.mekong.ingest.InputDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusEvaluationTest {

    @Test
    void titlesMatchWhateverTheirCaseSpacingAndQuoteTypography() {
        assertThat(CorpusEvaluation.sameTitle("AI won’t steal your job—but it may save your CD set",
                "AI won't steal your job—but it may save your CD set")).isTrue();
        assertThat(CorpusEvaluation.sameTitle("The  “Best”  Scooters", "the \"best\" scooters")).isTrue();
    }

    @Test
    void titlesDifferingInWordsOrDashesDoNotMatch() {
        assertThat(CorpusEvaluation.sameTitle("The Best Electric Scooters", "Best Electric Scooters")).isFalse();
        assertThat(CorpusEvaluation.sameTitle("AI won’t steal your job—but", "AI won't steal your job - but")).isFalse();
    }

    private static final String PAGE = """
            Harbour News
            Home > City

            Ferry service resumes after the storm

            Published March 4, 2024

            The harbour ferry carried its first passengers on Monday morning after a week of repairs to the pier.

            The council said the timetable returns to normal from next week, with extra boats at weekends.
            """;
    private static final String GOLD = """
            The harbour ferry carried its first passengers on Monday morning after a week of repairs to the pier.
            The council said the timetable returns to normal from next week, with extra boats at weekends.
            """;

    @Test
    void aTextCopyThatNeverShowsTheGoldDateCountsItAsAbsentNotAsAMiss(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("manifest.tsv"), "name\tlang\tsource\torigin\turl\n"
                + "en-a\ten\ttest\t\t\nen-b\ten\ttest\t\t\n");
        for (String name : new String[] {"en-a", "en-b"}) {
            Files.writeString(corpus.resolve(name + ".page.txt"), PAGE);
            Files.writeString(corpus.resolve(name + ".gold.txt"), GOLD);
        }
        Files.writeString(corpus.resolve("en-a.meta.json"), "{\"title\": \"Ferry service resumes after the storm\", \"date\": \"2024-03-04\"}");
        Files.writeString(corpus.resolve("en-b.meta.json"), "{\"title\": \"Ferry Service Resumes\", \"date\": \"2024-03-01\"}");

        CorpusEvaluation.Report report = new CorpusEvaluation(FormatExtractor.standard(), new InputDecoder())
                .run(corpus, CorpusEvaluation.Mode.TEXT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CorpusEvaluation.print(report, CorpusEvaluation.Mode.TEXT, out);
        CorpusEvaluation.printPages(report, out);
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains("en       gold title as a line 1/2, gold day anywhere 1/2");
        assertThat(printed.lines().filter(l -> l.startsWith("en-a ")).findFirst().orElseThrow()).contains(" ok     ok");
        assertThat(printed.lines().filter(l -> l.startsWith("en-b ")).findFirst().orElseThrow()).contains("absent absent");
    }
}
