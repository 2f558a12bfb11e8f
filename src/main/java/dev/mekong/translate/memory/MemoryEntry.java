package dev.mekong.translate.memory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Comparator;

/**
 * One remembered segment translation.
 *
 * @param hash     first 16 hex digits of the SHA-256 of the source text
 * @param src      source language tag
 * @param tgt      target language tag
 * @param engine   engine that produced it, or {@link #HUMAN} for a reviewed translation
 * @param glossary version of the pair's glossary it was made with ({@code -} for none or reviewed)
 * @param status   {@link #MACHINE}, {@link #REVIEWED}, or {@link #REJECTED}: the engine's output for this exact
 *                 key failed validation, so a rebuild does not pay for it again (delete the line to retry)
 * @param source   the source text, kept so a hash collision can never return a wrong translation
 * @param target   the translation (for a rejected entry: why it was rejected)
 */
@JsonPropertyOrder({"hash", "src", "tgt", "engine", "glossary", "status", "source", "target"})
public record MemoryEntry(String hash, String src, String tgt, String engine, String glossary, String status,
                          String source, String target) {

    public static final String MACHINE = "machine";
    public static final String REVIEWED = "reviewed";
    public static final String REJECTED = "rejected";
    public static final String HUMAN = "human";
    public static final String NO_GLOSSARY = "-";

    /** The stable file order: by language pair, then hash, then engine. */
    public static final Comparator<MemoryEntry> FILE_ORDER = Comparator.comparing(MemoryEntry::src)
            .thenComparing(MemoryEntry::tgt).thenComparing(MemoryEntry::hash)
            .thenComparing(MemoryEntry::engine).thenComparing(MemoryEntry::glossary);

    public static MemoryEntry machine(String source, String src, String tgt, String engine, String glossary,
                                      String target) {
        return new MemoryEntry(TranslationMemory.hash(source).substring(0, 16), src, tgt, engine, glossary, MACHINE,
                source, target);
    }

    public static MemoryEntry reviewed(String source, String src, String tgt, String target) {
        return new MemoryEntry(TranslationMemory.hash(source).substring(0, 16), src, tgt, HUMAN, NO_GLOSSARY, REVIEWED,
                source, target);
    }

    /** Remembers that the engine's output for this segment was rejected, and why. */
    public static MemoryEntry rejected(String source, String src, String tgt, String engine, String glossary,
                                       String reason) {
        return new MemoryEntry(TranslationMemory.hash(source).substring(0, 16), src, tgt, engine, glossary, REJECTED,
                source, reason);
    }

    @JsonIgnore
    public boolean isReviewed() {
        return REVIEWED.equals(status);
    }

    @JsonIgnore
    public boolean isRejected() {
        return REJECTED.equals(status);
    }

    /** A machine or reviewed entry whose translation is empty or only spaces: never to be stored or used. */
    @JsonIgnore
    public boolean hasNoTranslation() {
        return !isRejected() && (target == null || target.isBlank());
    }

    String key() {
        return key(hash, src, tgt, engine, glossary);
    }

    static String key(String hash, String src, String tgt, String engine, String glossary) {
        return hash + '|' + src + '|' + tgt + '|' + engine + '|' + glossary;
    }
}
