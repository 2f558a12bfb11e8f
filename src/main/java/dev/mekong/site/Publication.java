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
 * other; they get no page and are in no list, feed or sitemap until they are published. The one place the
 * renderer's articles are chosen ({@code SiteUpdater}).
 *
 * @param published what the site shows now
 * @param drafts    articles marked draft
 * @param embargoed articles not due yet, the next due first
 */
public record Publication(List<Article> published, List<Article> drafts, List<Article> embargoed) {

    public static Publication at(Instant now, List<Article> stored) {
        List<Article> published = new ArrayList<>();
        List<Article> drafts = new ArrayList<>();
        List<Article> embargoed = new ArrayList<>();
        for (Article article : stored) {
            if (article.meta() != null && article.meta().draft()) {
                drafts.add(article);
            } else if (due(article).filter(now::isBefore).isPresent()) {
                embargoed.add(article);
            } else {
                published.add(article);
            }
        }
        embargoed.sort(Comparator.comparing(a -> due(a).orElseThrow()));
        return new Publication(List.copyOf(published), List.copyOf(drafts), List.copyOf(embargoed));
    }

    /** When the next embargoed article is due, if any. */
    public Optional<Instant> nextRelease() {
        return embargoed.isEmpty() ? Optional.empty() : due(embargoed.get(0));
    }

    /** "2 articles embargoed until 2026-12-06T08:00+07:00" (the first and the last time when they differ), or empty. */
    public Optional<String> embargoWarning() {
        if (embargoed.isEmpty()) {
            return Optional.empty();
        }
        String first = embargoed.get(0).meta().published();
        String last = embargoed.get(embargoed.size() - 1).meta().published();
        return Optional.of(String.format(Locale.ROOT, "%d %s embargoed until %s%s", embargoed.size(),
                embargoed.size() == 1 ? "article" : "articles", first,
                first.equals(last) ? "" : " (the last until " + last + ")"));
    }

    private static Optional<Instant> due(Article article) {
        OffsetDateTime time = article.meta() == null ? null : LocalDates.parse(article.meta().published());
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }
}
