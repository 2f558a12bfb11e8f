package dev.mekong.translate;

import dev.mekong.translate.engine.EngineEvents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cost and outcome counters for one build: characters sent per engine (or counted, in a dry run),
 * requests, retries, memory hits, failures and the issues to show in the build report.
 * Thread-safe; {@link #snapshot()} gives an immutable copy that serialises to JSON.
 */
public final class TranslationStats implements EngineEvents {

    static final int MAX_ISSUES = 500;

    /** Per-engine figures. {@code stopped} says why the engine was stopped for the build, or null. */
    public record EngineFigures(long requests, long charactersSent, long charactersDryRun, long retries,
                                long segmentsTranslated, long segmentsRejected, long circuitOpenings, String stopped) {
    }

    public record Snapshot(Map<String, EngineFigures> engines, long segmentsFromMemory, long segmentsReviewed,
                           long segmentsTranslated, long segmentsUntranslated, long charactersSent,
                           long charactersDryRun, List<TranslationIssue> issues, long issuesLeftOut) {
    }

    private static final class Counters {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong charactersSent = new AtomicLong();
        final AtomicLong charactersDryRun = new AtomicLong();
        final AtomicLong retries = new AtomicLong();
        final AtomicLong translated = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong circuitOpenings = new AtomicLong();
        volatile String stopped;
    }

    private final Map<String, Counters> engines = new ConcurrentHashMap<>();
    private final AtomicLong fromMemory = new AtomicLong();
    private final AtomicLong reviewed = new AtomicLong();
    private final AtomicLong translated = new AtomicLong();
    private final AtomicLong untranslated = new AtomicLong();
    private final List<TranslationIssue> issues = new ArrayList<>();
    private final AtomicLong issuesLeftOut = new AtomicLong();

    private Counters of(String engine) {
        return engines.computeIfAbsent(engine, e -> new Counters());
    }

    @Override
    public void requestSent(String engine, long characters) {
        of(engine).requests.incrementAndGet();
        of(engine).charactersSent.addAndGet(characters);
    }

    @Override
    public void retrying(String engine, int attempt, Duration wait, String reason) {
        of(engine).retries.incrementAndGet();
    }

    @Override
    public void stopped(String engine, String reason) {
        of(engine).stopped = reason;
    }

    @Override
    public void circuitOpened(String engine, String reason) {
        of(engine).circuitOpenings.incrementAndGet();
    }

    void dryRun(String engine, long characters) {
        of(engine).charactersDryRun.addAndGet(characters);
    }

    void segmentTranslated(String engine) {
        of(engine).translated.incrementAndGet();
        translated.incrementAndGet();
    }

    void segmentRejected(String engine) {
        of(engine).rejected.incrementAndGet();
    }

    void fromMemory() {
        fromMemory.incrementAndGet();
    }

    void reviewed() {
        reviewed.incrementAndGet();
    }

    void untranslated() {
        untranslated.incrementAndGet();
    }

    void issue(TranslationIssue issue) {
        synchronized (issues) {
            if (issues.size() < MAX_ISSUES) {
                issues.add(issue);
            } else {
                issuesLeftOut.incrementAndGet();
            }
        }
    }

    /** Characters actually sent, all remote engines together (what the budget is checked against). */
    public long charactersSent() {
        return engines.values().stream().mapToLong(c -> c.charactersSent.get()).sum();
    }

    public Snapshot snapshot() {
        Map<String, EngineFigures> figures = new TreeMap<>();
        engines.forEach((name, c) -> figures.put(name, new EngineFigures(c.requests.get(), c.charactersSent.get(),
                c.charactersDryRun.get(), c.retries.get(), c.translated.get(), c.rejected.get(),
                c.circuitOpenings.get(), c.stopped)));
        List<TranslationIssue> copy;
        synchronized (issues) {
            copy = List.copyOf(issues);
        }
        return new Snapshot(figures, fromMemory.get(), reviewed.get(), translated.get(), untranslated.get(),
                charactersSent(), figures.values().stream().mapToLong(EngineFigures::charactersDryRun).sum(),
                copy, issuesLeftOut.get());
    }
}
