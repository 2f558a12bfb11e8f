package dev.mekong.translate;

import dev.mekong.model.Article;
import dev.mekong.model.Version;

/**
 * The pluggable translation step: produces an article's version in one site language. Chosen by
 * {@code mekong.translator}. An implementation never publishes garbage: when it cannot translate it
 * returns an {@link Version#UNTRANSLATED} version carrying the original text and its language.
 */
public interface Translator {

    /** The name configuration uses to pick this translator. */
    String name();

    /**
     * @param article        the article, with its detected language
     * @param targetLanguage a site language code from {@code mekong.languages} (zh, en, vi, th, es …)
     */
    Version translate(Article article, String targetLanguage);
}
