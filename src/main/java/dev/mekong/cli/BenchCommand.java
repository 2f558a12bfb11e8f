package dev.mekong.cli;

import dev.mekong.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mekong bench}: the build benchmark on a generated corpus, optionally beside Hugo. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate a deterministic corpus of N articles in zh/en/vi/th and measure, in fresh JVMs: a full build,"
                + " a rebuild with nothing changed, rebuilds after one edit, one addition and one deletion, and watch's"
                + " drop-to-live latency; wall and CPU time, peak RSS, pages, files written.",
                "Corpora: clean (Markdown, 4 versions per article linked by translationKey, what Hugo reads) and raw"
                        + " (text copies and saved pages with site chrome, one language each)."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "1000", paramLabel = "N", description = "Articles in the corpus (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--corpus", defaultValue = "clean,raw", split = ",", paramLabel = "clean,raw",
            description = "Which corpora to build (default ${DEFAULT-VALUE}).")
    List<String> corpora;

    @Option(names = "--hugo", description = "Also build the clean corpus with Hugo (Debian package hugo) and print the ratios.")
    boolean hugo;

    @Option(names = "--watch-drops", defaultValue = "50", paramLabel = "N",
            description = "Drops timed in watch per corpus, 0 to skip (default ${DEFAULT-VALUE}).")
    int watchDrops;

    @Option(names = "--work", defaultValue = "target/bench", paramLabel = "DIR", description = "Work folder (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON (default: WORK/bench-N.json).")
    Path json;

    @Option(names = "--xmx", defaultValue = "1g", paramLabel = "SIZE", description = "Heap limit of the measured JVMs (default ${DEFAULT-VALUE}).")
    String maxHeap;

    @Option(names = "--java-option", paramLabel = "OPTION",
            description = "A JVM option for every measured build and watch, repeatable: --java-option=-XX:TieredStopAtLevel=1")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--cds", description = "Write an application class-data archive first (a build of an empty inbox with"
            + " -XX:ArchiveClassesAtExit) and start every measured JVM from it.")
    boolean classDataSharing;

    @Option(names = "-D", paramLabel = "KEY=VALUE",
            description = "Set a configuration key for every measured build and watch (-D mekong.workers=1 against the default).")
    Map<String, String> properties = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        for (String corpus : corpora) {
            if (!corpus.equals("clean") && !corpus.equals("raw")) {
                throw new IllegalArgumentException("--corpus: unknown corpus '" + corpus + "' (clean, raw)");
            }
        }
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1");
        }
        Bench.Report report = new Bench(new Bench.Options(articles, corpora, hugo, watchDrops, work.toAbsolutePath(), maxHeap, properties,
                javaOptions, classDataSharing),
                System.out).run();
        System.out.println();
        Bench.print(report, System.out);
        Path out = json != null ? json : work.resolve("bench-" + articles + ".json");
        Bench.writeJson(report, out);
        System.out.println("bench: results written to " + out);
        return ExitCode.OK;
    }
}
