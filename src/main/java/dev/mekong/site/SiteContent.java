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
 * Drafts and embargoed articles are in the index only as entries that say so ({@link IndexEntry#held}):
 * they are left out here, before anything else, and only counted in the schedule.
 *
 * @param articles published articles, newest first (undated last), then by id
 * @param warnings the pipeline's warnings, the embargo warning, then those about the articles, in index order
 * @param summary  what the pipeline reported, for the build report
 * @param schedule what is held back and until when the articles shown stay the same
 * @param retired  the retired records, by id ({@link RetiredPages})
 */
record SiteContent(List<IndexEntry> articles, List<String> warnings, BuildSummary summary,
                   Publication.Schedule schedule, List<RetiredPages.Retired> retired) {

    static SiteContent of(Collection<IndexEntry> entries, BuildSummary summary) {
        return of(entries, summary, List.of());
    }

    /** From the index entries in key order: the first of two records with the same id or slug wins. */
    static SiteContent of(Collection<IndexEntry> entries, BuildSummary summary, List<RetiredPages.Retired> retired) {
        List<String> warnings = new ArrayList<>(summary.warnings());
        List<IndexEntry> shown = new ArrayList<>();
        List<IndexEntry> embargoed = new ArrayList<>();
        int drafts = 0;
        for (IndexEntry entry : entries) {
            if (entry.held() == null) {
                shown.add(entry);
            } else if (Publication.EMBARGO.equals(entry.held())) {
                embargoed.add(entry);
            } else {
                drafts++;
            }
        }
        Map<IndexEntry, Instant> published = new IdentityHashMap<>(); // parsed once, not at every comparison
        embargoed.forEach(entry -> published.put(entry, publishedInstant(entry)));
        embargoed.sort(Comparator.comparing((IndexEntry entry) -> published.get(entry)).thenComparing(IndexEntry::id));
        String embargo = Publication.embargoWarning(embargoed.stream().map(IndexEntry::published).toList()).orElse(null);
        if (embargo != null) {
            warnings.add(embargo);
        }
        List<IndexEntry> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (IndexEntry entry : shown) {
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
        kept.forEach(entry -> published.put(entry, publishedInstant(entry)));
        kept.sort(Comparator.comparing((IndexEntry entry) -> published.get(entry),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(IndexEntry::id));
        Instant lastRelease = kept.isEmpty() ? null : published.get(kept.get(0)); // the newest, when dated
        Instant nextRelease = embargoed.isEmpty() ? null : published.get(embargoed.get(0));
        Publication.Schedule schedule = new Publication.Schedule(lastRelease, nextRelease, drafts, embargoed.size(), embargo);
        List<RetiredPages.Retired> byId = new ArrayList<>(retired);
        byId.sort(Comparator.comparing(RetiredPages.Retired::id).thenComparing(RetiredPages.Retired::slug));
        return new SiteContent(List.copyOf(kept), List.copyOf(warnings), summary, schedule, List.copyOf(byId));
    }

    private static Instant publishedInstant(IndexEntry entry) {
        OffsetDateTime time = LocalDates.parse(entry.published());
        return time == null ? null : time.toInstant();
    }
}
