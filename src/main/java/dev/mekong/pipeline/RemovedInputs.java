package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For an inbox whose inputs stay in place (a folder under version control): an article whose input was
 * deleted from the inbox is taken off the site at the next start. Its record is kept in
 * {@code content/retired/}, never deleted.
 */
public final class RemovedInputs {

    private RemovedInputs() {
    }

    /** Retires the articles whose input is no longer in the inbox; returns them. */
    public static List<Article> retire(ArticleStore store, Path inbox, RunLog log) {
        List<Article> gone = store.all().stream()
                .filter(a -> a.source() != null && !Files.exists(inbox.resolve(a.source().fileName())))
                .toList();
        for (Article article : gone) {
            store.retire(article);
            log.warn(article.source().fileName() + " is no longer in the inbox: its pages were removed"
                    + " (the record is kept in content/retired/" + article.id() + ".json)");
        }
        return gone;
    }
}
