package dev.mekong.pipeline;

import dev.mekong.ingest.FieldCleaner;
import dev.mekong.model.Article;
import dev.mekong.model.Version;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.TranslationKeys;
import dev.mekong.translate.Translator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives an article one version per site language, using the configured translator. What an engine (or the
 * translation memory, or a reviewer) returns is cleaned like extracted text ({@link FieldCleaner}): a
 * control character in a translated title would make the feeds invalid XML. A version supplied as an
 * input of its own (a human translation linked by translationKey, {@link TranslationKeys}) is kept and
 * never sent to an engine; such an input is itself not translated: it is stored as that version. Nor is
 * a language sent whose human translation waits in the inbox ({@link PendingVersions}): it is untranslated
 * until that input is read, a moment later.
 */
public class TranslateStep {

    private final Translator translator;
    private final List<String> languages;
    private final ArticleStore store;
    private final PendingVersions pending;

    public TranslateStep(Translator translator, List<String> languages, ArticleStore store, PendingVersions pending) {
        this.translator = translator;
        this.languages = List.copyOf(languages);
        this.store = store;
        this.pending = pending;
    }

    /**
     * A translation worker's step (mekong.transport=jms, the worker command): translates only, knowing no
     * store and no inbox; the ingest node has put the human versions into the record ({@link #prepare}).
     */
    public TranslateStep(Translator translator, List<String> languages) {
        this(translator, languages, null, null);
    }

    /** Both halves at once: {@link #prepare}, then {@link #complete} when {@link #translates} says so. */
    public Article apply(Article article) {
        Article prepared = prepare(article);
        return translates(prepared) ? complete(prepared) : prepared;
    }

    /**
     * On the ingest node, before the translation stage: the versions given by people (inputs linked by
     * translationKey, and untranslated ones for languages whose input waits in the inbox) go into the
     * record, so that the translation stage needs neither the store nor the inbox. An unkeyed article starts
     * with no version at all.
     */
    public Article prepare(Article article) {
        if (!TranslationKeys.isKeyed(article)) {
            return article.withVersions(Map.of());
        }
        Article stored = store.find(ArticleStore.idOf(article)).orElse(null);
        if (!TranslationKeys.isSourceOf(stored, article)) {
            return article;
        }
        String sourceLanguage = TranslationKeys.languageCode(article);
        Map<String, Version> given = TranslationKeys.suppliedVersions(stored, sourceLanguage);
        Map<String, Version> supplied = new LinkedHashMap<>();
        // the inbox is only looked at for a site language no person has supplied yet: finding the inputs
        // that wait there reads every structured input's key (seconds in an inbox of 40,000), and the
        // supplied versions win over what it finds anyway (an edited source of a translated article)
        boolean everyLanguageGiven = languages.stream().allMatch(l -> l.equals(sourceLanguage) || given.containsKey(l));
        if (!everyLanguageGiven) {
            for (String language : pending.languages(article.meta().translationKey(), article.source().fileName())) {
                if (!language.equals(sourceLanguage)) {
                    supplied.put(language, untranslated(article));
                }
            }
        }
        supplied.putAll(given);
        return article.withVersions(supplied);
    }

    /**
     * Whether the prepared article goes to the translation stage: every article but an input linked by
     * translationKey that is not its article's source (it is stored as the version of its language).
     */
    public boolean translates(Article article) {
        if (!TranslationKeys.isKeyed(article)) {
            return true;
        }
        return TranslationKeys.isSourceOf(store.find(ArticleStore.idOf(article)).orElse(null), article);
    }

    /** The translation stage: one version per site language, the versions already in the record kept. */
    public Article complete(Article article) {
        return translate(article, article.versions());
    }

    /** The original text in place of a translation, as an engine-less translator gives it. */
    private static Version untranslated(Article article) {
        return new Version(Version.UNTRANSLATED, null, article.language() == null ? null : article.language().tag(),
                article.title(), article.blocks());
    }

    /** A record translated again with the versions supplied in it kept (its inputs changed). */
    public Article retranslate(Article record) {
        return translate(record, TranslationKeys.suppliedVersions(record, TranslationKeys.languageCode(record)));
    }

    /** One version per site language: the given one where there is one, else the translator's. */
    private Article translate(Article article, Map<String, Version> given) {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (String language : languages) {
            Version human = given.get(language);
            versions.put(language, human != null ? human : FieldCleaner.clean(translator.translate(article, language)));
        }
        return article.withVersions(versions);
    }
}
