package dev.mekong.pipeline;

import dev.mekong.cli.MekongCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A throw-away working folder with inbox, site, content, quarantine and archive, and ways to run the CLI in it. */
final class PipelineFixture {

    final Path root;
    final Path inbox;
    final Path site;
    final Path content;
    final Path quarantine;
    final Path archive;

    PipelineFixture(Path root) throws IOException {
        this.root = root;
        this.inbox = Files.createDirectories(root.resolve("inbox"));
        this.site = root.resolve("site");
        this.content = root.resolve("content");
        this.quarantine = root.resolve("quarantine");
        this.archive = root.resolve("archive");
    }

    static Path projectDir() {
        return Path.of(System.getProperty("mekong.project.dir", ".")).toAbsolutePath();
    }

    /** Copies the repository's seeds into the inbox. */
    PipelineFixture withSeeds() throws IOException {
        try (Stream<Path> seeds = Files.list(projectDir().resolve("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, inbox.resolve(seed.getFileName()));
            }
        }
        return this;
    }

    /** Drops a file the way an editor's tool should: written beside, then renamed in. */
    Path drop(String name, byte[] bytes) throws IOException {
        Path tmp = Files.write(root.resolve("." + name + ".part"), bytes);
        return Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    Map<String, String> folders() {
        return Map.of("mekong.inbox", inbox.toString(), "mekong.site", site.toString(),
                "mekong.content", content.toString(), "mekong.quarantine", quarantine.toString(),
                "mekong.archive", archive.toString());
    }

    /** Runs a CLI command with this fixture's folders; returns exit code and captured output. */
    Result run(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--inbox", inbox.toString(), "--site", site.toString(),
                "--content", content.toString(), "--quarantine", quarantine.toString(), "--archive", archive.toString()));
        args.addAll(List.of(extra));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var previousOut = System.out;
        var previousErr = System.err;
        var outStream = new java.io.ByteArrayOutputStream();
        var errStream = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(outStream, true, java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(errStream, true, java.nio.charset.StandardCharsets.UTF_8));
            CommandLine cli = MekongCommand.commandLine();
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args.toArray(String[]::new));
            return new Result(code, outStream.toString(java.nio.charset.StandardCharsets.UTF_8) + out,
                    errStream.toString(java.nio.charset.StandardCharsets.UTF_8) + err);
        } finally {
            System.setOut(previousOut);
            System.setErr(previousErr);
        }
    }

    /** Every file of the site whose name ends with the suffix (the site folder is a link to its current generation). */
    List<Path> siteFiles(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(site, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    record Result(int code, String out, String err) {
    }
}
