package dev.mekong.extract.html;

import dev.mekong.ingest.DecodedInput;
import dev.mekong.ingest.InputDecoder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints how fast the HTML extractor runs over a folder of saved pages (one thread, after one warm-up
 * pass): {@code java -cp ... dev.mekong.extract.html.HtmlExtractionBench ../shared/corpus/extraction [rounds]}.
 */
public final class HtmlExtractionBench {

    private HtmlExtractionBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/extraction");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        InputDecoder decoder = new InputDecoder();
        List<DecodedInput> pages = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                byte[] raw = Files.readAllBytes(p);
                bytes += raw.length;
                pages.add(decoder.decode(p.getFileName().toString(), raw));
            }
        }
        if (pages.isEmpty()) {
            System.out.println("no .html pages in " + dir);
            return;
        }
        HtmlPageExtractor extractor = new HtmlPageExtractor();
        // CPU time of this thread as well as wall time: on a shared machine only the former is comparable.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int failures = run(extractor, pages);
        System.out.printf("%d pages, %.1f MB; warm-up done (%d rejected)%n", pages.size(), bytes / 1e6, failures);
        for (int r = 1; r <= rounds; r++) {
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            run(extractor, pages);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("round %d: wall %.2f s (%.1f pages/s); cpu %.2f s (%.1f pages/s, %.1f ms/page, %.1f MB/s)%n",
                    r, seconds, pages.size() / seconds, cpuSeconds, pages.size() / cpuSeconds,
                    cpuSeconds * 1000 / pages.size(), bytes / 1e6 / cpuSeconds);
        }
    }

    private static int run(HtmlPageExtractor extractor, List<DecodedInput> pages) {
        int failures = 0;
        for (DecodedInput page : pages) {
            try {
                extractor.extract(page);
            } catch (RuntimeException e) {
                failures++;
            }
        }
        return failures;
    }
}
