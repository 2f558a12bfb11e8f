package dev.mekong.translate;

import dev.mekong.translate.engine.EngineEvents;
import dev.mekong.translate.text.RejectionKind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

    /**
     * One engine's rejected outputs for one target language.
     *
     * @param segments         segments the engine answered for the language (sent, or found in the memory)
     * @param rejectedByKind   rejected segments per {@link RejectionKind#label()}, most frequent first
     * @param leftUntranslated rejected segments no other engine translated: the original is published
     */
    public record Rejections(String engine, String target, long segments, Map<String, Long> rejectedByKind,
                             long leftUntranslated) {

        public long rejected() {
            return rejectedByKind.values().stream().mapToLong(Long::longValue).sum();
        }

        /** The build's warning: "translation: openai → th: 37 of 40 segments rejected (wrong script 30, echo 7); …". */
        public String warning() {
            StringBuilder kinds = new StringBuilder();
            rejectedByKind.forEach((kind, count) -> kinds.append(kinds.isEmpty() ? "" : ", ").append(kind).append(' ').append(count));
            String outcome = leftUntranslated == rejected() ? "those segments stay untranslated (the original is shown)"
                    : leftUntranslated == 0 ? "another engine translated them"
                    : leftUntranslated + " of them stay untranslated (the original is shown), another engine translated the rest";
            return "translation: " + engine + " → " + target + ": " + rejected() + " of " + segments
                    + " segments rejected (" + kinds + "); " + outcome;
        }
    }

    public record Snapshot(Map<String, EngineFigures> engines, long segmentsFromMemory, long segmentsReviewed,
                           long segmentsTranslated, long segmentsUntranslated, long charactersSent,
                           long charactersDryRun, List<TranslationIssue> issues, long issuesLeftOut,
                           List<Rejections> rejections) {

        /** One warning per engine and target language with rejected segments. */
        public List<String> rejectionWarnings() {
            return rejections.stream().map(Rejections::warning).toList();
        }
    }

    private record Pair(String engine, String target) {
    }

    /** Per engine and target language: segments answered, rejected by kind, rejected and left untranslated. */
    private static final class PairCounters {
        final AtomicLong segments = new AtomicLong();
        final Map<RejectionKind, AtomicLong> rejected = new ConcurrentHashMap<>();
        final AtomicLong leftUntranslated = new AtomicLong();
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
    private final Map<Pair, PairCounters> pairs = new ConcurrentHashMap<>();
    private final AtomicLong fromMemory = new AtomicLong();
    private final AtomicLong reviewed = new AtomicLong();
    private final AtomicLong translated = new AtomicLong();
    private final AtomicLong untranslated = new AtomicLong();
    private final List<TranslationIssue> issues = new ArrayList<>();
    private final AtomicLong issuesLeftOut = new AtomicLong();

    private Counters of(String engine) {
        return engines.computeIfAbsent(engine, e -> new Counters());
    }

    private PairCounters of(String engine, String target) {
        return pairs.computeIfAbsent(new Pair(engine, target), k -> new PairCounters());
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

    /**
     * What engines spent for this build in another process: a translation worker's figures for one article,
     * sent with its answer (mekong.transport=jms).
     */
    public void add(Map<String, EngineFigures> spentElsewhere) {
        spentElsewhere.forEach((engine, figures) -> {
            Counters c = of(engine);
            c.requests.addAndGet(figures.requests());
            c.charactersSent.addAndGet(figures.charactersSent());
            c.charactersDryRun.addAndGet(figures.charactersDryRun());
            c.retries.addAndGet(figures.retries());
            c.translated.addAndGet(figures.segmentsTranslated());
            c.rejected.addAndGet(figures.segmentsRejected());
            c.circuitOpenings.addAndGet(figures.circuitOpenings());
            if (figures.stopped() != null) {
                c.stopped = figures.stopped();
            }
        });
    }

    void dryRun(String engine, long characters) {
        of(engine).charactersDryRun.addAndGet(characters);
    }

    void segmentTranslated(String engine, String target) {
        of(engine).translated.incrementAndGet();
        of(engine, target).segments.incrementAndGet();
        translated.incrementAndGet();
    }

    /** The engine's output for a segment failed validation now, or did in an earlier build ({@code reason} says why). */
    void segmentRejected(String engine, String target, String reason) {
        of(engine).rejected.incrementAndGet();
        PairCounters pair = of(engine, target);
        pair.segments.incrementAndGet();
        pair.rejected.computeIfAbsent(RejectionKind.of(reason), k -> new AtomicLong()).incrementAndGet();
    }

    /** A segment the engine rejected that no other engine translated either. */
    void rejectedLeftUntranslated(String engine, String target) {
        of(engine, target).leftUntranslated.incrementAndGet();
    }

    void fromMemory(String engine, String target) {
        of(engine, target).segments.incrementAndGet();
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

    private List<Rejections> rejections() {
        List<Rejections> out = new ArrayList<>();
        pairs.entrySet().stream().sorted(Comparator.comparing((Map.Entry<Pair, PairCounters> e) -> e.getKey().engine())
                .thenComparing(e -> e.getKey().target())).forEach(entry -> {
            Pair key = entry.getKey();
            PairCounters pair = entry.getValue();
            Map<String, Long> byKind = new LinkedHashMap<>();
            pair.rejected.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<RejectionKind, AtomicLong> e) -> -e.getValue().get())
                            .thenComparing(e -> e.getKey().label()))
                    .forEach(e -> byKind.put(e.getKey().label(), e.getValue().get()));
            if (!byKind.isEmpty()) {
                out.add(new Rejections(key.engine(), key.target(), pair.segments.get(), byKind, pair.leftUntranslated.get()));
            }
        });
        return out;
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
                copy, issuesLeftOut.get(), rejections());
    }
}
