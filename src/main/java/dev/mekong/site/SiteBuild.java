package dev.mekong.site;

import dev.mekong.model.Article;

import java.time.Instant;
import java.util.List;

/**
 * Everything one render needs: the stored articles, what the pipeline has to tell the editor, and the time
 * that decides which embargoes have ended ({@link Publication}).
 *
 * @param articles the stored articles, in any order; drafts and articles not due at {@code now} get no page
 * @param summary  quarantined inputs and warnings of the build, for the report
 * @param now      the time the site is rendered for
 */
public record SiteBuild(List<Article> articles, BuildSummary summary, Instant now) {

    public SiteBuild {
        articles = List.copyOf(articles);
        summary = summary == null ? BuildSummary.empty() : summary;
        now = now == null ? Instant.now() : now;
    }

    /** Rendered for the present moment. */
    public SiteBuild(List<Article> articles, BuildSummary summary) {
        this(articles, summary, Instant.now());
    }

    public static SiteBuild of(List<Article> articles) {
        return new SiteBuild(articles, BuildSummary.empty());
    }
}
