package dev.mekong.pipeline;

import dev.mekong.site.BuildSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened during one run of the pipeline: inputs published, inputs quarantined with their
 * reasons, duplicates and ignored files (both also warnings), warnings. Shared by the routes' beans (thread-safe) and read by the CLI for its exit code
 * and by the build report.
 */
public class RunLog {

    /** Each list keeps its most recent entries only, so a watch that runs for months stays small. */
    static final int KEPT = 10_000;

    /** An input that was quarantined, and why. */
    public record Failure(String fileName, String reason) {
    }

    /** An input whose bytes are those of an article already stored under another name. */
    public record Duplicate(String fileName, String originalFileName, String originalId) {
    }

    private final List<String> published = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private long publishedCount;
    private long failureCount;

    private static <T> void add(List<T> list, T entry) {
        if (list.size() >= KEPT) {
            list.remove(0);
        }
        list.add(entry);
    }

    public synchronized void published(String fileName) {
        add(published, fileName);
        publishedCount++;
    }

    public synchronized void failed(String fileName, String reason) {
        add(failures, new Failure(fileName, reason));
        failureCount++;
    }

    public synchronized void warn(String warning) {
        add(warnings, warning);
    }

    /** A duplicate is not published again; the editor is told which article it repeats. */
    public synchronized void duplicate(String fileName, String originalFileName, String originalId) {
        add(duplicates, new Duplicate(fileName, originalFileName, originalId));
        add(warnings, fileName + ": duplicate of " + originalFileName + " (article " + originalId
                + ", same content); not published again");
    }

    /** A file left in the inbox on purpose (mekong.inbox-ignore), with the reason. */
    public synchronized void skipped(String reason) {
        add(warnings, reason);
    }

    public synchronized List<Duplicate> duplicates() {
        return List.copyOf(duplicates);
    }

    /** How many inputs were published since the start, all of them counted. */
    public synchronized long publishedCount() {
        return publishedCount;
    }

    /** How many inputs were quarantined since the start, all of them counted. */
    public synchronized long failureCount() {
        return failureCount;
    }

    /** The most recently published inputs (at most {@value #KEPT}). */
    public synchronized List<String> published() {
        return List.copyOf(published);
    }

    public synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** A snapshot for the build report. */
    public synchronized BuildSummary summary(List<BuildSummary.TranslationCost> translation) {
        return new BuildSummary(failures.stream().map(f -> new BuildSummary.Quarantined(f.fileName(), f.reason())).toList(),
                warnings, translation);
    }
}
