package dev.mekong.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Headless Chromium from the system (Debian package {@code chromium}), one fresh profile per run. */
final class Chromium {

    /** What one browser run left behind: the DOM after scripts ran and the page's console lines. */
    record Run(String dom, List<String> console) {
    }

    private final Path executable;
    private final Path workDir;

    private Chromium(Path executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** The browser on PATH (or in {@code -Dmekong.chromium}), or null when there is none. */
    static Chromium find(Path workDir) {
        String configured = System.getProperty("mekong.chromium");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return new Chromium(Path.of(configured), workDir);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String folder : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return new Chromium(candidate, workDir);
                }
            }
        }
        return null;
    }

    Run dumpDom(String url, String... extraFlags) throws IOException, InterruptedException {
        List<String> flags = new ArrayList<>(List.of(extraFlags));
        flags.add("--dump-dom");
        return run(url, flags);
    }

    void screenshot(String url, Path png) throws IOException, InterruptedException {
        screenshot(url, png, 1200, 1500);
    }

    void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        run(url, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", "--virtual-time-budget=5000"));
    }

    private Run run(String url, List<String> extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "profile");
        Path out = workDir.resolve(profile.getFileName() + ".out");
        Path err = workDir.resolve(profile.getFileName() + ".err");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile));
        command.addAll(extra);
        command.add(url);
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish with " + url);
        }
        List<String> console;
        try (Stream<String> lines = Files.lines(err, StandardCharsets.UTF_8)) {
            console = lines.filter(line -> line.contains(":CONSOLE")).toList();
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), console);
    }
}
