package dev.mekong.site;

import dev.mekong.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Writes the static site for a set of stored articles. */
public interface SiteRenderer {

    /**
     * Renders the whole site and publishes it at {@code siteDir} in one step: readers see either the
     * previous site or the new one, never a mixture. Files whose bytes did not change are not rewritten.
     * Drafts and articles embargoed at the build's time get no page ({@link Publication}).
     */
    PublishResult render(SiteBuild build, Path siteDir) throws IOException;

    default PublishResult render(List<Article> articles, Path siteDir) throws IOException {
        return render(SiteBuild.of(articles), siteDir);
    }

    /**
     * Gets ready for the next {@link #update} of the site at {@code siteDir} ahead of time: a {@code watch}
     * calls it once when it starts, so that the first article dropped does not wait for what every later one
     * finds ready, and a build while it reads its inputs. Changes nothing on disk; doing nothing is correct,
     * and this default does nothing.
     *
     * @param reusedToo also read what rendering a page again reuses (a watch: any page may come next), not only
     *                  what the update compares its pages with (a build: it renders only the pages its changes
     *                  touch, and reads what those reuse when it renders them)
     * @return the number of pages ready for the next update; 0 when nothing was done
     */
    default int prepare(ArticleStore store, Path siteDir, boolean reusedToo) throws IOException {
        return 0;
    }

    /** {@link #update(ArticleStore, ChangedArticles, BuildSummary, Instant, Path)} for the present moment. */
    default PublishResult update(ArticleStore store, ChangedArticles changed, BuildSummary summary, Path siteDir)
            throws IOException {
        return update(store, changed, summary, Instant.now(), siteDir);
    }

    /**
     * Brings the site at {@code siteDir} up to date with the store as published at {@code now}, given which
     * articles changed since the last call (an embargo that ended since counts as a change of its article
     * without being named). The site ends up byte-identical to a {@link #render} of every stored article at
     * {@code now}. This default renders the whole site from the articles published at {@code now}.
     */
    default PublishResult update(ArticleStore store, ChangedArticles changed, BuildSummary summary, Instant now,
                                 Path siteDir) throws IOException {
        Publication publication = Publication.at(now, store.all());
        return render(new SiteBuild(publication.published(), summary, now, store.retired()), siteDir)
                .withSchedule(publication.schedule());
    }
}
