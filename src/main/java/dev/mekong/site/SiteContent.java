package dev.mekong.site;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one render publishes: the articles of the index that can go on the site, newest first, the
 * warnings about the others, and the pipeline's summary for the report. Every page is a function of it.
 *
 * @param articles published articles, newest first (undated last), then by id
 * @param warnings the pipeline's warnings followed by those about the articles, in index order
 * @param summary  what the pipeline reported, for the build report
 */
record SiteContent(List<IndexEntry> articles, List<String> warnings, BuildSummary summary) {

    /** From the index entries in key order: the first of two records with the same id or slug wins. */
    static SiteContent of(Collection<IndexEntry> entries, BuildSummary summary) {
        List<String> warnings = new ArrayList<>(summary.warnings());
        List<IndexEntry> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (IndexEntry entry : entries) {
            if (entry.id() == null || !ids.add(entry.id())) {
                warnings.add("Article without a unique id skipped: " + (entry.title() == null ? "" : entry.title()));
                continue;
            }
            if (entry.slugWarning() != null) {
                warnings.add(entry.slugWarning());
            }
            if (!slugs.add(entry.slug())) {
                warnings.add("Article " + entry.id() + " skipped: slug " + entry.slug() + " already taken");
                continue;
            }
            warnings.addAll(entry.warnings());
            kept.add(entry);
        }
        Map<IndexEntry, Instant> published = new IdentityHashMap<>(); // parsed once, not at every comparison
        kept.forEach(entry -> published.put(entry, publishedInstant(entry)));
        kept.sort(Comparator.comparing((IndexEntry entry) -> published.get(entry),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(IndexEntry::id));
        return new SiteContent(List.copyOf(kept), List.copyOf(warnings), summary);
    }

    private static Instant publishedInstant(IndexEntry entry) {
        OffsetDateTime time = LocalDates.parse(entry.published());
        return time == null ? null : time.toInstant();
    }
}
