package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stops the same bytes dropped under another name from becoming a second article. Not an error: the
 * input is archived like any handled input (or left in place when inputs are kept) and the run log and
 * build report carry a warning naming the article it duplicates. Inputs are processed concurrently, so an
 * admitted article holds its bytes until its exchange completes: a copy read meanwhile is a duplicate of it,
 * as it would be had the two been read one after the other.
 */
public class DuplicateGate {

    private final ArticleStore store;
    private final RunLog log;
    /** sha256 of the source bytes → the admitted article still in flight with them. */
    private final Map<String, Article> inFlight = new HashMap<>();

    public DuplicateGate(ArticleStore store, RunLog log) {
        this.store = store;
        this.log = log;
    }

    /** True when the article goes on to be translated and stored; false, with a warning, for a duplicate. */
    public boolean admit(Article article, Exchange exchange) {
        Optional<Article> original;
        synchronized (this) {
            original = store.duplicateOf(article).or(() -> claimedByAnother(article));
            if (original.isEmpty() && article.source() != null) {
                String sha = article.source().sha256();
                inFlight.put(sha, article);
                exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                    @Override
                    public void onDone(Exchange done) {
                        release(sha, article);
                    }
                });
            }
        }
        // the input of the article with these bytes: its source, or a version supplied as an input
        original.ifPresent(o -> log.duplicate(article.source().fileName(),
                ArticleStore.inputWithContent(o, article.source().sha256()).orElse(o.source()).fileName(),
                ArticleStore.idOf(o)));
        return original.isEmpty();
    }

    private Optional<Article> claimedByAnother(Article article) {
        Article claimant = article.source() == null ? null : inFlight.get(article.source().sha256());
        return Optional.ofNullable(claimant).filter(c -> !c.source().fileName().equals(article.source().fileName()));
    }

    private synchronized void release(String sha, Article article) {
        inFlight.remove(sha, article);
    }
}
