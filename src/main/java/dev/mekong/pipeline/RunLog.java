package dev.mekong.pipeline;

import dev.mekong.site.BuildSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * What happened during one run of the pipeline: inputs published, inputs quarantined with their
 * reasons, duplicates and ignored files (both also warnings), inputs skipped as unchanged since an earlier
 * run (not read), warnings. Shared by the routes' beans (thread-safe) and read by the CLI for its exit code,
 * its summary and its progress line, and by the build report. Each input handled is also told, as one line,
 * to an optional listener (what {@code watch} prints).
 * <p>Inputs are handled by several workers at once, so entries arrive in no fixed order; quarantined inputs
 * and warnings are therefore listed in inbox order (by input file name, as the file consumer hands them out;
 * several warnings about one input in the order they came, warnings about no input last), so that the
 * summary and the build report do not depend on which worker was faster.
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

    /** A warning about one input (its file name), or about none (null). */
    private record Warning(String input, String text) {
    }

    private static final Comparator<Warning> WARNINGS_IN_INBOX_ORDER =
            Comparator.comparing(Warning::input, Comparator.nullsLast(Comparator.naturalOrder()));
    private static final Comparator<Failure> FAILURES_IN_INBOX_ORDER = Comparator.comparing(Failure::fileName,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<String> published = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    /** What is embargoed now, as the last render (or the site state) said; null when nothing is. */
    private String embargo;
    private long publishedCount;
    private long failureCount;
    private long duplicateCount;
    private long ignoredCount;
    private long unchangedCount;
    private volatile Consumer<String> listener = line -> { };

    private static <T> void add(List<T> list, T entry) {
        if (list.size() >= KEPT) {
            list.remove(0);
        }
        list.add(entry);
    }

    /** Receives one line per input handled ("published a.txt", "quarantined b.html: reason", …). */
    public void listen(Consumer<String> listener) {
        this.listener = listener;
    }

    /** An input stored as an article: revision 1 is a new article, a later one an update of it. */
    public void published(String fileName, int revision) {
        synchronized (this) {
            add(published, fileName);
            publishedCount++;
        }
        listener.accept(revision <= 1 ? "published " + fileName : "updated " + fileName + " (revision " + revision + ")");
    }

    public void failed(String fileName, String reason) {
        synchronized (this) {
            add(failures, new Failure(fileName, reason));
            failureCount++;
        }
        listener.accept("quarantined " + fileName + ": " + reason);
    }

    /** A warning about no input in particular (listed after those about inputs). */
    public synchronized void warn(String warning) {
        add(warnings, new Warning(null, warning));
    }

    /** A warning about one input, listed with the warnings about the others in inbox order. */
    public synchronized void warn(String fileName, String warning) {
        add(warnings, new Warning(fileName, warning));
    }

    /**
     * What is embargoed now ("2 articles embargoed until …"), or null: one line, replaced at every render.
     * It is the last of the {@link #warnings}, but not in the {@link #summary}: the build report says it
     * from the site itself.
     */
    public synchronized void embargo(String warning) {
        embargo = warning;
    }

    /** A duplicate is not published again; the editor is told which article it repeats. */
    public void duplicate(String fileName, String originalFileName, String originalId) {
        String warning = duplicateWarning(fileName, originalFileName, originalId);
        synchronized (this) {
            add(duplicates, new Duplicate(fileName, originalFileName, originalId));
            add(warnings, new Warning(fileName, warning));
            duplicateCount++;
        }
        listener.accept(warning);
    }

    /** An input not read because an earlier run already made its record from the same bytes and settings. */
    public synchronized void unchanged() {
        unchangedCount++;
    }

    /** An unchanged input that duplicates a stored article: not read, and the editor is told again. */
    public synchronized void unchangedDuplicate(String fileName, String originalFileName, String originalId) {
        add(warnings, new Warning(fileName, duplicateWarning(fileName, originalFileName, originalId)));
        unchangedCount++;
    }

    private static String duplicateWarning(String fileName, String originalFileName, String originalId) {
        return fileName + ": duplicate of " + originalFileName + " (article " + originalId
                + ", same content); not published again";
    }

    /** A file left in the inbox on purpose (mekong.inbox-ignore), with the reason. */
    public void skipped(String fileName, String reason) {
        synchronized (this) {
            add(warnings, new Warning(fileName, reason));
            ignoredCount++;
        }
        listener.accept(reason);
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

    /** How many inputs were duplicates of a stored article, all of them counted. */
    public synchronized long duplicateCount() {
        return duplicateCount;
    }

    /** How many inbox files were ignored (mekong.inbox-ignore), all of them counted. */
    public synchronized long ignoredCount() {
        return ignoredCount;
    }

    /** How many inputs were skipped as unchanged since an earlier run, all of them counted. */
    public synchronized long unchangedCount() {
        return unchangedCount;
    }

    /** Every input handled so far, whatever became of it (a progress indicator's figure). */
    public synchronized long handledCount() {
        return publishedCount + failureCount + duplicateCount + ignoredCount + unchangedCount;
    }

    /** The most recently published inputs (at most {@value #KEPT}). */
    public synchronized List<String> published() {
        return List.copyOf(published);
    }

    /** The most recently quarantined inputs (at most {@value #KEPT}), in inbox order. */
    public synchronized List<Failure> failures() {
        return failures.stream().sorted(FAILURES_IN_INBOX_ORDER).toList();
    }

    /** The most recent warnings (at most {@value #KEPT}) in inbox order, the embargo warning last. */
    public synchronized List<String> warnings() {
        List<String> all = new ArrayList<>(inboxOrderWarnings());
        if (embargo != null) {
            all.add(embargo);
        }
        return List.copyOf(all);
    }

    private List<String> inboxOrderWarnings() {
        return warnings.stream().sorted(WARNINGS_IN_INBOX_ORDER).map(Warning::text).toList();
    }

    /** A snapshot for the build report, in inbox order (without the embargo warning, which the report makes itself). */
    public synchronized BuildSummary summary(List<BuildSummary.TranslationCost> translation) {
        return new BuildSummary(failures().stream().map(f -> new BuildSummary.Quarantined(f.fileName(), f.reason())).toList(),
                inboxOrderWarnings(), translation);
    }
}
