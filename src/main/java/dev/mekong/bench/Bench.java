package dev.mekong.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark behind {@code mekong bench}: builds a generated corpus with Mekong in fresh JVMs (cold, as
 * CI runs it), rebuilds it unchanged and after one edit, one addition and one deletion, measures how long
 * {@code watch} takes from a file landing to its article being on the live home page, and optionally builds
 * the clean corpus with Hugo in the same run. Every figure comes from outside the measured process.
 */
public final class Bench {

    /**
     * What to run.
     *
     * @param properties configuration keys set for every measured Mekong run ({@code -D key=value})
     */
    public record Options(int articles, List<String> corpora, boolean hugo, int watchDrops, Path work, String maxHeap,
                          Map<String, String> properties, List<String> javaOptions, boolean classDataSharing) {
        public Options {
            properties = Map.copyOf(properties);
            javaOptions = List.copyOf(javaOptions);
        }
    }

    /**
     * One measured step.
     *
     * @param stages Mekong's own per-stage times (its summary's {@code stages:} line), null for Hugo
     */
    public record Step(String corpus, String tool, String step, int articles, double wallSeconds, double cpuSeconds,
                       long peakRssMb, long htmlPages, long filesWritten, int exitCode, String stages) {
    }

    /**
     * {@code watch}'s drop-to-live latency: {@code firstMillis} for the story dropped as the watch starts (its
     * start and getting the site ready included), the others over the {@code drops} after it, the slowest of
     * which is named ({@code slowest}: an outlier is easier to chase with its file at hand).
     */
    public record Latency(String corpus, int articles, int drops, long p50Millis, long p95Millis, long maxMillis,
                          long firstMillis, String slowest) {
    }

    /**
     * What a run measured.
     *
     * @param corpusProperties per corpus, the keys its Mekong runs were given ({@link #properties(String, Map)})
     */
    public record Report(Options options, Map<String, Map<String, String>> corpusProperties, List<Step> steps,
                         List<Latency> latencies, Map<String, Double> hugoRatios) {
    }

    private static final Duration WATCH_DEADLINE = Duration.ofMinutes(10);

    private final Options options;
    private final BenchCorpus corpus = BenchCorpus.load();
    private final PrintStream progress;

