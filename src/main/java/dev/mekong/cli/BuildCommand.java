package dev.mekong.cli;

import dev.mekong.pipeline.Pipeline;
import dev.mekong.pipeline.RunLog;
import dev.mekong.pipeline.SiteUpdater;
import dev.mekong.site.BuildSummary;
import dev.mekong.site.PublishResult;
import dev.mekong.translate.Translators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** The CI rebuild: process everything in the inbox, render the site, exit non-zero on any failure. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Process every file in the inbox, render the site and exit with a one-screen summary.",
                "Exit codes: 0 ok, 1 inputs were quarantined (each named), 2 the build could not run."})
public class BuildCommand implements Callable<Integer> {

    /** Warnings printed in the summary; the build report in the site lists them all. */
    static final int WARNINGS_SHOWN = 20;

    @Mixin
    PipelineOptions options;

    @Option(names = "--timeout", defaultValue = "3600", paramLabel = "SECONDS",
            description = "Give up when the build takes longer than this (default ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--dry-run", description = "Translate nothing: count what would be sent to each engine and print it.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        var overrides = options.overrides();
        if (dryRun) {
            overrides.put("mekong.translate.dry-run", "true");
        }
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.BUILD, options.configFile, overrides)) {
            RunLog log = pipeline.runLog();
            Progress progress = Progress.onStandardOutput("build");
            while (!pipeline.awaitBuilt(Math.min(1_000_000_000L, Math.max(1, deadline - System.nanoTime())), TimeUnit.NANOSECONDS)) {
                if (System.nanoTime() >= deadline) {
                    progress.done();
                    System.err.println("build: timed out after " + timeoutSeconds + " s");
                    return ExitCode.CANNOT_RUN;
                }
                progress.show(log.handledCount());
            }
            progress.done();
            printSummary(pipeline, log);
            Throwable renderFailure = pipeline.siteUpdater().renderFailure();
            log.failures().forEach(f -> System.err.println("FAILED " + f.fileName() + ": " + f.reason()));
            if (renderFailure != null) {
                System.err.println("FAILED rendering the site: " + ExitCode.describe(renderFailure));
            }
            int code = renderFailure != null ? ExitCode.CANNOT_RUN : log.failureCount() > 0 ? ExitCode.QUARANTINED : ExitCode.OK;
            System.out.printf(Locale.ROOT, "build: done in %.1f s, exit %d%n", (System.nanoTime() - started) / 1e9, code);
            return code;
        }
    }

    private static void printSummary(Pipeline pipeline, RunLog log) {
        long read = log.publishedCount() + log.failureCount() + log.duplicateCount();
        System.out.printf("inputs: %,d read: %,d published, %,d quarantined, %,d duplicates skipped; %,d unchanged; %,d files ignored%n",
                read + log.unchangedCount(), log.publishedCount(), log.failureCount(), log.duplicateCount(),
                log.unchangedCount(), log.ignoredCount());
        PublishResult published = pipeline.siteUpdater().lastPublish();
        if (published != null) {
            System.out.printf("site: %,d files written, %,d unchanged, %,d deleted (%s)%n", published.written(),
                    published.unchanged(), published.deleted(), pipeline.settings().site());
        }
        for (BuildSummary.TranslationCost cost : translationCosts(pipeline)) {
            System.out.printf("translation: %s: %,d characters sent in %,d requests%s%s%n", cost.engine(),
                    cost.charactersSent(), cost.requests(),
                    cost.charactersDryRun() > 0 ? String.format(", %,d characters would be sent (dry run)", cost.charactersDryRun()) : "",
                    cost.stopped() == null ? "" : ", stopped: " + cost.stopped());
        }
        SiteUpdater updater = pipeline.siteUpdater();
        String stages = pipeline.stageTimes().summary(updater.renderCount(), updater.renderNanos());
        if (stages != null) {
            System.out.println(stages);
        }
        List<String> warnings = log.warnings();
        System.out.printf("warnings: %,d%n", warnings.size());
        warnings.stream().limit(WARNINGS_SHOWN).forEach(w -> System.out.println("warning: " + w));
        if (warnings.size() > WARNINGS_SHOWN) {
            System.out.printf("warning: … and %,d more in the build report%n", warnings.size() - WARNINGS_SHOWN);
        }
    }

    /** What each configured engine was sent, an engine that was sent nothing included (0 characters). */
    private static List<BuildSummary.TranslationCost> translationCosts(Pipeline pipeline) {
        List<BuildSummary.TranslationCost> costs = new ArrayList<>(pipeline.siteUpdater().lastSummary().translation());
        List<String> configured = Arrays.stream(pipeline.settings().translator().split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty() && !name.equals(Translators.NONE)).toList();
        for (String engine : configured.isEmpty() ? List.of(Translators.NONE) : configured) {
            if (costs.stream().noneMatch(c -> c.engine().equals(engine))) {
                costs.add(new BuildSummary.TranslationCost(engine, 0, 0, 0, 0, null));
            }
        }
        return costs;
    }
}
