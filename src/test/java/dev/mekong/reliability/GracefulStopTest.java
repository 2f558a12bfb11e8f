package dev.mekong.reliability;

import dev.mekong.model.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantee 2: SIGTERM while an article is being translated lets that article finish (stored, archived,
 * rendered) and then exits; every other input is either completely done or untouched in the inbox, and a
 * restart publishes the rest exactly once.
 */
@Tag("slow")
class GracefulStopTest {

    private static final int FILES = 40;

    @TempDir
    Path work;

    @Test
    void sigtermFinishesTheArticleInFlightThenExits() throws IOException {
        Workspace ws = new Workspace(work);
        List<String> names = IntStream.rangeClosed(1, FILES).mapToObj(Inputs::name).toList();
        for (int i = 1; i <= FILES; i++) {
            ws.drop(Inputs.name(i), Inputs.article(i));
        }
        Path pauseDir = Files.createDirectories(work.resolve("pause"));
        String inFlight;
        int exitCode;
        try (MekongProcess p = MekongProcess.start("watch", ws,
                Map.of("mekong.test.pause-at", "translate@10", "mekong.test.pause-dir", pauseDir.toString()))) {
            Await.until(Duration.ofMinutes(3), () -> "the 10th article in translation\n" + p.tail(),
                    () -> Files.exists(pauseDir.resolve("paused")));
            inFlight = Files.readString(pauseDir.resolve("paused"), StandardCharsets.UTF_8);
            p.terminate();
            p.awaitOutput("watch: stopping", Duration.ofMinutes(1));
            assertThat(p.isAlive()).as("waits for the article in flight").isTrue();
            Files.createFile(pauseDir.resolve("release"));
            exitCode = p.awaitExit(Duration.ofMinutes(2));
        }

        Set<String> stored = ws.records().stream().map(a -> a.source().fileName()).collect(Collectors.toSet());
        Set<String> archived = new HashSet<>(ws.archivedNames());
        Set<String> waiting;
        try (var inbox = Files.list(ws.inbox)) {
            waiting = inbox.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
        System.out.printf("graceful stop: %d files, exit code %d, in flight %s, %d done before the stop, %d left waiting%n",
                FILES, exitCode, inFlight, stored.size(), waiting.size());

        assertThat(exitCode).isEqualTo(143); // ended by SIGTERM, after the shutdown hook finished
        assertThat(stored).contains(inFlight);
        assertThat(archived).contains(inFlight);
        assertThat(stored).as("stored exactly when archived: nothing half done").isEqualTo(archived);
        assertThat(waiting).doesNotContainAnyElementsOf(stored);
        Set<String> all = new HashSet<>(stored);
        all.addAll(waiting);
        assertThat(all).containsExactlyInAnyOrderElementsOf(names);
        assertThat(waiting).as("the stop did not drain the whole batch").isNotEmpty();
        for (Article a : ws.records()) {
            assertThat(ws.page(a, "en")).as("rendered before exit: " + a.source().fileName()).exists();
        }
        assertThat(ws.leftovers()).isEmpty();

        try (MekongProcess p = MekongProcess.start("watch", ws, Map.of())) {
            Await.until(Duration.ofMinutes(3), () -> "the rest published\n" + p.tail(), () -> ws.recordCount() == FILES
                    && ws.inboxCount() == 0 && ws.records().stream().allMatch(a -> Files.exists(ws.page(a, "en"))));
            p.terminate();
            assertThat(p.awaitExit(Duration.ofMinutes(1))).isEqualTo(143);
        }
        assertThat(ws.records()).hasSize(FILES).allSatisfy(a -> assertThat(a.revision()).isEqualTo(1));
        assertThat(ws.archivedNames()).hasSize(FILES).containsExactlyInAnyOrderElementsOf(names);
    }
}
