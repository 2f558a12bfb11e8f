package dev.mekong.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mekong.translate.text.PlaceholderStyle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LibreTranslate: {@code POST /translate {q:[…], source, target, format, api_key}} →
 * {@code {translatedText:[…]}}; {@code GET /languages} → {@code [{code, targets}]}. Chinese is
 * {@code zh} (Simplified) and {@code zt} (Traditional). Placeholders travel as empty XML elements in
 * HTML mode, which its HTML handling keeps in place.
 */
public final class LibreTranslateEngine extends HttpEngine {

    public static final String NAME = "libretranslate";

    private final LanguageListCache<Map<String, Set<String>>> targetsBySource;

    public LibreTranslateEngine(EngineSettings settings) {
        super(settings);
        this.targetsBySource = new LanguageListCache<>(this::fetchLanguages);
    }

    static String code(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String language = locale.getLanguage();
        if (language.equals("zh")) {
            String script = locale.getScript();
            String region = locale.getCountry();
            boolean traditional = script.equals("Hant") || (script.isEmpty()
                    && (region.equals("TW") || region.equals("HK") || region.equals("MO")));
            return traditional ? "zt" : "zh";
        }
        return language;
    }

    @Override
    public boolean supports(String sourceTag, String targetTag) {
        return targetsBySource.get()
                .map(m -> m.getOrDefault(code(sourceTag), Set.of()).contains(code(targetTag)))
                .orElse(true);
    }

    private Map<String, Set<String>> fetchLanguages() throws EngineException {
        JsonNode list = get("/languages", Map.of());
        if (!list.isArray()) {
            throw malformed(name(), "/languages is not a list");
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode language : list) {
            Set<String> targets = new HashSet<>();
            language.path("targets").forEach(t -> targets.add(t.asText()));
            out.put(language.path("code").asText(), targets);
        }
        return out;
    }

    @Override
    public PlaceholderStyle placeholderStyle(String sourceTag, String targetTag) {
        return PlaceholderStyle.XML;
    }

    @Override
    public int maxBatchItems() {
        return 25;
    }

    @Override
    public int maxBatchChars() {
        return Integer.parseInt(settings.extra().getOrDefault("batch-chars", "4000"));
    }

    @Override
    public List<String> translate(List<String> texts, String sourceTag, String targetTag) throws EngineException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", texts);
        body.put("source", code(sourceTag));
        body.put("target", code(targetTag));
        body.put("format", "html");
        if (settings.apiKey() != null) {
            body.put("api_key", settings.apiKey());
        }
        JsonNode translated = postJson("/translate", body, Map.of()).path("translatedText");
        if (!translated.isArray()) {
            // A single string comes back when one text was sent as a string; we always send a list.
            throw malformed(name(), "has no translatedText list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode text : translated) {
            if (!text.isTextual()) {
                throw malformed(name(), "translatedText holds a non-text item");
            }
            out.add(text.asText());
        }
        return out;
    }
}
