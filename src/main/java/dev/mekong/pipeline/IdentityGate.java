package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;
import dev.mekong.site.ArticleStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One input per article. An article's identity is its canonical URL (or, without one, its input's file
 * name, {@link ArticleStore#idOf}), so two inputs claiming the same canonical URL would silently replace
 * each other's page. The same input edited (same file name) is an update and passes; another input
 * claiming an identity that belongs to an input still in the inbox, or handled earlier in this run, is
 * rejected (quarantined with a reason naming the other input and the URL), never merged. An article
 * whose input was renamed passes as an update once the old name is gone from the inbox (a drop folder
 * empties itself; with kept inputs the old article is retired first, {@link RemovedInputs}).
 */
public class IdentityGate {

    private final ArticleStore store;
    private final Path inbox;
    /** id → the input that took it in this run. */
    private final Map<String, String> taken = new HashMap<>();

    public IdentityGate(ArticleStore store, Path inbox) {
        this.store = store;
        this.inbox = inbox;
    }

    public synchronized Article check(Article article) {
        String id = ArticleStore.idOf(article);
        String name = article.source().fileName();
        String holder = taken.get(id);
        if (holder == null) {
            holder = store.find(id).map(Article::source).map(source -> source.fileName())
                    .filter(other -> Files.exists(inbox.resolve(other))).orElse(null);
        }
        if (holder != null && !holder.equals(name)) {
            String url = article.meta() == null ? null : article.meta().canonicalUrl();
            throw new InputRejectedException((url == null ? "its identity" : "its canonical URL " + url)
                    + " is already the identity of the article from " + holder + " (content/articles/" + id + ".json);"
                    + " two inputs never share an article: give this one its own canonical URL, or remove one of them");
        }
        taken.put(id, name);
        return article;
    }
}
