package dev.mekong.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An article in one site language.
 *
 * @param status {@link #SOURCE} (the original), {@link #REVIEWED} (human-approved translation),
 *               {@link #MACHINE} (machine translation), {@link #PARTIAL} (a translation in which some
 *               segments could not be translated, or their translation was rejected, and keep the
 *               original text) or {@link #UNTRANSLATED} (the original text shown in place of a
 *               translation that does not exist yet)
 * @param engine the engine that produced a machine translation, else null
 * @param lang   BCP-47 tag of the text actually shown (for an untranslated version: the source's)
 * @param title  title in that language
 * @param blocks body in that language
 * @param input  the input that supplied this version as a file of its own (an input sharing the article's
 *               {@code translationKey}), or null for the original and for translations made here
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Version(String status, String engine, String lang, String title, List<Block> blocks, Source input) {

    public static final String SOURCE = "source";
    public static final String REVIEWED = "reviewed";
    public static final String MACHINE = "machine";
    public static final String PARTIAL = "partial";
    public static final String UNTRANSLATED = "untranslated";

    public Version {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** A version made here: the original, or a translation. */
    public Version(String status, String engine, String lang, String title, List<Block> blocks) {
        this(status, engine, lang, title, blocks, null);
    }

    /** A human translation supplied as an input of its own: reviewed, never replaced by an engine's. */
    public static Version supplied(Article input) {
        return new Version(REVIEWED, null, input.language() == null ? null : input.language().tag(), input.title(),
                input.blocks(), input.source());
    }

    /** True for a version {@linkplain #supplied supplied as an input}. */
    @JsonIgnore
    public boolean isSupplied() {
        return input != null;
    }

    /** True when the text really is in the site language, all of it: an original or a complete translation. */
    @JsonIgnore
    public boolean isTranslated() {
        return !UNTRANSLATED.equals(status) && !PARTIAL.equals(status);
    }
}
