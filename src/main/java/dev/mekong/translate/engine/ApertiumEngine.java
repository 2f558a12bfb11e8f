package dev.mekong.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.util.ULocale;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Apertium APY: {@code GET /listPairs} → {@code {responseData:[{sourceLanguage, targetLanguage}]}};
 * {@code POST /translate langpair=eng|spa&q=…} → {@code {responseData:{translatedText}}}. Codes are
 * ISO 639-3 (eng, spa), possibly with a variant (eng_US). Unknown words are not marked
 * ({@code markUnknown=no}), and text mode keeps {@code {n}} placeholders where they were.
 */
public final class ApertiumEngine extends HttpEngine {

    public static final String NAME = "apertium";

    private final LanguageListCache<List<String[]>> pairs;

    public ApertiumEngine(EngineSettings settings) {
        super(settings);
        this.pairs = new LanguageListCache<>(this::fetchPairs);
    }

    static String code(String tag) {
        return ULocale.forLanguageTag(tag).getISO3Language();
    }

    private List<String[]> fetchPairs() throws EngineException {
        JsonNode data = get("/listPairs", Map.of()).path("responseData");
        if (!data.isArray()) {
            throw malformed(name(), "/listPairs has no responseData list");
        }
        List<String[]> out = new ArrayList<>();
        data.forEach(p -> out.add(new String[]{p.path("sourceLanguage").asText(), p.path("targetLanguage").asText()}));
        return out;
    }

    /** The installed pair for the languages, preferring the plain target code over a variant. */
    private Optional<String> langPair(String sourceTag, String targetTag) {
        String source = code(sourceTag);
        String target = code(targetTag);
        Optional<List<String[]>> known = pairs.get();
        if (known.isEmpty()) {
            return Optional.of(source + "|" + target);
        }
        String variant = null;
        for (String[] pair : known.get()) {
            if (pair[0].equals(source) && pair[1].equals(target)) {
                return Optional.of(source + "|" + target);
            }
            if (pair[0].equals(source) && pair[1].startsWith(target + "_") && variant == null) {
                variant = source + "|" + pair[1];
            }
        }
        return Optional.ofNullable(variant);
    }

    @Override
    public boolean supports(String sourceTag, String targetTag) {
        return langPair(sourceTag, targetTag).isPresent();
    }

    @Override
    public int maxBatchChars() {
        return Integer.parseInt(settings.extra().getOrDefault("batch-chars", "10000"));
    }

    @Override
    public List<String> translate(List<String> texts, String sourceTag, String targetTag) throws EngineException {
        String pair = langPair(sourceTag, targetTag).orElse(code(sourceTag) + "|" + code(targetTag));
        List<String> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            String form = "langpair=" + URLEncoder.encode(pair, StandardCharsets.UTF_8)
                    + "&markUnknown=no&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
            JsonNode translated = postForm("/translate", form).path("responseData").path("translatedText");
            if (!translated.isTextual()) {
                throw malformed(name(), "has no responseData.translatedText");
            }
            out.add(translated.asText());
        }
        return out;
    }
}
