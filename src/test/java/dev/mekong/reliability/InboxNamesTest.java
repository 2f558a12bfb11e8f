package dev.mekong.reliability;

import dev.mekong.ingest.InputNames;
import dev.mekong.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * File names and times the inbox must cope with: names that are not UTF-8, names near the 255-byte limit,
 * sub-folders, and modification times in the future.
 */
class InboxNamesTest {

    private static final Duration DEADLINE = Duration.ofMinutes(2);
    /** 246 + ".txt": 250 bytes, under the file system's 255-byte limit, over it with a time prefix. */
    private static final String LONG_NAME = "a".repeat(246) + ".txt";

    @TempDir
    Path work;

    @Test
    void aNameThatIsNotUtf8IsQuarantinedWithAReasonNotSkipped() throws Exception {
        Workspace ws = new Workspace(work);
        Path source = Files.write(work.resolve("source.txt"), Inputs.article(1));
        // Java cannot write such a name: the shell does, from octal escapes (\377 is never UTF-8)
        assumeTrue(shell("cp '" + source + "' \"$(printf '" + ws.inbox + "/bad\\377name.txt')\""), "sh and printf");
        ws.drop("good.txt", Inputs.article(2));

        Cli.Result result = Cli.run(ws, "build", "--timeout", "300");

        assertThat(result.code()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED bad\uFFFDname.txt: the file name is not valid UTF-8");
        assertThat(ws.quarantine.resolve("bad_name.txt.reason.txt")).content(StandardCharsets.UTF_8)
                .contains("file: bad\uFFFDname.txt").contains("reason: the file name is not valid UTF-8");
        assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactly("good.txt");
        assertThat(Workspace.count(ws.inbox, "")).as("the input stays in a kept inbox").isEqualTo(2);
    }

    @Test
    void aWatchMovesAFileWhoseNameIsNotUtf8IntoQuarantine() throws Exception {
        Workspace ws = new Workspace(work);
        Path source = Files.write(work.resolve("source.txt"), Inputs.article(1));
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders())) {
            assumeTrue(shell("cp '" + source + "' \"$(printf '" + ws.staging + "/bad\\377name.txt')\" && mv "
                    + ws.staging + "/bad* " + ws.inbox + "/"), "sh and printf");
            Await.until(DEADLINE, () -> "the file quarantined; inbox " + Workspace.files(ws.inbox),
                    () -> Files.exists(ws.quarantine.resolve("bad_name.txt.reason.txt")) && Workspace.count(ws.inbox, "") == 0);
            assertThat(ws.quarantine.resolve("bad_name.txt")).hasBinaryContent(Inputs.article(1));
            assertThat(pipeline.runLog().failures()).extracting(f -> f.fileName()).containsExactly("bad\uFFFDname.txt");
        }
    }

    @Test
    void aLongNameIsPublishedAndArchivedUnderAShortenedName() throws Exception {
        Workspace ws = new Workspace(work);
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders())) {
            ws.drop(LONG_NAME, Inputs.article(1));
            Await.until(DEADLINE, () -> "published and archived; inbox " + Workspace.files(ws.inbox) + ", archive "
                            + Workspace.files(ws.archive) + ", failures " + pipeline.runLog().failures(),
                    () -> ws.recordCount() == 1 && Workspace.count(ws.inbox, "") == 0 && Workspace.files(ws.archive).size() == 1);
            assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactly(LONG_NAME);
            String archived = Workspace.files(ws.archive).get(0).getFileName().toString();
            assertThat(archived).endsWith("-" + InputNames.bounded(LONG_NAME));
            assertThat(archived.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(Files.readAllBytes(Workspace.files(ws.archive).get(0))).isEqualTo(Inputs.article(1));
        }
    }

    @Test
    void aLongBadNameKeepsItsReasonFile() throws Exception {
        Workspace ws = new Workspace(work);
        String name = "b".repeat(241) + ".pdf"; // 245 bytes: NAME.reason.txt would be 256
        Files.write(ws.inbox.resolve(name), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));

        Cli.Result result = Cli.run(ws, "build", "--timeout", "300");

        assertThat(result.code()).as(result.all()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED " + name + ": unsupported file type '.pdf'");
        String shortened = InputNames.bounded(name);
        assertThat(shortened).endsWith(".pdf").hasSizeLessThanOrEqualTo(InputNames.MAX_BYTES);
        assertThat(ws.quarantine.resolve(shortened + ".reason.txt")).content()
                .contains("file: " + name).contains("reason: unsupported file type '.pdf'");
        assertThat(ws.quarantine.resolve(shortened)).hasContent("%PDF-1.4");
    }

    @Test
    void aSubFolderIsNotReadAndSaidOnce() throws Exception {
        Workspace ws = new Workspace(work);
        Path drafts = Files.createDirectories(ws.inbox.resolve("drafts"));
        Files.write(drafts.resolve("draft.txt"), Inputs.article(1));
        ws.drop("good.txt", Inputs.article(2));

        Cli.Result result = Cli.run(ws, "build", "--timeout", "300");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out().lines().filter(l -> l.contains("drafts/")))
                .containsExactly("warning: drafts/: a sub-folder; its files are not read (move them into the inbox itself)");
        assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactly("good.txt");
        assertThat(drafts.resolve("draft.txt")).exists();
    }

    @Test
    void aFileStampedInTheFutureIsPublished() throws Exception {
        Workspace ws = new Workspace(work);
        Path future = ws.drop("from-the-future.txt", Inputs.article(1));
        Files.setLastModifiedTime(future, FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS)));
        ws.drop("today.txt", Inputs.article(2));

        Cli.Result result = Cli.run(ws, "build", "--timeout", "300");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactlyInAnyOrder("from-the-future.txt", "today.txt");
    }

    @Test
    void aWatchPublishesAFileStampedInTheFutureAndTheFilesAfterIt() throws Exception {
        Workspace ws = new Workspace(work);
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders())) {
            Path future = Files.write(ws.staging.resolve("a-future.txt"), Inputs.article(1));
            Files.setLastModifiedTime(future, FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS)));
            Files.move(future, ws.inbox.resolve("a-future.txt"));
            ws.drop("b-today.txt", Inputs.article(2)); // sorted after it: read once the future file is
            Await.until(DEADLINE, () -> "both published and archived; archive " + ws.archivedNames() + ", failures "
                    + pipeline.runLog().failures(), () -> ws.recordCount() == 2 && ws.archivedNames().size() == 2);
            assertThat(ws.archivedNames()).containsExactlyInAnyOrder("a-future.txt", "b-today.txt");
        }
    }

    private static boolean shell(String script) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
