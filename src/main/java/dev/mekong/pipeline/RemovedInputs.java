package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * For an inbox whose inputs stay in place (a folder under version control): an article whose input was
 * deleted from the inbox is taken off the site at the next start. Its record is kept in
 * {@code content/retired/}, never deleted. Taking a large part of the site off at once is more likely a
 * wrong inbox than an editor's intent, so it is refused unless the user allows it ({@link Limit}).
 */
public final class RemovedInputs {

    /**
     * How much one start may retire without being told to.
     *
     * @param maxShare   the largest share of the site's articles retired at once (mekong.retire.max-share)
     * @param minCount   the share is only enforced from this many retired articles on, so that a small site
     *                   can lose one of its two articles (mekong.retire.min-count)
     * @param allowMass  the user allows any number (--allow-mass-retire, mekong.retire.allow-mass)
     */
    public record Limit(double maxShare, int minCount, boolean allowMass) {

        boolean allows(int retired, int total) {
            return allowMass || retired < minCount || retired <= maxShare * total;
        }
    }

    private RemovedInputs() {
    }

    /**
     * Retires the articles whose input is no longer in the inbox and returns them; retires nothing and
     * fails, naming the counts and the option, when they are more than the limit allows.
     */
    public static List<Article> retire(ArticleStore store, Path inbox, Limit limit, RunLog log) {
        List<Article> all = store.all();
        List<Article> gone = all.stream()
                .filter(a -> a.source() != null && !Files.exists(inbox.resolve(a.source().fileName())))
                .toList();
        if (!limit.allows(gone.size(), all.size())) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%d of the site's %d articles would be retired because their inputs are not in the inbox %s,"
                            + " more than mekong.retire.max-share=%s allows; check --inbox, or pass --allow-mass-retire"
                            + " if they were really removed", gone.size(), all.size(), inbox, limit.maxShare()));
        }
        for (Article article : gone) {
            store.retire(article);
            log.warn(article.source().fileName(), article.source().fileName() + " is no longer in the inbox: its pages were removed"
                    + " (the record is kept in content/retired/" + article.id() + ".json)");
        }
        return gone;
    }
}
