package dev.mekong.reliability;

import dev.mekong.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A watch started on a site a build made gets the site's pages ready before the first drop and says so once;
 * the next drop then goes live like any other (that the site stays byte-identical to a full build is
 * IncrementalRenderTest's business, prepared renderer included).
 */
class WatchStartTest {

    @TempDir
    Path work;

    @Test
    void aWatchOnAnExistingSiteSaysWhenItIsReadyAndPublishesTheNextDrop() throws Exception {
        Workspace ws = new Workspace(work.resolve("ws"));
        for (int i = 1; i <= 3; i++) {
            ws.drop("story-" + i + ".txt", Inputs.article(i));
        }
        try (Pipeline build = Pipeline.start(Pipeline.Mode.BUILD, null, ws.folders())) {
            assertThat(build.awaitBuilt(2, TimeUnit.MINUTES)).isTrue();
            assertThat(build.runLog().published()).hasSize(3);
        }

        List<String> lines = new CopyOnWriteArrayList<>();
        try (Pipeline watch = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders(), lines::add)) {
            Await.until(Duration.ofMinutes(2), () -> "a line saying the site is ready; seen " + lines,
                    () -> lines.stream().anyMatch(line -> line.matches("site ready for updates: [\\d,]+ pages, after [\\d.]+ s")));
            assertThat(lines.stream().filter(line -> line.startsWith("site ready")).count()).isEqualTo(1);

            ws.drop("story-4.txt", Inputs.article(4));
            Path home = ws.site.resolve("en/index.html");
            Await.until(Duration.ofMinutes(2), () -> "the fourth story on the English home page; seen " + lines,
                    () -> Files.isRegularFile(home) && read(home).contains(Inputs.title(4)));
        }
        assertThat(read(ws.site.resolve("en/index.html"))).contains(Inputs.title(1)).contains(Inputs.title(4));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return ""; // the site was being switched: look again
        }
    }
}