    public Bench(Options options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    public Report run() throws IOException, InterruptedException {
        if (options.hugo()) {
            requireTool(List.of("hugo", "version"), "--hugo needs Hugo on the PATH (Debian: apt-get install hugo)");
        }
        if (options.classDataSharing()) {
            createClassArchive();
        }
        List<Step> steps = new ArrayList<>();
        List<Latency> latencies = new ArrayList<>();
        for (String kind : options.corpora()) {
            Folders folders = new Folders(options.work().resolve(kind + "-" + options.articles()), kind);
            folders.reset();
            progress.printf("bench: writing the %s corpus of %,d articles to %s%n", kind, options.articles(), folders.inbox);
            int last = write(kind, folders.inbox, options.articles());
            steps.add(build(kind, "full build", folders));
            steps.add(build(kind, "rebuild, nothing changed", folders));
            Path edited = firstInput(folders.inbox);
            Files.writeString(edited, Files.readString(edited, StandardCharsets.UTF_8) + "\n" + editLine(kind) + "\n", StandardCharsets.UTF_8);
            steps.add(build(kind, "one article edited", folders));
            last = addOne(kind, folders.inbox, last);
            steps.add(build(kind, "one article added", folders));
            Files.delete(edited);
            steps.add(build(kind, "one article deleted", folders));
            if (options.watchDrops() > 0) {
                latencies.add(watch(kind, folders, last));
            }
        }
        Map<String, Double> ratios = new LinkedHashMap<>();
        if (options.hugo()) {
            Step hugo = hugo();
            steps.add(hugo);
            for (Step s : steps) {
                if (s.tool().equals("mekong") && s.step().equals("full build") && hugo.wallSeconds() > 0) {
                    ratios.put(s.corpus() + " full build / hugo", s.wallSeconds() / hugo.wallSeconds());
                }
            }
        }
        Map<String, Map<String, String>> corpusProperties = new LinkedHashMap<>();
        options.corpora().forEach(kind -> corpusProperties.put(kind, properties(kind)));
        return new Report(options, corpusProperties, steps, latencies, ratios);
    }

    /** Writes the corpus; returns the number of the last story written. */
    private int write(String kind, Path inbox, int n) throws IOException {
        if (kind.equals("clean")) {
            corpus.writeClean(inbox, n);
        } else {
            corpus.writeRaw(inbox, n);
        }
        return n;
    }

    private int addOne(String kind, Path inbox, int last) throws IOException {
        int next = last + 1;
        if (kind.equals("clean")) {
            BenchCorpus.Story story = corpus.story(next);
            for (String code : BenchCorpus.LANGUAGES) {
                Files.writeString(inbox.resolve(story.key() + "." + code + ".md"), corpus.markdown(story, code), StandardCharsets.UTF_8);
            }
        } else {
            corpus.writeRawStory(inbox, next);
        }
        return next;
    }

    private static String editLine(String kind) {
        return kind.equals("clean") ? "An editor added this sentence to the story." : "Cập nhật: biên tập viên đã bổ sung câu này.";
    }

    private static Path firstInput(Path inbox) throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.sorted().findFirst().orElseThrow(() -> new IllegalStateException(inbox + " is empty"));
        }
    }

    private Step build(String kind, String step, Folders folders) throws IOException, InterruptedException {
        progress.printf("bench: %s corpus, %s …%n", kind, step);
        Map<Path, Object> before = siteFiles(folders.site);
        Path log = folders.root.resolve("logs/" + step.replace(' ', '-').replace(",", "") + ".log");
        ProcessMeter.Cost cost = ProcessMeter.run(mekong("build", folders, folders.inbox, "true"), log);
        Map<Path, Object> after = siteFiles(folders.site);
        long written = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
        long pages = after.keySet().stream().filter(p -> p.toString().endsWith(".html")).count();
        Step result = new Step(kind, "mekong", step, options.articles(), cost.wallSeconds(), cost.cpuSeconds(),
                cost.peakRssKb() / 1024, pages, written, cost.exitCode(), stagesLine(log));
        if (cost.exitCode() > 1) {
            progress.printf("bench: the build exited %d; its output is in %s%n", cost.exitCode(), folders.root.resolve("logs"));
        }
        return result;
    }

    /**
     * Starts {@code watch} on an empty drop folder over the built site, drops one story at a time and
     * measures until the story's title is on its language's live home page (article pages are published
     * before the lists that link to them, so its article page is live by then). Each drop is a finished
     * file moved into the inbox, as an editor's tool or a CI job delivers one: the stories are written to a
     * staging folder before watch starts, so the read lock's quiet period (a file still being written) is
     * not part of the figure. A file written in place waits that period longer.
     */
    private Latency watch(String kind, Folders folders, int last) throws IOException, InterruptedException {
        Path drops = folders.root.resolve("drops");
        Files.createDirectories(drops);
        Path staging = folders.root.resolve("staging");
        Files.createDirectories(staging);
        List<Drop> staged = new ArrayList<>();
        for (int i = 0; i <= options.watchDrops(); i++) {
            staged.add(stage(kind, staging, last + 1 + i));
        }
        List<String> command = mekong("watch", folders, drops, "false");
        Path log = folders.root.resolve("logs/watch.log");
        Process watch = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            progress.printf("bench: %s corpus, watch: waiting for the first drop to go live …%n", kind);
            long first = dropAndWait(staged.get(0), folders, drops, watch, log);
            long[] millis = new long[options.watchDrops()];
            String slowest = null;
            long slowestMillis = -1;
            for (int i = 0; i < millis.length; i++) {
                millis[i] = dropAndWait(staged.get(i + 1), folders, drops, watch, log);
                if (millis[i] > slowestMillis) {
                    slowestMillis = millis[i];
                    slowest = staged.get(i + 1).staged().getFileName().toString();
                }
            }
            Arrays.sort(millis);
            return new Latency(kind, options.articles(), millis.length, percentile(millis, 50), percentile(millis, 95),
                    millis[millis.length - 1], first, slowest);
        } finally {
            watch.destroy();
            watch.waitFor();
        }
    }

    /** A story written to the staging folder, and what shows it on the site. */
    private record Drop(Path staged, String language, String marker) {
    }

    private Drop stage(String kind, Path staging, int number) throws IOException {
        String language = BenchCorpus.rawLanguage(number);
        Path staged;
        if (kind.equals("clean")) {
            BenchCorpus.Story story = corpus.story(number);
            staged = staging.resolve(story.key() + "." + language + ".md");
            Files.writeString(staged, corpus.markdown(story, language), StandardCharsets.UTF_8);
        } else {
            staged = corpus.writeRawStory(staging, number);
        }
        return new Drop(staged, language, corpus.marker(number, language));
    }

    private long dropAndWait(Drop drop, Folders folders, Path drops, Process watch, Path log)
            throws IOException, InterruptedException {
        Path home = folders.site.resolve(drop.language()).resolve("index.html");
        long start = System.nanoTime();
        Files.move(drop.staged(), drops.resolve(drop.staged().getFileName()), StandardCopyOption.ATOMIC_MOVE);
        long deadline = start + WATCH_DEADLINE.toNanos();
        while (!contains(home, drop.marker())) {
            if (!watch.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("watch did not publish " + drop.staged().getFileName() + " (see " + log + ")");
            }
            Thread.sleep(5); // a polling interval while waiting for the site to show the drop
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String stagesLine(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("stages: ")).map(line -> line.substring("stages: ".length()))
                    .findFirst().orElse(null);
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false; // the site was being switched: look again
        }
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * Fails before anything is measured when a tool the run needs does not start or fails: a missing Hugo used
     * to end a 10,000-article run after its Mekong half, with nothing reported.
     */
    static void requireTool(List<String> versionCommand, String needs) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(versionCommand).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(needs + ": cannot run " + versionCommand.get(0) + " (" + e.getMessage() + ")", e);
        }
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException(needs + ": '" + String.join(" ", versionCommand) + "' exited " + exit);
        }
    }

    /** Hugo on the clean corpus, the same stories in the same four languages. */
    private Step hugo() throws IOException, InterruptedException {
        Path dir = options.work().resolve("hugo-" + options.articles());
        deleteTree(dir);
        Path posts = HugoSite.write(dir);
        corpus.writeClean(posts, options.articles());
        progress.printf("bench: hugo, full build …%n");
        ProcessMeter.Cost cost = ProcessMeter.run(List.of("hugo", "--source", dir.toString(), "--destination",
                dir.resolve("public").toString(), "--quiet"), dir.resolve("hugo.log"));
        Map<Path, Object> files = siteFiles(dir.resolve("public"));
        long pages = files.keySet().stream().filter(p -> p.toString().endsWith(".html")).count();
        if (cost.exitCode() != 0) {
            progress.printf("bench: hugo exited %d: %s%n", cost.exitCode(), cost.output().strip());
        }
        return new Step("clean", "hugo", "full build", options.articles(), cost.wallSeconds(), cost.cpuSeconds(),
                cost.peakRssKb() / 1024, pages, files.size(), cost.exitCode(), null);
    }

    /** {@code java … dev.mekong.Main COMMAND} on the folders, in a fresh JVM with this JVM's class path. */
    private Path classArchive() {
        return options.work().resolve("mekong.jsa");
    }

    /**
     * An application class-data archive (AppCDS) written by a build of an empty inbox, which the measured JVMs
     * then map instead of loading and verifying the same classes from the jars: what a CI job caching the
     * archive beside {@code content/} gets.
     */
    private void createClassArchive() throws IOException, InterruptedException {
        Folders folders = new Folders(options.work().resolve("class-archive"), "clean");
        folders.reset();
        Files.createDirectories(folders.inbox);
        Files.deleteIfExists(classArchive());
        progress.printf("bench: writing the class-data archive %s%n", classArchive());
        List<String> cmd = mekong("build", folders, folders.inbox, "true");
        cmd.removeIf(arg -> arg.startsWith("-XX:SharedArchiveFile="));
        cmd.add(1, "-XX:ArchiveClassesAtExit=" + classArchive());
        Path log = options.work().resolve("class-archive.log");
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0 || !Files.isRegularFile(classArchive())) {
            throw new IOException("writing the class-data archive failed; see " + log);
        }
    }

    private List<String> mekong(String command, Folders folders, Path inbox, String keepInputs) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + options.maxHeap(), "-Dfile.encoding=UTF-8"));
        cmd.addAll(options.javaOptions());
        if (options.classDataSharing()) {
            cmd.add("-XX:SharedArchiveFile=" + classArchive());
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.mekong.Main", command,
                "--inbox", inbox.toString(), "--site", folders.site.toString(), "--content", folders.content.toString(),
                "--quarantine", folders.root.resolve("quarantine").toString(), "--archive", folders.root.resolve("archive").toString(),
                "--keep-inputs", keepInputs));
        properties(folders.kind).forEach((key, value) -> cmd.addAll(List.of("-D", key + "=" + value)));
        return cmd;
    }

    /**
     * The keys a corpus's runs are measured with: the raw corpus has one language per story, so its other
     * versions are made by the {@code pseudo} engine, without the request rate every engine has by default (a
     * limit meant for real services, which would measure the limit); {@code -D} keys win over both.
     */
    static Map<String, String> properties(String kind, Map<String, String> given) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (kind.equals("raw")) {
            properties.put("mekong.translator", "pseudo");
            properties.put("mekong.translate.pseudo.rate", "0");
        }
        properties.putAll(given);
        return properties;
    }

    private Map<String, String> properties(String kind) {
        return properties(kind, options.properties());
    }

    /** Every file of the live site with what identifies its bytes on disk (inode and modification time). */
    private static Map<Path, Object> siteFiles(Path site) throws IOException {
        if (!Files.isDirectory(site)) {
            return Map.of();
        }
        Path root = site.toRealPath();
        Map<Path, Object> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    files.put(root.relativize(p), List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toMillis()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The folders of one corpus's runs; the generations folder beside the site is the benchmark's own. */
    private static final class Folders {
        final Path root;
        final String kind;
        final Path inbox;
        final Path site;
        final Path content;

        Folders(Path root, String kind) {
            this.root = root;
            this.kind = kind;
            this.inbox = root.resolve("inbox");
            this.site = root.resolve("site");
            this.content = root.resolve("content");
        }

        void reset() throws IOException {
            deleteTree(root);
            Files.createDirectories(root.resolve("logs"));
        }
    }

    /** The table a person reads. */
    public static void print(Report report, PrintStream out) {
        report.corpusProperties().forEach((corpus, properties) -> properties.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf("%s corpus with %s=%s%n", corpus, e.getKey(), e.getValue())));
        if (!report.options().javaOptions().isEmpty() || report.options().classDataSharing()) {
            out.printf("java options: %s%s%n", String.join(" ", report.options().javaOptions()),
                    report.options().classDataSharing() ? " + class-data archive" : "");
        }
        out.printf("%-6s %-7s %-26s %7s %9s %8s %8s %9s %8s %8s%n", "corpus", "tool", "step", "N", "wall s", "cpu s",
                "cpu/wall", "peak MB", "pages", "written");
        for (Step s : report.steps()) {
            out.printf(Locale.ROOT, "%-6s %-7s %-26s %,7d %9.2f %8.2f %8.2f %9d %8d %8d%s%n", s.corpus(), s.tool(), s.step(),
                    s.articles(), s.wallSeconds(), s.cpuSeconds(), s.wallSeconds() > 0 ? s.cpuSeconds() / s.wallSeconds() : 0,
                    s.peakRssMb(), s.htmlPages(), s.filesWritten(), s.exitCode() == 0 ? "" : "  (exit " + s.exitCode() + ")");
        }
        for (Step s : report.steps()) {
            if (s.stages() != null) {
                out.printf("stages, %s %s: %s%n", s.corpus(), s.step(), s.stages());
            }
        }
        for (Latency l : report.latencies()) {
            out.printf(Locale.ROOT, "watch, %s corpus of %,d: drop → live over %d drops: p50 %d ms, p95 %d ms, max %d ms (%s);"
                            + " the one dropped as watch started %d ms%n",
                    l.corpus(), l.articles(), l.drops(), l.p50Millis(), l.p95Millis(), l.maxMillis(), l.slowest(),
                    l.firstMillis());
        }
        report.hugoRatios().forEach((k, v) -> out.printf(Locale.ROOT, "ratio %s: %.2f%n", k, v));
    }

    public static void writeJson(Report report, Path file) throws IOException {
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), report);
    }
}
