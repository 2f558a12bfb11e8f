package dev.mekong.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mekong.translate.engine.EngineException.Kind;
import dev.mekong.translate.text.PlaceholderStyle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DeepL API v2: {@code POST /v2/translate} with {@code Authorization: DeepL-Auth-Key K},
 * {@code {text:[≤50], source_lang, target_lang, tag_handling}} → {@code {translations:[{text}]}}.
 * HTTP 456 means the character quota is spent: never retried. Placeholders travel as XML elements with
 * {@code tag_handling=xml}, except for Thai and Vietnamese, for which DeepL offers no tag handling.
 */
public final class DeepLEngine extends HttpEngine {

    public static final String NAME = "deepl";
    private static final int QUOTA_EXCEEDED = 456;
    /** DeepL languages without tag handling: placeholders go as plain {n} text. */
    private static final Set<String> NO_TAG_HANDLING = Set.of("TH", "VI");

    private final LanguageListCache<Set<String>> sources;
    private final LanguageListCache<Set<String>> targets;

    public DeepLEngine(EngineSettings settings) {
        super(settings);
        this.sources = new LanguageListCache<>(() -> fetchLanguages("source"));
        this.targets = new LanguageListCache<>(() -> fetchLanguages("target"));
    }

    static String sourceCode(String tag) {
        return Locale.forLanguageTag(tag).getLanguage().toUpperCase(Locale.ROOT);
    }

    static String targetCode(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String region = locale.getCountry();
        switch (locale.getLanguage()) {
            case "zh":
                return locale.getScript().equals("Hant") || region.equals("TW") || region.equals("HK")
                        ? "ZH-HANT" : "ZH-HANS";
            case "en":
                return region.equals("GB") ? "EN-GB" : "EN-US";
            case "pt":
                return region.equals("PT") ? "PT-PT" : "PT-BR";
            default:
                return locale.getLanguage().toUpperCase(Locale.ROOT);
        }
    }

    private Map<String, String> auth() {
        return settings.apiKey() == null ? Map.of() : Map.of("Authorization", "DeepL-Auth-Key " + settings.apiKey());
    }

    private Set<String> fetchLanguages(String type) throws EngineException {
        JsonNode list = get("/v2/languages?type=" + type, auth());
        if (!list.isArray()) {
            throw malformed(name(), "/v2/languages is not a list");
        }
        Set<String> codes = new HashSet<>();
        list.forEach(l -> codes.add(l.path("language").asText().toUpperCase(Locale.ROOT)));
        return codes;
    }

    @Override
    public boolean supports(String sourceTag, String targetTag) {
        boolean source = sources.get().map(s -> s.contains(sourceCode(sourceTag))).orElse(true);
        String target = targetCode(targetTag);
        String targetPrimary = target.split("-")[0];
        boolean targetOk = targets.get().map(t -> t.contains(target) || t.contains(targetPrimary)).orElse(true);
        return source && targetOk;
    }

    @Override
    public PlaceholderStyle placeholderStyle(String sourceTag, String targetTag) {
        return tagHandling(sourceTag, targetTag) ? PlaceholderStyle.XML : PlaceholderStyle.BRACES;
    }

    private static boolean tagHandling(String sourceTag, String targetTag) {
        return !NO_TAG_HANDLING.contains(sourceCode(sourceTag)) && !NO_TAG_HANDLING.contains(sourceCode(targetTag));
    }

    @Override
    public int maxBatchItems() {
        return 50;
    }

    @Override
    public int maxBatchChars() {
        // Request bodies are capped at 128 KiB; three bytes per character leaves room for JSON.
        return 30_000;
    }

    @Override
    public List<String> translate(List<String> texts, String sourceTag, String targetTag) throws EngineException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", texts);
        body.put("source_lang", sourceCode(sourceTag));
        body.put("target_lang", targetCode(targetTag));
        if (tagHandling(sourceTag, targetTag)) {
            body.put("tag_handling", "xml");
        }
        JsonNode translations = postJson("/v2/translate", body, auth()).path("translations");
        if (!translations.isArray()) {
            throw malformed(name(), "has no translations list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode t : translations) {
            if (!t.path("text").isTextual()) {
                throw malformed(name(), "holds a translation without text");
            }
            out.add(t.path("text").asText());
        }
        return out;
    }

    @Override
    protected EngineException classify(int status, String body, Duration retryAfter) {
        if (status == QUOTA_EXCEEDED) {
            return new EngineException(Kind.QUOTA, name() + " quota exceeded (HTTP 456)");
        }
        return super.classify(status, body, retryAfter);
    }
}
