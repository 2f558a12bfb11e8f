package dev.mekong.cli;

import dev.mekong.Main;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes sure the JVM reads file names as UTF-8. Java takes their encoding ({@code sun.jnu.encoding}) from
 * the locale when it starts, and on Java 17 nothing changes it afterwards; {@code -Dsun.jnu.encoding=UTF-8}
 * is ignored. Under {@code LANG=C} it is ASCII, every non-ASCII name in the inbox then names no file, and
 * such inputs were silently skipped. So a JVM started in such a locale runs the same command in a child
 * JVM with {@code LC_ALL=C.UTF-8} and exits with the child's code: SIGTERM is passed on to the child, and
 * the child stops when its parent dies. Where that cannot work (no C.UTF-8 locale on the machine, or
 * non-ASCII characters on the command line, which this JVM has already lost) it stops with a message
 * instead of skipping files.
 */
public final class FileNameEncoding {

    /** Set in the child's environment to the parent's process id. */
    static final String PARENT = "MEKONG_UTF8_PARENT";
    private static final String UTF8_LOCALE = "C.UTF-8";

    private FileNameEncoding() {
    }

    /** Returns when file names are UTF-8; otherwise runs the command in a UTF-8 child, or stops, and exits. */
    public static void requireUtf8(String[] args) {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        String parent = System.getenv(PARENT);
        if (encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8")) {
            if (parent != null) {
                stopWithParent(Long.parseLong(parent));
            }
            return;
        }
        if (parent != null) {
            stop(encoding, "even with LC_ALL=" + UTF8_LOCALE + " (is that locale installed?)");
        }
        if (commandLineHasNonAscii()) {
            stop(encoding, "and the command line has non-ASCII characters this JVM could not read");
        }
        System.exit(runInChild(args));
    }

    private static int runInChild(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("LC_ALL", UTF8_LOCALE);
        builder.environment().put(PARENT, Long.toString(ProcessHandle.current().pid()));
        try {
            Process child = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                child.destroy(); // SIGTERM: the child stops gracefully, and this JVM waits for it
                child.onExit().join();
            }, "mekong-utf8-child-stop"));
            return child.waitFor();
        } catch (IOException e) {
            stop(System.getProperty("sun.jnu.encoding"), "and a UTF-8 JVM could not be started: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.CANNOT_RUN;
        }
    }

    /** A parent killed with SIGKILL cannot pass anything on: the child then stops by itself. */
    private static void stopWithParent(long parentPid) {
        ProcessHandle.of(parentPid).ifPresentOrElse(
                p -> p.onExit().thenRun(() -> System.exit(ExitCode.CANNOT_RUN)),
                () -> System.exit(ExitCode.CANNOT_RUN));
    }

    /** True when the raw command line (Linux) holds bytes that an ASCII JVM turned into question marks. */
    private static boolean commandLineHasNonAscii() {
        try {
            for (byte b : Files.readAllBytes(Path.of("/proc/self/cmdline"))) {
                if (b < 0) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false; // not Linux: nothing to check
        }
        return false;
    }

    private static void stop(String encoding, String why) {
        System.err.println("mekong: this locale makes Java read file names as " + encoding + ", not UTF-8, " + why
                + "; non-ASCII file names in the inbox would be unreadable. Start mekong with a UTF-8 locale, "
                + "for example LC_ALL=C.UTF-8");
        System.exit(ExitCode.CANNOT_RUN);
    }
}
