package dev.mekong.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command and measures it from outside: wall time, CPU time (user + system) and peak resident set
 * size, read from {@code /proc/PID} while it runs (the peak is the kernel's high-water mark, so sampling
 * misses nothing but the last sample's CPU ticks). Linux only; elsewhere CPU and RSS read as -1.
 */
final class ProcessMeter {

    /** What one run cost. {@code cpuSeconds}/{@code wallSeconds} above 1 means more than one core was busy. */
    record Cost(double wallSeconds, double cpuSeconds, long peakRssKb, int exitCode, String output) {
    }

    private static final long SAMPLE_MILLIS = 20;
    /** Clock ticks per second of /proc/PID/stat: 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final double TICKS = 100.0;

    private ProcessMeter() {
    }

    static Cost run(List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        long cpuTicks = -1;
        long peakKb = -1;
        while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
            cpuTicks = Math.max(cpuTicks, cpuTicks(proc));
            peakKb = Math.max(peakKb, peakRssKb(proc));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Cost(wall, cpuTicks < 0 ? -1 : cpuTicks / TICKS, peakKb, process.exitValue(), output);
    }

    /** utime + stime of a live process, in clock ticks; -1 when it is gone or this is not Linux. */
    private static long cpuTicks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            // the command name (field 2) may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** VmHWM of a live process in KiB; -1 when it is gone or this is not Linux. */
    private static long peakRssKb(Path proc) {
        try {
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
