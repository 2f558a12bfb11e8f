package dev.mekong.site;

import dev.mekong.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the static site for a set of stored articles. */
public interface SiteRenderer {

    /**
     * Renders the whole site and publishes it at {@code siteDir} in one step: readers see either the
     * previous site or the new one, never a mixture. Files whose bytes did not change are not rewritten.
     */
    PublishResult render(SiteBuild build, Path siteDir) throws IOException;

    default PublishResult render(List<Article> articles, Path siteDir) throws IOException {
        return render(SiteBuild.of(articles), siteDir);
    }

    /**
     * Brings the site at {@code siteDir} up to date with the store, given which articles changed since the
     * last call. The site ends up byte-identical to a {@link #render} of every stored article. This default
     * renders the whole site.
     */
    default PublishResult update(ArticleStore store, ChangedArticles changed, BuildSummary summary, Path siteDir)
            throws IOException {
        return render(new SiteBuild(store.all(), summary), siteDir);
    }
}
