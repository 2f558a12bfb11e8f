package dev.mekong.translate.engine;

import dev.mekong.translate.text.PlaceholderStyle;

import java.util.List;

/**
 * A translation back end: one protocol adapter, nothing else. Retries, rate limits, the circuit
 * breaker, memory, glossaries and validation live around it ({@link ManagedEngine}, the translator),
 * so adding an engine is one class plus one line in {@link EngineRegistry}.
 * Language arguments are BCP-47 tags (zh-Hans, en, th …); each engine maps them to its own codes.
 */
public interface Engine {

    String name();

    /**
     * Whether the engine translates this pair directly. May ask the server once for its language list
     * and cache it; when that list cannot be had, answers true and lets the translation call decide.
     */
    boolean supports(String sourceTag, String targetTag);

    /** One request: translates each text, returning as many texts in the same order. */
    List<String> translate(List<String> texts, String sourceTag, String targetTag) throws EngineException;

    /** How placeholders are written in texts sent to this engine for the pair. */
    default PlaceholderStyle placeholderStyle(String sourceTag, String targetTag) {
        return PlaceholderStyle.BRACES;
    }

    /** Most texts in one request. */
    default int maxBatchItems() {
        return 1;
    }

    /** Most characters in one request; a longer segment is cut at sentence boundaries first. */
    default int maxBatchChars() {
        return 5000;
    }

    /** False for engines whose output is not real language (pseudo): language checks are skipped. */
    default boolean linguistic() {
        return true;
    }

    /** False for engines that cost nothing and need no network: no budget, no dry-run counting. */
    default boolean remote() {
        return true;
    }
}
