package dev.mekong.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application in its own JVM ({@code dev.mekong.Main}, the jar's entry point, on the test's
 * class path so the code under test is the code just compiled), with its output in a log file.
 */
final class MekongProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private MekongProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code mekong COMMAND} on a workspace's folders.
     *
     * @param jvmProperties {@code -Dkey=value} for the JVM (Camel reads camel.main.* and mekong.* there too)
     * @param args          further command-line arguments
     */
    static MekongProcess start(String command, Workspace ws, Map<String, String> jvmProperties, String... args) {
        return start(command, ws, jvmProperties, Map.of(), args);
    }

    /** As above, with environment variables set (or, with an empty value, removed) for the process. */
    static MekongProcess start(String command, Workspace ws, Map<String, String> jvmProperties, Map<String, String> environment,
                               String... args) {
        List<String> arguments = new ArrayList<>(List.of(command,
                "--inbox", ws.inbox.toString(), "--site", ws.site.toString(), "--content", ws.content.toString(),
                "--quarantine", ws.quarantine.toString(), "--archive", ws.archive.toString()));
        arguments.addAll(List.of(args));
        return launch(ws.root, jvmProperties, environment, arguments);
    }

    /** Starts {@code mekong ARGS...} as given (no folder options added), in {@code dir}, with its log there. */
    static MekongProcess startIn(Path dir, Map<String, String> jvmProperties, String... args) {
        return startIn(dir, jvmProperties, Map.of(), args);
    }

    /** As above, with environment variables set (or, with an empty value, removed) for the process. */
    static MekongProcess startIn(Path dir, Map<String, String> jvmProperties, Map<String, String> environment, String... args) {
        return launch(dir, jvmProperties, environment, List.of(args));
    }

    private static MekongProcess launch(Path dir, Map<String, String> jvmProperties, Map<String, String> environment,
                                        List<String> arguments) {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"));
        jvmProperties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-cp", classPath(), "dev.mekong.Main"));
        cmd.addAll(arguments);
        try {
            Files.createDirectories(dir);
            Path log = Files.createTempFile(dir, "mekong-" + arguments.get(0) + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            environment.forEach((k, v) -> {
                if (v.isEmpty()) {
                    builder.environment().remove(k);
                } else {
                    builder.environment().put(k, v);
                }
            });
            return new MekongProcess(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Surefire puts the real class path in surefire.test.class.path (java.class.path is its booter jar). */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Waits until the log shows the text; fails early if the process dies first. */
    void awaitOutput(String text, Duration deadline) {
        Await.until(deadline, () -> "'" + text + "' in the output of " + pid() + ":\n" + tail(), () -> {
            if (!process.isAlive() && !output().contains(text)) {
                throw new AssertionError("process exited with " + process.exitValue() + " before printing '" + text + "':\n" + tail());
            }
            return output().contains(text);
        });
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: the JVM runs its shutdown hooks (Camel's graceful stop). */
    void terminate() {
        process.destroy();
    }

    int awaitExit(Duration deadline) {
        try {
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("process " + pid() + " still running after " + deadline.toSeconds() + " s:\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String tail() {
        String out = output();
        return out.length() <= 4000 ? out : "…" + out.substring(out.length() - 4000);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
