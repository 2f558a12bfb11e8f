package dev.mekong.site;

import java.util.Set;

/**
 * Which stored articles may differ from what the site shows: those with these ids (stored, edited or
 * retired since the last render), or, when {@code unknown}, any of them ({@link #any()}).
 */
public record ChangedArticles(Set<String> ids, boolean unknown) {

    public ChangedArticles {
        ids = Set.copyOf(ids);
    }

    public static ChangedArticles of(Set<String> ids) {
        return new ChangedArticles(ids, false);
    }

    /** After a start, a failed render or a change the pipeline cannot name: every record is looked at. */
    public static ChangedArticles any() {
        return new ChangedArticles(Set.of(), true);
    }
}
