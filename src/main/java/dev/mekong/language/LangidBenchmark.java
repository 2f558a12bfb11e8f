package dev.mekong.language;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a detector costs: load time, heap after load, and texts per second on one thread. Time is given
 * both as wall-clock and as CPU time: on a shared, busy machine the wall clock also counts the time
 * other processes held the cores, the CPU time does not. Load CPU is the whole process's (the model is
 * read on a second thread; JIT compiler and GC threads count too), throughput CPU the measuring thread's.
 */
public final class LangidBenchmark {

    /** How long each throughput measurement runs. */
    private static final long MEASURE_NANOS = 3_000_000_000L;

    public record Cost(LanguageDetector detector, double loadSeconds, double loadCpuSeconds, long heapBytes) {
    }

    public record Throughput(String label, int texts, double perWallSecond, double perCpuSecond) {
    }

    private LangidBenchmark() {
    }

    /** Builds the detector, timing it and measuring the heap it holds afterwards. */
    public static Cost load(Supplier<? extends LanguageDetector> factory) {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long cpu = processCpuNanos();
        long wall = System.nanoTime();
        LanguageDetector detector = factory.get();
        double loadSeconds = (System.nanoTime() - wall) / 1e9;
        double loadCpuSeconds = (processCpuNanos() - cpu) / 1e9;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        return new Cost(detector, loadSeconds, loadCpuSeconds, Math.max(0, heapAfter - heapBefore));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Detects the texts over and over on this thread for about three seconds, after one warm-up pass. */
    public static Throughput throughput(String label, LanguageDetector detector, List<String> texts) {
        for (String text : texts) {
            detector.detect(text);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        int done = 0;
        long elapsed = 0;
        while (elapsed < MEASURE_NANOS) {
            for (String text : texts) {
                detector.detect(text);
            }
            done += texts.size();
            elapsed = System.nanoTime() - wall;
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        return new Throughput(label, done, done / (elapsed / 1e9), done / cpuSeconds);
    }

    /** Load figures and throughput per category and over all rows. */
    public static List<Throughput> report(Cost cost, List<LangidEvaluation.Row> rows, PrintStream out) {
        out.printf(Locale.ROOT, "Model load: %.2f s wall, %.2f s CPU (process, all threads); heap held after load: %d MB%n",
                cost.loadSeconds(), cost.loadCpuSeconds(), cost.heapBytes() / (1024 * 1024));
        List<Throughput> results = new ArrayList<>();
        for (String category : LangidEvaluation.categories(rows)) {
            results.add(throughput(category, cost.detector(),
                    rows.stream().filter(r -> r.category().equals(category)).map(LangidEvaluation.Row::text).toList()));
        }
        results.add(throughput("all", cost.detector(), rows.stream().map(LangidEvaluation.Row::text).toList()));
        for (Throughput t : results) {
            out.printf(Locale.ROOT, "Throughput on one thread, %-8s %8.0f texts/s wall, %8.0f texts per CPU-second%n",
                    t.label() + ":", t.perWallSecond(), t.perCpuSecond());
        }
        return results;
    }
}
