package dev.mekong.site;

import dev.mekong.model.Article;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Everything one render needs: the stored articles, what the pipeline has to tell the editor, and the time
 * that decides which embargoes have ended ({@link Publication}).
 *
 * @param articles the stored articles, in any order; drafts and articles not due at {@code now} get no page
 * @param summary  quarantined inputs and warnings of the build, for the report
 * @param now      the time the site is rendered for
 * @param retired  the retired records ({@code content/retired/}), whose old URLs get a page ({@link RetiredPages})
 * @param media    the content folder's media folder, whose images the articles show ({@link MediaPages}); null:
 *                 no images are published (articles showing copied images then show none)
 */
public record SiteBuild(List<Article> articles, BuildSummary summary, Instant now, List<Article> retired, Path media) {

    public SiteBuild {
        articles = List.copyOf(articles);
        retired = retired == null ? List.of() : List.copyOf(retired);
        summary = summary == null ? BuildSummary.empty() : summary;
        now = now == null ? Instant.now() : now;
    }

    public SiteBuild(List<Article> articles, BuildSummary summary, Instant now, List<Article> retired) {
        this(articles, summary, now, retired, null);
    }

    public SiteBuild(List<Article> articles, BuildSummary summary, Instant now) {
        this(articles, summary, now, List.of());
    }

    /** Rendered for the present moment. */
    public SiteBuild(List<Article> articles, BuildSummary summary) {
        this(articles, summary, Instant.now());
    }

    public static SiteBuild of(List<Article> articles) {
        return new SiteBuild(articles, BuildSummary.empty());
    }
}
