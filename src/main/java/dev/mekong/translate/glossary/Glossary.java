package dev.mekong.translate.glossary;

import dev.mekong.translate.memory.TranslationMemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Glossary and do-not-translate entries for all language pairs. A language of {@code *} matches any
 * language; a bare primary tag ({@code zh}) matches every tag with that primary ({@code zh-Hans});
 * a full tag matches only itself. Load with {@link GlossaryLoader}.
 */
public final class Glossary {

    /** One row: languages may be {@code *}; an empty or identical target means do not translate. */
    public record Entry(String sourceLang, String targetLang, Term term) {
    }

    /** The terms that apply to one pair, and a version that changes whenever they change. */
    public record PairGlossary(List<Term> terms, String version) {

        public static final PairGlossary EMPTY = new PairGlossary(List.of(), "-");

        public PairGlossary {
            terms = List.copyOf(terms);
        }
    }

    private final List<Entry> entries;
    private final Map<String, PairGlossary> byPair = new ConcurrentHashMap<>();

    public Glossary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public PairGlossary forPair(String sourceTag, String targetTag) {
        return byPair.computeIfAbsent(sourceTag + ">" + targetTag, key -> build(sourceTag, targetTag));
    }

    private PairGlossary build(String sourceTag, String targetTag) {
        List<Term> terms = new ArrayList<>();
        for (Entry e : entries) {
            if (matches(e.sourceLang(), sourceTag) && matches(e.targetLang(), targetTag)
                    && terms.stream().noneMatch(t -> t.source().equals(e.term().source()))) {
                terms.add(e.term());
            }
        }
        if (terms.isEmpty()) {
            return PairGlossary.EMPTY;
        }
        StringBuilder canonical = new StringBuilder();
        terms.stream().map(t -> t.source() + "\u0000" + t.target() + "\n").sorted().forEach(canonical::append);
        return new PairGlossary(terms, TranslationMemory.hash(canonical.toString()).substring(0, 10));
    }

    static boolean matches(String entryLang, String tag) {
        if (entryLang.equals("*")) {
            return true;
        }
        String entry = entryLang.toLowerCase(Locale.ROOT);
        String actual = tag.toLowerCase(Locale.ROOT);
        if (entry.equals(actual)) {
            return true;
        }
        return entry.indexOf('-') < 0 && actual.startsWith(entry + "-");
    }
}
