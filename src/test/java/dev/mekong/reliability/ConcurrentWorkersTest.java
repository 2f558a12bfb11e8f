package dev.mekong.reliability;

import dev.mekong.bench.BenchCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thread safety of every bean on the article path: the same inbox (the seeds, raw pages in four languages and
 * several formats, copies of some inputs under other names, which stay duplicates, and two bad inputs)
 * built by four workers and by one gives the same records and the same site, byte for byte: pages, feeds,
 * sitemap and the build report with its warnings and quarantined inputs. The pseudo engine puts the
 * translator chain and its memory under load too. Each build runs in its own JVM, like the real application
 * (an in-process pipeline leaves tens of MB reachable per run).
 */
@Tag("slow")
class ConcurrentWorkersTest {

    private static final int ARTICLES = 40;
    private static final int COPIES = 5;
    private static final int BAD = 2;

    @TempDir
    Path work;

    @Test
    void fourWorkersStoreAndRenderWhatOneWorkerDoes() throws IOException {
        Workspace sequential = workspace("one");
        Workspace concurrent = workspace("four");

        build(sequential, 1);
        build(concurrent, 4);

        Map<String, String> expected = records(sequential);
        assertThat(expected).hasSize(inputs(sequential) - COPIES - BAD);
        assertThat(records(concurrent)).isEqualTo(expected);
        Map<String, String> site = site(sequential);
        assertThat(site).containsKey("_report/summary.json");
        assertThat(site.get("_report/summary.json")).contains("zz-copy-of-", "empty.txt", "junk.html");
        assertThat(site(concurrent)).isEqualTo(site);
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
        // quarantined, with a reason in the build report
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Files.write(ws.inbox.resolve("junk.html"), junk);
        Files.write(ws.inbox.resolve("empty.txt"), new byte[0]);
        return ws;
    }

    private static void build(Workspace ws, int workers) {
        try (MekongProcess build = MekongProcess.start("build", ws,
                Map.of("mekong.workers", Integer.toString(workers), "mekong.translator", "pseudo"))) {
            assertThat(build.awaitExit(Duration.ofMinutes(10))).as(build.tail()).isEqualTo(1); // the bad inputs
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

    /** Every file of the live site by its path in the site: the text of pages, a hash of anything else. */
    private static Map<String, String> site(Workspace ws) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path root = ws.site.toRealPath();
        for (Path file : Workspace.files(root)) {
            byte[] bytes = Files.readAllBytes(file);
            String name = root.relativize(file).toString();
            boolean text = name.matches(".*\\.(html|xml|json|txt|svg|css|js)$");
            files.put(name, text ? new String(bytes, StandardCharsets.UTF_8) : hash(bytes));
        }
        return files;
    }

    private static String hash(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
