package dev.mekong.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A language decision: a BCP-47 tag (zh-Hans, zh-Hant, en, vi, th, …, or {@code und} when unsure)
 * with a confidence between 0 and 1.
 */
public record Language(String tag, double confidence) {

    public static final String UNDETERMINED = "und";

    public static Language undetermined() {
        return new Language(UNDETERMINED, 0.0);
    }

    /** A language the input states (front matter, JSON {@code lang}): full confidence, which detection never gives. */
    public static Language declared(String tag) {
        return new Language(tag, 1.0);
    }

    /** Whether this is a stated language rather than a detected one. */
    @JsonIgnore
    public boolean isDeclared() {
        return confidence >= 1.0 && !isUndetermined();
    }

    @JsonIgnore
    public boolean isUndetermined() {
        return UNDETERMINED.equals(tag);
    }

    /** The primary subtag: {@code zh} for {@code zh-Hant}. */
    @JsonIgnore
    public String primary() {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
