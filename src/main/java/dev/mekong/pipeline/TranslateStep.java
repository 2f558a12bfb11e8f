package dev.mekong.pipeline;

import dev.mekong.ingest.FieldCleaner;
import dev.mekong.model.Article;
import dev.mekong.model.Version;
import dev.mekong.translate.Translator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives an article one version per site language, using the configured translator. What an engine (or the
 * translation memory, or a reviewer) returns is cleaned like extracted text ({@link FieldCleaner}): a
 * control character in a translated title would make the feeds invalid XML.
 */
public class TranslateStep {

    private final Translator translator;
    private final List<String> languages;

    public TranslateStep(Translator translator, List<String> languages) {
        this.translator = translator;
        this.languages = List.copyOf(languages);
    }

    public Article apply(Article article) {
        Map<String, Version> versions = new LinkedHashMap<>();
        for (String language : languages) {
            versions.put(language, FieldCleaner.clean(translator.translate(article, language)));
        }
        return article.withVersions(versions);
    }
}
