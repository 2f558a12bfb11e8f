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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Version(String status, String engine, String lang, String title, List<Block> blocks) {

    public static final String SOURCE = "source";
    public static final String REVIEWED = "reviewed";
    public static final String MACHINE = "machine";
    public static final String PARTIAL = "partial";
    public static final String UNTRANSLATED = "untranslated";

    public Version {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** True when the text really is in the site language, all of it: an original or a complete translation. */
    @JsonIgnore
    public boolean isTranslated() {
        return !UNTRANSLATED.equals(status) && !PARTIAL.equals(status);
    }
}
