package dev.mekong.cli;

import dev.mekong.pipeline.Pipeline;
import dev.mekong.pipeline.RunLog;
import dev.mekong.site.BuildSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** The CI rebuild: process everything in the inbox, render the site, exit non-zero on any failure. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Process every file in the inbox, render the site and exit.",
                "Exits 1 and names each input that was quarantined, 2 when the pipeline cannot run."})
public class BuildCommand implements Callable<Integer> {

    @Mixin
    PipelineOptions options;

    @Option(names = "--timeout", defaultValue = "3600", paramLabel = "SECONDS",
            description = "Give up when the build takes longer than this (default ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--dry-run", description = "Translate nothing: count what would be sent to each engine and print it.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        var overrides = options.overrides();
        if (dryRun) {
            overrides.put("mekong.translate.dry-run", "true");
        }
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.BUILD, options.configFile, overrides)) {
            if (!pipeline.awaitBuilt(timeoutSeconds, TimeUnit.SECONDS)) {
                System.err.println("build: timed out after " + timeoutSeconds + " s");
                return 2;
            }
            RunLog log = pipeline.runLog();
            Throwable renderFailure = pipeline.siteUpdater().renderFailure();
            System.out.printf("build: %d article(s) published, %d input(s) quarantined%n",
                    log.publishedCount(), log.failureCount());
            for (BuildSummary.TranslationCost cost : pipeline.siteUpdater().lastSummary().translation()) {
                System.out.printf("translation: %s: %,d characters sent in %,d requests%s%s%n", cost.engine(),
                        cost.charactersSent(), cost.requests(),
                        cost.charactersDryRun() > 0 ? String.format(", %,d characters would be sent (dry run)", cost.charactersDryRun()) : "",
                        cost.stopped() == null ? "" : ", stopped: " + cost.stopped());
            }
            log.warnings().forEach(w -> System.out.println("warning: " + w));
            log.failures().forEach(f -> System.err.println("FAILED " + f.fileName() + ": " + f.reason()));
            if (renderFailure != null) {
                System.err.println("FAILED rendering the site: " + renderFailure);
                return 2;
            }
            return log.failureCount() == 0 ? 0 : 1;
        }
    }
}
