package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Language;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.StoredInputs;
import dev.mekong.site.TranslationKeys;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * For an inbox whose inputs stay in place (a folder under version control): an article whose input was
 * deleted from the inbox is taken off the site at the next start. Its record is kept in
 * {@code content/retired/}, never deleted. Taking a large part of the site off at once is more likely a
 * wrong inbox than an editor's intent, so it is refused unless the user allows it ({@link Limit}).
 * <p>
 * An article of several inputs linked by translationKey ({@link TranslationKeys}) is retired only when all
 * of them are gone. A supplied version whose input is gone returns its language to translation; when the
 * source's input is gone, the remaining supplied version first by file name becomes the source.
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
     * Retires the stored articles ({@code all}: the inputs of every record in the store) whose inputs are no
     * longer in the inbox and returns their ids; retires nothing and fails, naming the counts and the
     * option, when they are more than the limit allows.
     */
    public static Set<String> retire(ArticleStore store, List<StoredInputs> all, InboxListing inbox, Limit limit, RunLog log) {
        List<StoredInputs> gone = all.stream()
                .filter(a -> a.source() != null && a.all().stream().noneMatch(input -> present(inbox, input)))
                .toList();
        if (!limit.allows(gone.size(), all.size())) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%d of the site's %d articles would be retired because their inputs are not in the inbox %s,"
                            + " more than mekong.retire.max-share=%s allows; check --inbox, or pass --allow-mass-retire"
                            + " if they were really removed", gone.size(), all.size(), inbox.folder(), limit.maxShare()));
        }
        Set<String> retired = new HashSet<>();
        for (StoredInputs inputs : gone) {
            store.find(inputs.id()).ifPresent(store::retire);
            retired.add(inputs.id());
            log.warn(inputs.source().fileName(), inputs.source().fileName() + " is no longer in the inbox: its pages were removed"
                    + " (the record is kept in content/retired/" + inputs.id() + ".json)");
        }
        return retired;
    }

    /**
     * Stores again, from the inputs left, each keyed article ({@code records}: the inputs of the store's
     * records left after {@link #retire}) some of whose inputs are gone, once a translator is at hand.
     */
    public static void relink(ArticleStore store, List<StoredInputs> records, InboxListing inbox, RunLog log,
                              UnaryOperator<Article> retranslate) {
        for (StoredInputs inputs : records) {
            if (inputs.source() != null && !inputs.all().stream().allMatch(input -> present(inbox, input))) {
                store.find(inputs.id()).ifPresent(article -> relink(article, store, inbox, log, retranslate));
            }
        }
    }

    private static void relink(Article article, ArticleStore store, InboxListing inbox, RunLog log, UnaryOperator<Article> retranslate) {
        List<Version> left = suppliedPresent(article, inbox);
        Map<String, Version> versions = new LinkedHashMap<>(article.versions());
        versions.values().removeIf(v -> v.isSupplied() && !present(inbox, v.input()));
        if (present(inbox, article.source())) {
            if (versions.size() == article.versions().size()) {
                return;
            }
            article.versions().values().stream().filter(v -> !versions.containsValue(v)).forEach(v -> log.warn(
                    v.input().fileName() + " is no longer in the inbox: the " + v.lang() + " version of the article from "
                            + article.source().fileName() + " is translated again"));
            store.rewrite(retranslate.apply(article.withVersions(versions)));
            return;
        }
        Version promoted = left.get(0);
        versions.values().remove(promoted);
        Article source = new Article(article.id(), article.slug(), article.revision() + 1, promoted.input(),
                new Language(promoted.lang(), 1.0), article.meta().withTitle(promoted.title()), promoted.blocks(),
                List.of(), versions);
        log.warn(article.source().fileName() + " is no longer in the inbox: the article goes on from "
                + promoted.input().fileName() + ", now its source");
        store.rewrite(retranslate.apply(source));
    }

    /** The article's versions supplied as inputs that are still in the inbox, by file name. */
    private static List<Version> suppliedPresent(Article article, InboxListing inbox) {
        return article.versions().values().stream().filter(v -> v.isSupplied() && present(inbox, v.input()))
                .sorted(Comparator.comparing(v -> v.input().fileName())).toList();
    }

    private static boolean present(InboxListing inbox, Source input) {
        return inbox.contains(input.fileName());
    }
}
