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

    public synchronized void published(String fileName) {
        published.add(fileName);
    }

    public synchronized void failed(String fileName, String reason) {
        failures.add(new Failure(fileName, reason));
    }

    public synchronized void warn(String warning) {
        warnings.add(warning);
    }

    /** A duplicate is not published again; the editor is told which article it repeats. */
    public synchronized void duplicate(String fileName, String originalFileName, String originalId) {
        duplicates.add(new Duplicate(fileName, originalFileName, originalId));
        warnings.add(fileName + ": duplicate of " + originalFileName + " (article " + originalId
                + ", same content); not published again");
    }

    /** A file left in the inbox on purpose (mekong.inbox-ignore), with the reason. */
    public synchronized void skipped(String reason) {
        warnings.add(reason);
    }

    public synchronized List<Duplicate> duplicates() {
        return List.copyOf(duplicates);
    }

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
