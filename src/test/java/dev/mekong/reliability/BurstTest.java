package dev.mekong.reliability;

import dev.mekong.model.Article;
import dev.mekong.pipeline.Pipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Guarantee 3: a burst of 1,000 files dropped at once into a running watch all publish, each once. */
@Tag("slow")
class BurstTest {

    private static final int FILES = 1000;

    @TempDir
    Path work;

    @Test
    void aThousandFilesDroppedAtOnceAllPublish() throws Exception {
        Workspace ws = new Workspace(work);
        List<String> names = IntStream.rangeClosed(1, FILES).mapToObj(Inputs::name).toList();
        for (int i = 1; i <= FILES; i++) {
            Files.write(ws.staging.resolve(Inputs.name(i)), Inputs.article(i));
        }
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders())) {
            assertThat(pipeline.awaitBuilt(2, TimeUnit.MINUTES)).isTrue();
            long started = System.nanoTime();
            for (String name : names) {
                Files.move(ws.staging.resolve(name), ws.inbox.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            Await.until(Duration.ofMinutes(12), () -> "1,000 records; have " + ws.recordCount() + ", inbox " + ws.inboxCount(),
                    () -> ws.recordCount() == FILES && ws.inboxCount() == 0);
            Await.until(Duration.ofMinutes(3), "every page rendered",
                    () -> Workspace.count(ws.site.resolve("en").resolve("articles"), ".html") == FILES);
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertThat(pipeline.runLog().published()).hasSize(FILES).containsExactlyInAnyOrderElementsOf(names);
            assertThat(pipeline.runLog().failures()).isEmpty();
            System.out.printf("burst: %d files dropped at once, all published in %d s, 0 lost%n", FILES, seconds);
        }
        List<Article> records = ws.records();
        assertThat(records).extracting(a -> a.source().fileName()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(records).allSatisfy(a -> assertThat(a.revision()).isEqualTo(1));
        assertThat(ws.archivedNames().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())))
                .hasSize(FILES).allSatisfy((name, copies) -> assertThat(copies).as(name).isEqualTo(1));
        for (String language : Workspace.LANGUAGES) {
            assertThat(Workspace.count(ws.site.resolve(language).resolve("articles"), ".html")).as(language).isEqualTo(FILES);
        }
        assertThat(ws.leftovers()).isEmpty();
    }
}
