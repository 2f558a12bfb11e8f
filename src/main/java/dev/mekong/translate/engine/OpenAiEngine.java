package dev.mekong.translate.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.util.ULocale;
import dev.mekong.translate.engine.EngineException.Kind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any OpenAI-compatible chat-completions server (OpenAI, Ollama {@code :11434/v1}, vLLM {@code :8000/v1},
 * llama.cpp {@code :8080/v1}); the configured URL includes {@code /v1}. Segments go as a JSON array and
 * must come back as one, same length and order. 429 {@code insufficient_quota} is never retried;
 * 429 {@code rate_limit_exceeded} and 503 are. LLMs may drop or cut text, which the validator catches.
 */
public final class OpenAiEngine extends HttpEngine {

    public static final String NAME = "openai";
    private static final String PROMPT = loadPrompt();

    public OpenAiEngine(EngineSettings settings) {
        super(settings);
    }

    private static String loadPrompt() {
        try (InputStream in = OpenAiEngine.class.getResourceAsStream("/translate/openai-prompt.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String languageName(String tag) {
        return ULocale.forLanguageTag(tag).getDisplayName(ULocale.ENGLISH);
    }

    @Override
    public boolean supports(String sourceTag, String targetTag) {
        return true;
    }

    @Override
    public int maxBatchItems() {
        return 20;
    }

    @Override
    public int maxBatchChars() {
        // Small local models (Ollama's default num_ctx) silently truncate long inputs.
        return Integer.parseInt(settings.extra().getOrDefault("batch-chars", "3000"));
    }

    @Override
    public List<String> translate(List<String> texts, String sourceTag, String targetTag) throws EngineException {
        String system = PROMPT.replace("{source}", languageName(sourceTag)).replace("{target}", languageName(targetTag));
        String user;
        try {
            user = JSON.writeValueAsString(Map.of("segments", texts));
        } catch (JsonProcessingException e) {
            throw new EngineException(Kind.REJECTED, "cannot encode segments");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", settings.model());
        body.put("temperature", Double.parseDouble(settings.extra().getOrDefault("temperature", "0")));
        body.put("response_format", Map.of("type", "json_object"));
        body.put("messages", List.of(Map.of("role", "system", "content", system), Map.of("role", "user", "content", user)));
        Map<String, String> headers = settings.apiKey() == null ? Map.of()
                : Map.of("Authorization", "Bearer " + settings.apiKey());
        JsonNode content = postJson("/chat/completions", body, headers).path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw malformed(name(), "has no choices[0].message.content");
        }
        return parseTranslations(content.asText(), texts.size());
    }

    private List<String> parseTranslations(String content, int expected) throws EngineException {
        String json = content.strip();
        // Some local servers wrap JSON in a Markdown fence despite response_format.
        if (json.startsWith("```")) {
            json = json.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        JsonNode translations;
        try {
            translations = JSON.readTree(json).path("translations");
        } catch (JsonProcessingException e) {
            throw malformed(name(), "content is not the requested JSON object");
        }
        if (!translations.isArray() || translations.size() != expected) {
            throw malformed(name(), "holds " + (translations.isArray() ? translations.size() : 0)
                    + " translations for " + expected + " segments");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode t : translations) {
            if (!t.isTextual()) {
                throw malformed(name(), "holds a non-text translation");
            }
            out.add(t.asText());
        }
        return out;
    }

    @Override
    protected EngineException classify(int status, String body, Duration retryAfter) {
        if (status == 429 && errorCode(body).equals("insufficient_quota")) {
            return new EngineException(Kind.QUOTA, name() + " quota exhausted (insufficient_quota)");
        }
        return super.classify(status, body, retryAfter);
    }

    private static String errorCode(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return error.path("code").asText(error.path("type").asText(""));
        } catch (JsonProcessingException e) {
            return "";
        }
    }
}
