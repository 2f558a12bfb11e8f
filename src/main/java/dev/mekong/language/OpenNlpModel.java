package dev.mekong.language;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenNLP langdetect-183 (103 languages, from the opennlp-models-langdetect artifact), asked only about
 * the languages written in the script the text is in.
 */
final class OpenNlpModel {

    static final String MODEL_RESOURCE = "langdetect-183.bin";

    private final ScriptTable scripts;
    /** LanguageDetectorME keeps no state between calls, but one per thread costs nothing and is safe. */
    private final ThreadLocal<LanguageDetectorME> detector;

    OpenNlpModel(ScriptTable scripts) {
        this.scripts = scripts;
        LanguageDetectorModel model;
        try (InputStream in = Resources.open(MODEL_RESOURCE)) {
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP language model " + MODEL_RESOURCE, e);
        }
        detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /**
     * Probabilities of the model's languages written in the script, renormalised to sum to 1, keyed by
     * BCP-47 tag, best first. Empty when the model has no language in that script.
     */
    Map<String, Double> predict(String text, UnicodeScript script) {
        List<String> candidates = scripts.modelLanguages(script);
        Map<String, Double> result = new LinkedHashMap<>();
        if (candidates.isEmpty()) {
            return result;
        }
        double total = 0;
        for (opennlp.tools.langdetect.Language language : detector.get().predictLanguages(text)) {
            if (scripts.script(language.getLang()) == script) {
                result.merge(scripts.bcp47(language.getLang()), language.getConfidence(), Double::sum);
                total += language.getConfidence();
            }
        }
        double sum = total;
        Map<String, Double> sorted = new LinkedHashMap<>();
        result.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), sum > 0 ? e.getValue() / sum : 0.0));
        return sorted;
    }
}
