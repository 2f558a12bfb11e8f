package dev.mekong.reliability;

import dev.mekong.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inbox entries that are not plain files of their own (symbolic links, hard links, named pipes, devices)
 * are refused before anything opens them: a reason file in quarantine, the run log failure (so build exits
 * 1 naming it), and never a copy of what a link points to. A build leaves them in the inbox; a watch, which
 * empties its drop folder, moves the entry itself (the link, not its target) into quarantine.
 */
class InboxEntriesTest {

    private static final Duration DEADLINE = Duration.ofMinutes(2);

    @TempDir
    Path work;

    @Test
    void aBuildRefusesLinksPipesAndDevicesUnopenedAndPublishesTheRest() throws Exception {
        Workspace ws = new Workspace(work);
        Path outside = Files.createDirectories(work.resolve("outside"));
        Path secret = Files.write(outside.resolve("secret.txt"), Inputs.article(1));
        Files.createSymbolicLink(ws.inbox.resolve("linked.txt"), secret);
        Files.createSymbolicLink(ws.inbox.resolve("passwd.txt"), Path.of("/etc/passwd"));
        Files.createLink(ws.inbox.resolve("hard-linked.txt"), Files.write(outside.resolve("other.txt"), Inputs.article(2)));
        boolean fifo = run("mkfifo", ws.inbox.resolve("pipe.txt").toString());
        boolean device = run("mknod", ws.inbox.resolve("device.txt").toString(), "c", "1", "3"); // /dev/null: root only
        ws.drop("good.txt", Inputs.article(3));

        Cli.Result result = Cli.run(ws, "build", "--timeout", "300");

        assertThat(result.code()).as(result.all()).isEqualTo(1);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("linked.txt", "a symbolic link (to " + secret + "): links are never followed");
        refused.put("passwd.txt", "a symbolic link (to /etc/passwd)");
        refused.put("hard-linked.txt", "the file has 2 hard links");
        if (fifo) {
            refused.put("pipe.txt", "a named pipe (FIFO), not a regular file: it is never opened");
        }
        if (device) {
            refused.put("device.txt", "a device, not a regular file: it is never opened");
        }
        for (var entry : refused.entrySet()) {
            String name = entry.getKey();
            assertThat(result.err().lines().filter(l -> l.startsWith("FAILED " + name + ": ")))
                    .as(name).singleElement().asString().contains(entry.getValue());
            assertThat(ws.quarantine.resolve(name + ".reason.txt")).as(name).content(StandardCharsets.UTF_8)
                    .contains("file: " + name).contains(entry.getValue());
            assertThat(ws.quarantine.resolve(name)).as("nothing copied for " + name).doesNotExist();
            assertThat(Files.exists(ws.inbox.resolve(name), LinkOption.NOFOLLOW_LINKS)).as(name + " left in the inbox").isTrue();
        }
        assertThat(Workspace.count(ws.quarantine, "")).as("quarantine holds reason files only").isEqualTo(refused.size());
        assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactly("good.txt");
        assertThat(secret).hasBinaryContent(Inputs.article(1));
        String report = Files.readString(ws.site.resolve("_report/index.html"), StandardCharsets.UTF_8);
        refused.keySet().forEach(name -> assertThat(report).as("report names " + name).contains(name));
    }

    @Test
    void aWatchMovesTheRefusedEntryItselfIntoQuarantineNeverItsTarget() throws Exception {
        Workspace ws = new Workspace(work);
        Path secret = Files.write(Files.createDirectories(work.resolve("outside")).resolve("secret.txt"), Inputs.article(1));
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders())) {
            Files.createSymbolicLink(ws.inbox.resolve("linked.txt"), secret);
            boolean fifo = run("mkfifo", ws.inbox.resolve("pipe.txt").toString());
            ws.drop("good.txt", Inputs.article(3));

            Await.until(DEADLINE, () -> "inbox emptied and good.txt published; inbox " + Workspace.files(ws.inbox)
                            + ", failures " + pipeline.runLog().failures(),
                    () -> ws.recordCount() == 1 && Workspace.count(ws.inbox, "") == 0);
            Path link = ws.quarantine.resolve("linked.txt");
            assertThat(Files.isSymbolicLink(link)).as("the link itself was moved").isTrue();
            assertThat(Files.readSymbolicLink(link)).isEqualTo(secret);
            assertThat(secret).hasBinaryContent(Inputs.article(1));
            assertThat(ws.quarantine.resolve("linked.txt.reason.txt")).content().contains("reason: a symbolic link");
            if (fifo) {
                assertThat(Files.isRegularFile(ws.quarantine.resolve("pipe.txt"), LinkOption.NOFOLLOW_LINKS)).isFalse();
                assertThat(Files.exists(ws.quarantine.resolve("pipe.txt"), LinkOption.NOFOLLOW_LINKS)).isTrue();
                assertThat(ws.quarantine.resolve("pipe.txt.reason.txt")).content().contains("a named pipe (FIFO)");
            }
            assertThat(pipeline.runLog().failures()).extracting(f -> f.fileName())
                    .containsExactlyInAnyOrderElementsOf(fifo ? List.of("linked.txt", "pipe.txt") : List.of("linked.txt"));
        }
    }

    @Test
    void aRefusedEntryLeftInTheInboxIsReportedOnceNotOnEveryPoll() throws Exception {
        Workspace ws = new Workspace(work);
        Map<String, String> config = new LinkedHashMap<>(ws.folders());
        config.put("mekong.keep-inputs", "true"); // a watch over a kept inbox sees the link on every poll
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, config)) {
            Files.createSymbolicLink(ws.inbox.resolve("linked.txt"), Path.of("/etc/hostname"));
            Await.until(DEADLINE, "the link's reason file", () -> Files.exists(ws.quarantine.resolve("linked.txt.reason.txt")));
            for (int i = 1; i <= 3; i++) { // each article is read on a later poll than the link was
                ws.drop(Inputs.name(i), Inputs.article(i));
                int published = i;
                Await.until(DEADLINE, Inputs.name(i) + " published", () -> ws.recordCount() == published);
            }
            assertThat(pipeline.runLog().failures()).extracting(f -> f.fileName()).containsExactly("linked.txt");
        }
        assertThat(Workspace.files(ws.quarantine)).extracting(p -> p.getFileName().toString())
                .containsExactly("linked.txt.reason.txt");
    }

    /** Runs a tool such as mkfifo; false when it is missing or fails (the test then checks the rest). */
    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
