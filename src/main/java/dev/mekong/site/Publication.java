package dev.mekong.site;

import dev.mekong.model.Article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which stored articles the site shows at a given time: all but drafts ({@code draft: true}) and articles
 * under embargo (a publish time still in the future). Drafts and embargoed articles are stored like any
 * other; they get no page and are in no list, feed or sitemap until they are published. The rule
 * ({@link #hold}) is applied when an article is put into the site index ({@link ArticleViews#entry}), so
 * nothing the index gives the pages holds a draft or an embargoed article; an embargo that ends makes the
 * index take the article in afresh ({@link StaticSiteRenderer#update}).
 *
 * @param published what the site shows now
 * @param drafts    articles marked draft
 * @param embargoed articles not due yet, the next due first
 */
public record Publication(List<Article> published, List<Article> drafts, List<Article> embargoed) {

    /** Why an article is not on the site: marked draft. */
    public static final String DRAFT = "draft";
    /** Why an article is not on the site: its publish time is still to come. */
    public static final String EMBARGO = "embargo";

    /**
     * What a render left off the site and until when the set of articles it shows stays the same.
     *
     * @param lastRelease the latest publish time among the articles shown, or null: before it, one of them
     *                    would be embargoed again (a clock set back)
     * @param nextRelease when the earliest embargoed article is due, or null when none is
     * @param drafts      how many drafts are stored
     * @param embargoed   how many articles are embargoed
     * @param warning     "N articles embargoed until …", or null when none is
     */
    public record Schedule(Instant lastRelease, Instant nextRelease, int drafts, int embargoed, String warning) {

        public static final Schedule NONE = new Schedule(null, null, 0, 0, null);

        /** Whether the site shows, at {@code now}, the very articles it showed when this was made. */
        public boolean holdsAt(Instant now) {
            return (lastRelease == null || !now.isBefore(lastRelease)) && (nextRelease == null || now.isBefore(nextRelease));
        }
    }

    /**
     * The rule: why this article is not on the site at {@code now} ({@link #DRAFT}, {@link #EMBARGO}), or
     * null when it is. An article without a valid publish time is due at once.
     */
    public static String hold(Article article, Instant now) {
        if (article.meta() != null && article.meta().draft()) {
            return DRAFT;
        }
        Instant due = due(article);
        return due != null && now.isBefore(due) ? EMBARGO : null;
    }

    /** When an article is due: its publish time, or null when it has none that parses. */
    public static Instant due(Article article) {
        return article.meta() == null ? null : due(article.meta().published());
    }

    /** A publish time as stored (ISO-8601 with offset) as an instant, or null. */
    static Instant due(String published) {
        OffsetDateTime time = LocalDates.parse(published);
        return time == null ? null : time.toInstant();
    }

    public static Publication at(Instant now, List<Article> stored) {
        List<Article> published = new ArrayList<>();
        List<Article> drafts = new ArrayList<>();
        List<Article> embargoed = new ArrayList<>();
        for (Article article : stored) {
            String hold = hold(article, now);
            (DRAFT.equals(hold) ? drafts : EMBARGO.equals(hold) ? embargoed : published).add(article);
        }
        embargoed.sort(Comparator.comparing(Publication::due));
        return new Publication(List.copyOf(published), List.copyOf(drafts), List.copyOf(embargoed));
    }

    /** When the next embargoed article is due, if any. */
    public Optional<Instant> nextRelease() {
        return embargoed.isEmpty() ? Optional.empty() : Optional.of(due(embargoed.get(0)));
    }

    /** "2 articles embargoed until 2026-12-06T08:00+07:00" (the first and the last time when they differ), or empty. */
    public Optional<String> embargoWarning() {
        return embargoWarning(embargoed.stream().map(a -> a.meta().published().trim()).toList());
    }

    /** This publication's schedule. */
    public Schedule schedule() {
        Instant last = published.stream().map(Publication::due).filter(d -> d != null).max(Comparator.naturalOrder())
                .orElse(null);
        return new Schedule(last, nextRelease().orElse(null), drafts.size(), embargoed.size(),
                embargoWarning().orElse(null));
    }

    /** The warning for embargoed articles given by their publish times, the next due first. */
    static Optional<String> embargoWarning(List<String> times) {
        if (times.isEmpty()) {
            return Optional.empty();
        }
        String first = times.get(0);
        String last = times.get(times.size() - 1);
        return Optional.of(String.format(Locale.ROOT, "%d %s embargoed until %s%s", times.size(),
                times.size() == 1 ? "article" : "articles", first,
                first.equals(last) ? "" : " (the last until " + last + ")"));
    }
}
