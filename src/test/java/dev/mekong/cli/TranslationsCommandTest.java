package dev.mekong.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The translations commands on a content folder written by a real build. */
class TranslationsCommandTest {

    private static final String ARTICLE = """
            Ferry service returns to the harbour

            The city council approved the new ferry timetable on Monday after a long debate.

            Boats will leave every twenty minutes from the old pier, officials said.
            """;

    @TempDir
    Path work;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream previous = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = MekongCommand.commandLine().setErr(new PrintWriter(err, true)).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(previous);
        }
    }

    private Path build() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.writeString(inbox.resolve("ferry.txt"), ARTICLE);
        Path content = work.resolve("content");
        Run build = run("build", "--inbox", inbox.toString(), "--site", work.resolve("site").toString(),
                "--content", content.toString(), "--quarantine", work.resolve("quarantine").toString(),
                "--archive", work.resolve("archive").toString(), "--translator", "pseudo");
        assertThat(build.code()).as(build.out() + build.err()).isZero();
        return content;
    }

    @Test
    void exportListsTheMachineTranslatedSegmentsOfTheBuildsArticles() throws Exception {
        Path content = build();
        Path xlf = work.resolve("th.xlf");

        Run export = run("translations", "export", "--content", content.toString(), "--lang", "th",
                "--out", xlf.toString());

        assertThat(export.code()).as(export.out() + export.err()).isZero();
        assertThat(export.out()).isEqualTo(xlf + ": 3 segments en → th\n");
        assertThat(Files.readString(xlf))
                .contains("<source>The city council approved the new ferry timetable on Monday after a long debate.</source>")
                .contains("<segment state=\"translated\" subState=\"mekong:machine\">");
    }

    @Test
    void exportFromAFolderWithoutArticleRecordsFailsInsteadOfSayingNothingAwaitsReview() throws Exception {
        Path notContent = Files.createDirectories(work.resolve("elsewhere"));

        Run export = run("translations", "export", "--content", notContent.toString(), "--lang", "th");

        assertThat(export.code()).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(export.out()).doesNotContain("Nothing awaits review");
        assertThat(export.err().strip()).isEqualTo("export: no article records in " + notContent
                + ": run build first, or pass the build's content folder with --content");
    }

    @Test
    void compactRewritesTheMemoryWithoutSupersededLines() throws Exception {
        Path content = build();
        Path memory = content.resolve("translation-memory.jsonl");
        java.util.List<String> lines = Files.readAllLines(memory, StandardCharsets.UTF_8);
        Files.write(memory, lines.subList(0, 2), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        Run compact = run("translations", "compact", "--content", content.toString());

        assertThat(compact.code()).as(compact.err()).isZero();
        assertThat(Files.readAllLines(memory, StandardCharsets.UTF_8)).hasSize(lines.size())
                .containsExactlyInAnyOrderElementsOf(lines);
        assertThat(compact.out().strip()).startsWith(memory + ": " + lines.size() + " segments, ");
    }

    @Test
    void compactIsRefusedWhileAPipelineHoldsTheContentFolder() throws Exception {
        Path content = build();
        Path memory = content.resolve("translation-memory.jsonl");
        byte[] before = Files.readAllBytes(memory);
        dev.mekong.pipeline.InstanceLock watch = dev.mekong.pipeline.InstanceLock.acquire(content);
        try {
            Run compact = run("translations", "compact", "--content", content.toString());

            assertThat(compact.code()).isEqualTo(ExitCode.CANNOT_RUN);
            assertThat(compact.err()).contains("another mekong pipeline is using the content folder " + content);
            assertThat(Files.readAllBytes(memory)).isEqualTo(before);
        } finally {
            watch.stop();
        }
    }

    @Test
    void compactWithoutAMemoryFailsNamingTheFile() throws Exception {
        Path notContent = Files.createDirectories(work.resolve("elsewhere"));

        Run compact = run("translations", "compact", "--content", notContent.toString());

        assertThat(compact.code()).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(compact.err().strip()).isEqualTo("compact: no translation memory at "
                + notContent.resolve("translation-memory.jsonl") + ": pass the build's content folder with --content");
    }
}
