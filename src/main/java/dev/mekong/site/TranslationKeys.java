package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Language;
import dev.mekong.model.Version;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Inputs sharing a {@code translationKey} (Markdown front matter, JSON) are one article. The first of them
 * stored is its source (a build reads the inbox in name order, so it is the first by name); it stays the
 * source for as long as its input does. Every other input of the key supplies the version of its
 * {@code lang}: a human translation, stored as {@link Version#REVIEWED}, never replaced by an engine's. An
 * input in the source's language replaces the source (the source file renamed); one in a supplied
 * version's language replaces that version.
 */
public final class TranslationKeys {

    private TranslationKeys() {
    }

    /** True for an input with a translationKey. */
    public static boolean isKeyed(Article article) {
        return article.meta() != null && article.meta().translationKey() != null;
    }

    /** The site language code an input supplies: the primary subtag of its language. */
    public static String languageCode(Article article) {
        Language language = article.language();
        return language == null || language.tag() == null ? Language.UNDETERMINED
                : language.tag().split("-")[0].toLowerCase(Locale.ROOT);
    }

    /** True when the keyed input is (or becomes) the source of the stored article; null: nothing stored yet. */
    public static boolean isSourceOf(Article stored, Article input) {
        return stored == null || stored.source() == null
                || stored.source().fileName().equals(input.source().fileName())
                || languageCode(stored).equals(languageCode(input));
    }

    /** The stored article's versions supplied as inputs, but for the source's own language. */
    public static Map<String, Version> suppliedVersions(Article stored, String sourceLanguage) {
        Map<String, Version> supplied = new LinkedHashMap<>();
        if (stored != null) {
            stored.versions().forEach((code, version) -> {
                if (version.isSupplied() && !code.equals(sourceLanguage)) {
                    supplied.put(code, version);
                }
            });
        }
        return supplied;
    }

    /**
     * The record to store for a keyed input: the input itself when it is the source, with the stored
     * supplied versions kept; else the stored article with the input as the version of its language.
     */
    static Article merge(Article stored, Article input) {
        if (isSourceOf(stored, input)) {
            Map<String, Version> versions = new LinkedHashMap<>(input.versions());
            versions.putAll(suppliedVersions(stored, languageCode(input)));
            return input.withVersions(versions);
        }
        Map<String, Version> versions = new LinkedHashMap<>(stored.versions());
        versions.put(languageCode(input), Version.supplied(input));
        return stored.withVersions(versions);
    }
}
