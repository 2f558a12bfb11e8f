package dev.mekong.reliability;

import dev.mekong.bench.BenchCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thread safety of every bean on the article path: the same inbox (raw pages in four languages and several
 * formats, the seeds, copies of some inputs under other names, which stay duplicates) built by four workers
 * and by one gives the same records, byte for byte. The pseudo engine puts the translator chain and its
 * memory under load too. Each build runs in its own JVM, like the real application.
 */
@Tag("slow")
class ConcurrentWorkersTest {

    private static final int ARTICLES = 40;
    private static final int COPIES = 5;

    @TempDir
    Path work;

    @Test
    void fourWorkersStoreWhatOneWorkerStores() throws IOException {
        Workspace sequential = workspace("one");
        Workspace concurrent = workspace("four");

        build(sequential, 1);
        build(concurrent, 4);

        Map<String, String> expected = records(sequential);
        assertThat(expected).hasSize(inputs(sequential) - COPIES);
        assertThat(records(concurrent)).isEqualTo(expected);
    }

    private Workspace workspace(String name) throws IOException {
        Workspace ws = new Workspace(work.resolve(name));
        try (Stream<Path> seeds = Files.list(Workspace.projectDir().resolve("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, ws.inbox.resolve(seed.getFileName()));
            }
        }
        BenchCorpus.load().writeRaw(ws.inbox, ARTICLES);
        try (Stream<Path> inputs = Files.list(ws.inbox)) {
            // the same bytes under a name sorted last: a duplicate whichever worker reads it first
            for (Path input : inputs.sorted().limit(COPIES).toList()) {
                Files.copy(input, ws.inbox.resolve("zz-copy-of-" + input.getFileName()));
            }
        }
        return ws;
    }

    private static void build(Workspace ws, int workers) {
        try (MekongProcess build = MekongProcess.start("build", ws,
                Map.of("mekong.workers", Integer.toString(workers), "mekong.translator", "pseudo"))) {
            assertThat(build.awaitExit(Duration.ofMinutes(10))).as(build.tail()).isZero();
        }
    }

    private static int inputs(Workspace ws) throws IOException {
        try (Stream<Path> files = Files.list(ws.inbox)) {
            return (int) files.count();
        }
    }

    private static Map<String, String> records(Workspace ws) throws IOException {
        Map<String, String> records = new TreeMap<>();
        try (Stream<Path> files = Files.list(ws.content.resolve("articles"))) {
            for (Path record : files.toList()) {
                records.put(record.getFileName().toString(), Files.readString(record, StandardCharsets.UTF_8));
            }
        }
        return records;
    }
}
