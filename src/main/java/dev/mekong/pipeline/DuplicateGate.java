package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;

/**
 * Stops the same bytes dropped under another name from becoming a second article. Not an error: the
 * input is archived like any handled input (or left in place when inputs are kept) and the run log and
 * build report carry a warning naming the article it duplicates.
 */
public class DuplicateGate {

    private final ArticleStore store;
    private final RunLog log;

    public DuplicateGate(ArticleStore store, RunLog log) {
        this.store = store;
        this.log = log;
    }

    /** True when the article goes on to be translated and stored; false, with a warning, for a duplicate. */
    public boolean admit(Article article) {
        return store.duplicateOf(article).map(original -> {
            // the input of the article with these bytes: its source, or a version supplied as an input
            String originalName = ArticleStore.inputWithContent(original, article.source().sha256())
                    .orElse(original.source()).fileName();
            log.duplicate(article.source().fileName(), originalName, original.id());
            return false;
        }).orElse(true);
    }
}
