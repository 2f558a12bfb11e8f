package dev.mekong.translate;

import dev.mekong.language.LanguageDetector;
import dev.mekong.model.Article;
import dev.mekong.model.Version;
import dev.mekong.translate.engine.Engine;
import dev.mekong.translate.engine.EngineEvents;
import dev.mekong.translate.engine.EngineException;
import dev.mekong.translate.engine.EngineSettings;
import dev.mekong.translate.engine.ManagedEngine;
import dev.mekong.translate.engine.Sleeper;
import dev.mekong.translate.glossary.Glossary;
import dev.mekong.translate.glossary.Glossary.PairGlossary;
import dev.mekong.translate.glossary.Term;
import dev.mekong.translate.memory.MemoryEntry;
import dev.mekong.translate.memory.TranslationMemory;
import dev.mekong.translate.text.LanguageProfiles;
import dev.mekong.translate.text.OutputValidator;
import dev.mekong.translate.text.PlaceholderStyle;
import dev.mekong.translate.text.ProtectedText;
import dev.mekong.translate.text.Protector;
import dev.mekong.translate.text.Segmenter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The translator the pipeline calls. Per article and target language: cuts the text into units,
 * takes reviewed then remembered translations from the memory, sends only what is left to the engines
 * in order of preference (pivoting through English where an engine lacks the pair), validates every
 * output, remembers what passed and rebuilds the version. A unit no engine could translate keeps its
 * original text and language; a version with some such units is {@link Version#PARTIAL}, one with nothing
 * translated is {@link Version#UNTRANSLATED}. Rejected outputs are counted per engine and target language
 * ({@link TranslationStats.Snapshot#rejectionWarnings()}).
 * With no engines (mekong.translator=none) it is fully offline: only reviewed translations apply.
 */
public final class ChainTranslator implements Translator {

    /** The version and what went wrong on the way (also counted in {@link #stats()}). */
    public record Result(Version version, List<TranslationIssue> issues) {
    }

    private enum State { PENDING, SOURCE, MACHINE, REVIEWED, FAILED }

    private static final String PIVOT = "en";

    private final String name;
    private final List<ManagedEngine> chain;
    private final TranslationMemory memory;
    private final Glossary glossary;
    private final OutputValidator validator;
    private final long budgetChars;
    private final boolean dryRun;
    private final Protector protector = new Protector();
    private final Segmenter segmenter = new Segmenter();
    private final AtomicLong reserved = new AtomicLong();
    private volatile TranslationStats stats = new TranslationStats();
    private final ThreadLocal<TranslationStats> articleStats = new ThreadLocal<>();

    private ChainTranslator(Builder b) {
        this.name = b.name;
        this.memory = b.memory;
        this.glossary = b.glossary;
        this.validator = new OutputValidator(b.detector, b.ratioTolerance, b.minCharsForRatio, b.minCharsForDetection);
        this.budgetChars = b.budgetChars;
        this.dryRun = b.dryRun;
        EngineEvents events = new EngineEvents() {
            @Override
            public void requestSent(String engine, long characters) {
                counters().forEach(c -> c.requestSent(engine, characters));
            }

            @Override
            public void retrying(String engine, int attempt, Duration wait, String reason) {
                counters().forEach(c -> c.retrying(engine, attempt, wait, reason));
            }

            @Override
            public void stopped(String engine, String reason) {
                counters().forEach(c -> c.stopped(engine, reason));
            }

            @Override
            public void circuitOpened(String engine, String reason) {
                counters().forEach(c -> c.circuitOpened(engine, reason));
            }
        };
        List<ManagedEngine> managed = new ArrayList<>();
        for (int i = 0; i < b.engines.size(); i++) {
            managed.add(new ManagedEngine(b.engines.get(i), b.engineSettings.get(i), b.sleeper, b.nanoClock, events));
        }
        this.chain = List.copyOf(managed);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    @Override
    public String name() {
        return name;
    }

    public TranslationMemory memory() {
        return memory;
    }

    /** The build's figures, and those of the article being translated on this thread if they are kept apart. */
    private List<TranslationStats> counters() {
        TranslationStats article = articleStats.get();
        return article == null ? List.of(stats) : List.of(stats, article);
    }

    /**
     * Runs {@code work}, one article's translation on this thread, counting what the engines spend on it in
     * {@code spent} as well as in the build's figures: a translation worker answers with it, so that the
     * ingest node's build report shows what its articles cost. The engines are called on the caller's thread.
     */
    public <T> T counting(TranslationStats spent, Supplier<T> work) {
        articleStats.set(spent);
        try {
            return work.get();
        } finally {
            articleStats.remove();
        }
    }

    /** This build's figures so far. */
    public TranslationStats stats() {
        return stats;
    }

    /**
     * Ends a build and starts the next: fresh figures and budget, stopped engines and open circuits given
     * another chance. Returns the finished build's figures. Compacting the memory is the caller's
     * ({@link TranslationMemory#compactIfGrown}), which the pipeline does beside the render.
     */
    public TranslationStats.Snapshot newBuild() {
        TranslationStats.Snapshot finished = stats.snapshot();
        stats = new TranslationStats();
        reserved.set(0);
        chain.forEach(ManagedEngine::reset);
        return finished;
    }

    @Override
    public Version translate(Article article, String targetLanguage) {
        return translateWithReport(article, targetLanguage).version();
    }

    public Result translateWithReport(Article article, String target) {
        ArticleText text = new ArticleText(article);
        String articleLang = text.articleLang();
        if (LanguageProfiles.primary(articleLang).equals(LanguageProfiles.primary(target))) {
            return new Result(new Version(Version.SOURCE, null, articleLang, article.title(), article.blocks()), List.of());
        }
        Work work = new Work(article, text, target);
        work.prepare();
        for (ManagedEngine engine : chain) {
            Map<String, List<Integer>> pendingBySource = new LinkedHashMap<>();
            for (int i = 0; i < work.units(); i++) {
                if (work.state[i] == State.PENDING) {
                    pendingBySource.computeIfAbsent(work.unit(i).lang(), k -> new ArrayList<>()).add(i);
                }
            }
            pendingBySource.forEach((source, indexes) -> work.translateGroup(engine, source, indexes));
        }
        work.finish();
        if (work.paidEngineOutput) {
            // What cost money reaches the disk before the article that uses it can be stored; what a local
            // engine made is only written (it survives a killed process) and is made again for free.
            memory.sync();
        }
        return new Result(work.version(), List.copyOf(work.issues));
    }

    /** The state of one article being translated into one language. */
    private final class Work {
        final Article article;
        final ArticleText text;
        final String target;
        final State[] state;
        final String[] output;
        final String[] engineOf;
        final String[] reason;
        final List<Set<String>> rejectedBy = new ArrayList<>();
        final ProtectedText[] protectedText;
        final PairGlossary[] pairGlossary;
        final List<TranslationIssue> issues = new ArrayList<>();
        boolean paidEngineOutput;

        Work(Article article, ArticleText text, String target) {
            this.article = article;
            this.text = text;
            this.target = target;
            int n = text.units().size();
            state = new State[n];
            output = new String[n];
            engineOf = new String[n];
            reason = new String[n];
            protectedText = new ProtectedText[n];
            pairGlossary = new PairGlossary[n];
            for (int i = 0; i < n; i++) {
                rejectedBy.add(new LinkedHashSet<>());
            }
        }

        int units() {
            return state.length;
        }

        ArticleText.Unit unit(int i) {
            return text.units().get(i);
        }

        /** Source-language units, reviewed and remembered translations; the rest is pending. */
        void prepare() {
            for (int i = 0; i < units(); i++) {
                ArticleText.Unit u = unit(i);
                if (LanguageProfiles.primary(u.lang()).equals(LanguageProfiles.primary(target))) {
                    settle(i, State.SOURCE, u.text(), null);
                    continue;
                }
                if (LanguageProfiles.primary(u.lang()).equals(dev.mekong.model.Language.UNDETERMINED)) {
                    state[i] = State.FAILED;
                    reason[i] = "source language undetermined";
                    continue;
                }
                pairGlossary[i] = glossary.forPair(u.lang(), target);
                protectedText[i] = protector.protect(u.text(), pairGlossary[i].terms());
                if (!protectedText[i].hasTranslatableText()) {
                    settle(i, State.SOURCE, protectedText[i].restore(protectedText[i].template()), null);
                    continue;
                }
                Optional<MemoryEntry> reviewed = memory.reviewed(u.text(), u.lang(), target);
                if (reviewed.isPresent()) {
                    settle(i, State.REVIEWED, reviewed.get().target(), null);
                    stats.reviewed();
                    continue;
                }
                state[i] = State.PENDING;
                for (ManagedEngine engine : chain) {
                    Optional<MemoryEntry> remembered = memory.machine(u.text(), u.lang(), target, engine.name(),
                            pairGlossary[i].version());
                    if (remembered.isPresent()) {
                        settle(i, State.MACHINE, remembered.get().target(), engine.name());
                        stats.fromMemory(engine.name(), target);
                        break;
                    }
                }
                if (state[i] == State.PENDING) {
                    reason[i] = chain.isEmpty() ? "no translation engine configured" : null;
                }
            }
        }

        void settle(int i, State s, String out, String engine) {
            state[i] = s;
            output[i] = out;
            engineOf[i] = engine;
        }

        void fail(int i, String why) {
            reason[i] = why;
        }

        void translateGroup(ManagedEngine engine, String source, List<Integer> indexes) {
            String unavailable = engine.unavailableBecause();
            if (unavailable != null) {
                indexes.forEach(i -> fail(i, engine.name() + " " + unavailable));
                return;
            }
            List<String> route = route(engine.engine(), source, target);
            if (route == null) {
                indexes.forEach(i -> fail(i, engine.name() + " does not offer " + source + "→" + target));
                return;
            }
            if (dryRun && engine.engine().remote()) {
                countDryRun(engine, route, indexes);
                return;
            }
            Map<Integer, String> templates = new LinkedHashMap<>();
            for (int i : indexes) {
                Optional<MemoryEntry> rejected = memory.rejected(unit(i).text(), source, target, engine.name(),
                        pairGlossary[i].version());
                if (rejected.isPresent()) {
                    fail(i, engine.name() + ": rejected earlier: " + rejected.get().target());
                    rejectedBy.get(i).add(engine.name());
                    stats.segmentRejected(engine.name(), target, rejected.get().target());
                } else {
                    templates.put(i, protectedText[i].template());
                }
            }
            paidEngineOutput |= engine.engine().remote() && !templates.isEmpty();
            for (int hop = 0; hop + 1 < route.size() && !templates.isEmpty(); hop++) {
                templates = runHop(engine, route.get(hop), route.get(hop + 1), templates);
                templates.entrySet().removeIf(e -> {
                    Optional<String> broken = validator.checkPlaceholders(protectedText[e.getKey()], e.getValue());
                    broken.ifPresent(why -> reject(e.getKey(), engine.name(), why));
                    return broken.isPresent();
                });
            }
            templates.forEach((i, template) -> {
                Optional<String> invalid = validator.check(protectedText[i], template, source, target,
                        engine.engine().linguistic());
                if (invalid.isPresent()) {
                    reject(i, engine.name(), invalid.get());
                    return;
                }
                String translated = withOuterSpaces(unit(i).text(), protectedText[i].restore(template));
                settle(i, State.MACHINE, translated, engine.name());
                memory.put(MemoryEntry.machine(unit(i).text(), source, target, engine.name(), pairGlossary[i].version(),
                        translated));
                stats.segmentTranslated(engine.name(), target);
            });
        }

        void reject(int i, String engine, String why) {
            fail(i, engine + ": " + why);
            memory.put(MemoryEntry.rejected(unit(i).text(), unit(i).lang(), target, engine,
                    pairGlossary[i].version(), why));
            rejectedBy.get(i).add(engine);
            stats.segmentRejected(engine, target, why);
            issues.add(new TranslationIssue(TranslationIssue.REJECTED, article.id(), target, engine,
                    TranslationIssue.shorten(unit(i).text()), why));
        }

        void countDryRun(ManagedEngine engine, List<String> route, List<Integer> indexes) {
            PlaceholderStyle style = engine.engine().placeholderStyle(route.get(0), route.get(1));
            long characters = 0;
            for (int i : indexes) {
                characters += style.render(protectedText[i].template()).length();
                state[i] = State.FAILED;
                reason[i] = "dry run: not sent";
            }
            // A pivot sends about as much again on the second hop.
            stats.dryRun(engine.name(), characters * (route.size() - 1));
        }

        /** Sends templates in batches within the engine's limits; returns the outputs that came back. */
        Map<Integer, String> runHop(ManagedEngine engine, String source, String hopTarget, Map<Integer, String> templates) {
            Engine e = engine.engine();
            PlaceholderStyle style = e.placeholderStyle(source, hopTarget);
            List<int[]> pieceOwners = new ArrayList<>();
            List<String> pieces = new ArrayList<>();
            Map<Integer, Integer> pieceCount = new HashMap<>();
            for (Map.Entry<Integer, String> t : templates.entrySet()) {
                List<String> chunks = segmenter.chunks(t.getValue(), source, Math.max(1, e.maxBatchChars()));
                for (int c = 0; c < chunks.size(); c++) {
                    pieceOwners.add(new int[]{t.getKey(), c});
                    pieces.add(style.render(chunks.get(c)));
                }
                pieceCount.put(t.getKey(), chunks.size());
            }
            Map<Integer, String[]> translatedPieces = new LinkedHashMap<>();
            Set<Integer> broken = new LinkedHashSet<>();
            int start = 0;
            while (start < pieces.size()) {
                int end = start;
                long chars = 0;
                while (end < pieces.size() && end - start < e.maxBatchItems()
                        && (end == start || chars + pieces.get(end).length() <= e.maxBatchChars())) {
                    chars += pieces.get(end).length();
                    end++;
                }
                List<String> batch = pieces.subList(start, end);
                List<int[]> owners = pieceOwners.subList(start, end);
                final String refused = e.remote() ? reserveBudget(chars) : null;
                if (refused != null) {
                    owners.forEach(o -> { broken.add(o[0]); fail(o[0], refused); });
                } else {
                    try {
                        List<String> out = engine.translate(batch, source, hopTarget);
                        for (int k = 0; k < out.size(); k++) {
                            int[] owner = owners.get(k);
                            translatedPieces.computeIfAbsent(owner[0], x -> new String[pieceCount.get(x)])[owner[1]] =
                                    style.parse(out.get(k));
                        }
                    } catch (EngineException ex) {
                        String why = ex.getMessage();
                        owners.forEach(o -> { broken.add(o[0]); fail(o[0], why); });
                    }
                }
                start = end;
            }
            Map<Integer, String> joined = new LinkedHashMap<>();
            String separator = LanguageProfiles.get().sentenceSeparator(hopTarget);
            translatedPieces.forEach((i, parts) -> {
                if (broken.contains(i)) {
                    return;
                }
                StringBuilder s = new StringBuilder();
                for (String part : parts) {
                    if (s.length() > 0) {
                        s.append(separator);
                    }
                    s.append(part.strip());
                }
                joined.put(i, s.toString());
            });
            return joined;
        }

        String reserveBudget(long chars) {
            if (budgetChars <= 0) {
                return null;
            }
            long after = reserved.addAndGet(chars);
            if (after > budgetChars) {
                reserved.addAndGet(-chars);
                return "character budget of " + budgetChars + " for this build spent";
            }
            return null;
        }

        /** Unresolved units fail; glossary terms are checked in what will be published. */
        void finish() {
            for (int i = 0; i < units(); i++) {
                if (state[i] == State.PENDING) {
                    state[i] = State.FAILED;
                }
                if (state[i] == State.FAILED) {
                    stats.untranslated();
                    rejectedBy.get(i).forEach(engine -> stats.rejectedLeftUntranslated(engine, target));
                    if (!chain.isEmpty() && !dryRun) {
                        issues.add(new TranslationIssue(TranslationIssue.FAILED, article.id(), target, null,
                                TranslationIssue.shorten(unit(i).text()), reason[i] == null ? "not translated" : reason[i]));
                    }
                }
                if ((state[i] == State.MACHINE || state[i] == State.REVIEWED) && pairGlossary[i] != null) {
                    for (Term term : pairGlossary[i].terms()) {
                        if (unit(i).text().contains(term.source()) && !output[i].contains(term.target())) {
                            issues.add(new TranslationIssue(TranslationIssue.GLOSSARY, article.id(), target, engineOf[i],
                                    TranslationIssue.shorten(unit(i).text()),
                                    "required term \"" + term.target() + "\" for \"" + term.source() + "\" missing"));
                        }
                    }
                }
            }
            issues.forEach(stats::issue);
        }

        Version version() {
            boolean anyMachine = false;
            boolean anyReviewed = false;
            boolean anyFailed = false;
            Set<String> engines = new LinkedHashSet<>();
            String[] published = new String[units()];
            for (int i = 0; i < units(); i++) {
                anyMachine |= state[i] == State.MACHINE;
                anyReviewed |= state[i] == State.REVIEWED;
                anyFailed |= state[i] == State.FAILED;
                if (state[i] == State.MACHINE) {
                    engines.add(engineOf[i]);
                }
                published[i] = state[i] == State.FAILED ? null : output[i];
            }
            if (!anyMachine && !anyReviewed) {
                return new Version(Version.UNTRANSLATED, null, text.articleLang(), article.title(), article.blocks());
            }
            boolean[] keepLang = new boolean[article.blocks().size()];
            for (int b = 0; b < keepLang.length; b++) {
                keepLang[b] = true;
            }
            for (int i = 0; i < units(); i++) {
                if (unit(i).block() >= 0 && state[i] != State.SOURCE) {
                    keepLang[unit(i).block()] = false;
                }
            }
            // Some text left in the original language: not to be presented, or indexed, as a translation.
            String status = anyFailed ? Version.PARTIAL : anyMachine ? Version.MACHINE : Version.REVIEWED;
            return new Version(status, engines.isEmpty() ? null : String.join(",", engines), target,
                    text.title(published), text.blocks(published, keepLang));
        }
    }

    /** Direct when the engine has the pair, else through English when it has both halves, else null. */
    static List<String> route(Engine engine, String source, String target) {
        if (engine.supports(source, target)) {
            return List.of(source, target);
        }
        if (!LanguageProfiles.primary(source).equals(PIVOT) && !LanguageProfiles.primary(target).equals(PIVOT)
                && engine.supports(source, PIVOT) && engine.supports(PIVOT, target)) {
            return List.of(source, PIVOT, target);
        }
        return null;
    }

    /** Engines drop leading and trailing spaces; the page layout may depend on them. */
    static String withOuterSpaces(String original, String translated) {
        int lead = 0;
        while (lead < original.length() && Character.isWhitespace(original.charAt(lead))) {
            lead++;
        }
        int trail = original.length();
        while (trail > lead && Character.isWhitespace(original.charAt(trail - 1))) {
            trail--;
        }
        return original.substring(0, lead) + translated.strip() + original.substring(trail);
    }

    public static final class Builder {
        private final String name;
        private final List<Engine> engines = new ArrayList<>();
        private final List<EngineSettings> engineSettings = new ArrayList<>();
        private TranslationMemory memory = TranslationMemory.inMemory();
        private Glossary glossary = Glossary.empty();
        private LanguageDetector detector;
        private double ratioTolerance = 3.0;
        private int minCharsForRatio = 20;
        private int minCharsForDetection = 40;
        private long budgetChars;
        private boolean dryRun;
        private Sleeper sleeper = Sleeper.REAL;
        private LongSupplier nanoClock = System::nanoTime;

        private Builder(String name) {
            this.name = name;
        }

        /** Adds an engine at the end of the chain (lowest preference so far). */
        public Builder engine(Engine engine, EngineSettings settings) {
            engines.add(engine);
            engineSettings.add(settings);
            return this;
        }

        public Builder memory(TranslationMemory memory) {
            this.memory = memory;
            return this;
        }

        public Builder glossary(Glossary glossary) {
            this.glossary = glossary;
            return this;
        }

        public Builder detector(LanguageDetector detector) {
            this.detector = detector;
            return this;
        }

        public Builder validation(double ratioTolerance, int minCharsForRatio, int minCharsForDetection) {
            this.ratioTolerance = ratioTolerance;
            this.minCharsForRatio = minCharsForRatio;
            this.minCharsForDetection = minCharsForDetection;
            return this;
        }

        /** Most characters sent to remote engines per build; 0 for no limit. */
        public Builder budget(long characters) {
            this.budgetChars = characters;
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Builder clock(Sleeper sleeper, LongSupplier nanoClock) {
            this.sleeper = sleeper;
            this.nanoClock = nanoClock;
            return this;
        }

        public ChainTranslator build() {
            return new ChainTranslator(this);
        }
    }
}
