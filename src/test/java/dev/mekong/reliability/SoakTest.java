package dev.mekong.reliability;

import dev.mekong.pipeline.Pipeline;
import dev.mekong.pipeline.RunLog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantee 8: a time-boxed soak. The whole extraction corpus beside the repository (every page as HTML
 * and as text) goes through one running watch, then round after round of mutated copies (truncated, bytes
 * flipped, re-encoded in another charset) until the time box ({@code -Dmekong.soak.seconds}, default 240)
 * is spent. The pipeline must keep working, handle every file (published, updated or quarantined), not
 * leak threads, and keep its heap flat from round to round.
 */
@Tag("slow")
class SoakTest {

    private static final long TIME_BOX_SECONDS = Long.getLong("mekong.soak.seconds", 240);
    private static final int MUTATIONS_PER_ROUND = 120; // fewer than the corpus pages
    private static final long HEAP_GROWTH_LIMIT_MB = 48;
    private static final List<Charset> OTHER_CHARSETS = List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
            Charset.forName("GB18030"), Charset.forName("Big5"), Charset.forName("windows-1252"), Charset.forName("TIS-620"));

    @TempDir
    Path work;

    @Test
    void theCorpusAndItsMutantsGoThroughWithoutCrashLeakOrGrowth() throws Exception {
        Path corpus = Workspace.sharedCorpus();
        Assumptions.assumeTrue(corpus != null, "no ../shared/corpus/extraction beside the repository");
        List<Path> pages;
        try (Stream<Path> files = Files.list(corpus)) {
            pages = files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".page.txt")).sorted().toList();
        }
        Workspace ws = new Workspace(work);
        long threadsBefore = liveThreads();
        long start = System.nanoTime();
        List<Long> heapMb = new ArrayList<>();
        List<Long> threads = new ArrayList<>();
        int files = 0;
        int round = 0;
        RunLog log;
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders())) {
            assertThat(pipeline.awaitBuilt(2, TimeUnit.MINUTES)).isTrue();
            log = pipeline.runLog();
            Random random = new Random(20250303);
            do {
                round++;
                List<String> dropped = new ArrayList<>();
                if (round == 1) {
                    for (Path page : pages) {
                        dropped.add(ws.drop(page.getFileName().toString(), Files.readAllBytes(page)).getFileName().toString());
                    }
                } else {
                    int first = random.nextInt(pages.size());
                    for (int i = 0; i < MUTATIONS_PER_ROUND; i++) {
                        // distinct pages within a round, so no drop replaces another still waiting in the inbox
                        Path page = pages.get((first + i) % pages.size());
                        String kind = List.of("truncated", "flipped", "recoded").get(i % 3);
                        String name = kind + "-" + page.getFileName();
                        dropped.add(ws.drop(name, mutate(kind, Files.readAllBytes(page), random)).getFileName().toString());
                    }
                }
                files += dropped.size();
                int expectedHandled = handled(log) + dropped.size();
                Await.until(Duration.ofMinutes(10), () -> "round handled; inbox " + ws.inboxCount(), () -> ws.inboxCount() == 0
                        && pipeline.context().getInflightRepository().size() == 0 && handled(log) >= expectedHandled);
                assertThat(pipeline.context().getStatus().isStarted()).isTrue();
                heapMb.add(usedHeapAfterGcMb());
                threads.add(liveThreads());
            } while (round < 3 || (System.nanoTime() - start) / 1_000_000_000 < TIME_BOX_SECONDS);
        }
        Await.until(Duration.ofSeconds(30), () -> "Camel threads to end: " + camelThreads(), () -> camelThreads().isEmpty());
        long threadsAfter = liveThreads();

        TreeMap<String, Integer> unexpected = new TreeMap<>();
        log.failures().stream().map(RunLog.Failure::reason).filter(r -> r.startsWith("processing failed"))
                .forEach(r -> unexpected.merge(r.length() > 120 ? r.substring(0, 120) : r, 1, Integer::sum));
        System.out.printf("soak: %d s, %d rounds, %d files (%d corpus pages + %d mutated), %d published, %d quarantined "
                        + "(%d by unexpected errors), heap after GC per round %s MB, threads per round %s, threads before %d after %d%n",
                (System.nanoTime() - start) / 1_000_000_000, round, files, pages.size(), files - pages.size(),
                log.published().size(), log.failures().size(), unexpected.values().stream().mapToInt(Integer::intValue).sum(),
                heapMb, threads, threadsBefore, threadsAfter);
        unexpected.forEach((reason, count) -> System.out.printf("  unexpected error x%d: %s%n", count, reason));

        assertThat(handled(log)).isGreaterThanOrEqualTo(files);
        assertThat(log.published()).hasSizeGreaterThan(pages.size() * 9 / 10);
        assertThat(unexpected.keySet()).noneMatch(r -> r.contains("Error:") && (r.contains("StackOverflow") || r.contains("OutOfMemory")));
        long baseline = heapMb.get(1);
        assertThat(heapMb.subList(1, heapMb.size())).allSatisfy(mb -> assertThat(mb).isLessThan(baseline + HEAP_GROWTH_LIMIT_MB));
        assertThat(threads.subList(1, threads.size())).allSatisfy(t -> assertThat(t).isLessThanOrEqualTo(threads.get(1) + 2));
        assertThat(threadsAfter).isLessThanOrEqualTo(threadsBefore + 2);
    }

    private static int handled(RunLog log) {
        return log.published().size() + log.failures().size() + log.duplicates().size();
    }

    private static byte[] mutate(String kind, byte[] bytes, Random random) {
        return switch (kind) {
            case "truncated" -> Arrays.copyOf(bytes, Math.max(1, (int) (bytes.length * (0.1 + 0.8 * random.nextDouble()))));
            case "flipped" -> {
                byte[] copy = bytes.clone();
                for (int i = 0; i < Math.max(1, copy.length / 200); i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                yield copy;
            }
            default -> new String(bytes, StandardCharsets.UTF_8).getBytes(OTHER_CHARSETS.get(random.nextInt(OTHER_CHARSETS.size())));
        };
    }

    private static long usedHeapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static long liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).count();
    }

    private static List<String> camelThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("Camel")).toList();
    }
}
