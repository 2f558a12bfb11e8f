package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.TranslationKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One input per article, or per language of an article. An article's identity is its translationKey,
 * else its canonical URL (or, without one, its input's file name, {@link ArticleStore#idOf}), so two inputs
 * claiming the same canonical URL would silently replace each other's page. The inputs sharing a
 * translationKey are one article, each giving one language ({@link TranslationKeys}): what one of them
 * claims is that article's identity in its language. The same input edited (same file name) is an update
 * and passes; another input claiming an identity that belongs to an input still in the inbox, or handled
 * earlier in this run, is rejected (quarantined with a reason naming the other input and the URL or key),
 * never merged. An article whose input was renamed passes as an update once the old name is gone from the
 * inbox (a drop folder empties itself; with kept inputs the old article is retired first,
 * {@link RemovedInputs}).
 */
public class IdentityGate {

    private final ArticleStore store;
    private final Path inbox;
    /** identity (id, or id and language for a keyed input) → the input that took it in this run. */
    private final Map<String, String> taken = new HashMap<>();

    public IdentityGate(ArticleStore store, Path inbox) {
        this.store = store;
        this.inbox = inbox;
    }

    public synchronized Article check(Article article) {
        String id = ArticleStore.idOf(article);
        boolean keyed = TranslationKeys.isKeyed(article);
        String language = TranslationKeys.languageCode(article);
        String identity = keyed ? id + " " + language : id;
        String name = article.source().fileName();
        String holder = taken.get(identity);
        if (holder == null) {
            holder = store.find(id).flatMap(stored -> keyed ? inputOf(stored, language) : Optional.ofNullable(stored.source()))
                    .map(Source::fileName)
                    .filter(other -> Files.exists(inbox.resolve(other))).orElse(null);
        }
        if (holder != null && !holder.equals(name)) {
            throw new InputRejectedException(keyed
                    ? "its translationKey " + article.meta().translationKey() + " in language " + language
                    + " is already given by " + holder + " (content/articles/" + id + ".json); two inputs never give"
                    + " one language of an article: correct this one's lang, or remove one of them"
                    : claim(article) + " is already the identity of the article from " + holder + " (content/articles/"
                    + id + ".json); two inputs never share an article: give this one its own canonical URL, or remove one of them");
        }
        taken.put(identity, name);
        return article;
    }

    /** The input that gave a stored keyed article its text in one language: its source, or a supplied version. */
    private static Optional<Source> inputOf(Article stored, String language) {
        if (TranslationKeys.languageCode(stored).equals(language)) {
            return Optional.ofNullable(stored.source());
        }
        Version version = stored.versions().get(language);
        return version != null && version.isSupplied() ? Optional.of(version.input()) : Optional.empty();
    }

    private static String claim(Article article) {
        String url = article.meta() == null ? null : article.meta().canonicalUrl();
        return url == null ? "its identity" : "its canonical URL " + url;
    }
}
