package dev.mekong.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.translate.engine.EngineException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.mekong.translate.engine.FakeApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OpenAI-compatible chat completions: POST {base}/chat/completions, choices[0].message.content. */
class OpenAiEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeApi api = new FakeApi();
    private final EngineHarness harness = new EngineHarness();
    private final EngineSettings settings = EngineSettings.forTest("openai", api.url() + "/v1")
            .withApiKey("sk-test").withModel("qwen2.5:7b");
    private final OpenAiEngine engine = new OpenAiEngine(settings);

    OpenAiEngineTest() throws Exception {
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static String completion(String content) throws Exception {
        return "{\"id\":\"c1\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
                + "\"content\":" + JSON.writeValueAsString(content) + "},\"finish_reason\":\"stop\"}]}";
    }

    @Test
    void sendsModelMessagesAndJsonFormatAndReadsTheArrayBack() throws Exception {
        api.on("/v1/chat/completions", json(200, completion("{\"translations\":[\"Hội đồng {1}\",\"Cảm ơn\"]}")));
        List<String> out = harness.manage(engine, settings).translate(List.of("议会 {1}", "谢谢"), "zh-Hans", "vi");

        assertThat(out).containsExactly("Hội đồng {1}", "Cảm ơn");
        FakeApi.Request request = api.requests("/v1/chat/completions").get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer sk-test");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("model").asText()).isEqualTo("qwen2.5:7b");
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(0).path("content").asText())
                .contains("from Chinese (Simplified) into Vietnamese").contains("{1}");
        assertThat(JSON.readTree(body.path("messages").get(1).path("content").asText()).path("segments").get(1).asText())
                .isEqualTo("谢谢");
    }

    @Test
    void aFencedJsonAnswerFromALocalModelIsAccepted() throws Exception {
        api.on("/v1/chat/completions", json(200, completion("```json\n{\"translations\":[\"Xin chào\"]}\n```")));
        assertThat(harness.manage(engine, settings).translate(List.of("你好"), "zh", "vi")).containsExactly("Xin chào");
    }

    @Test
    void aMissingTranslationIsMalformedNotPublished() throws Exception {
        api.on("/v1/chat/completions", json(200, completion("{\"translations\":[\"Xin chào\"]}")));
        assertThatThrownBy(() -> harness.manage(engine, settings).translate(List.of("你好", "谢谢"), "zh", "vi"))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
                    assertThat(e.getMessage()).isEqualTo("openai response holds 1 translations for 2 segments");
                });
    }

    @Test
    void proseInsteadOfJsonIsMalformed() throws Exception {
        api.on("/v1/chat/completions", json(200, completion("Sure! Here is the translation: Xin chào")));
        assertThatThrownBy(() -> harness.manage(engine, settings).translate(List.of("你好"), "zh", "vi"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
    }

    @Test
    void insufficientQuotaIsNeverRetried() {
        api.on("/v1/chat/completions", json(429, "{\"error\":{\"message\":\"You exceeded your current quota\","
                + "\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"));
        ManagedEngine managed = harness.manage(engine, settings);
        assertThatThrownBy(() -> managed.translate(List.of("x"), "en", "vi"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.QUOTA));
        assertThat(api.requests("/v1/chat/completions")).hasSize(1);
        assertThat(harness.sleeper.waits).isEmpty();
        assertThat(managed.unavailableBecause()).startsWith("stopped for this build");
    }

    @Test
    void rateLimitAndOverloadAreRetriedAfterRetryAfter() throws Exception {
        api.on("/v1/chat/completions",
                FakeApi.withRetryAfter(429, "1", "{\"error\":{\"code\":\"rate_limit_exceeded\"}}"),
                FakeApi.withRetryAfter(503, "2", "{\"error\":{\"message\":\"overloaded\"}}"),
                json(200, completion("{\"translations\":[\"ok\"]}")));
        assertThat(harness.manage(engine, settings).translate(List.of("x"), "en", "vi")).containsExactly("ok");
        assertThat(harness.sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aResponseWithoutChoicesIsMalformed() {
        api.on("/v1/chat/completions", json(200, "{\"object\":\"error\"}"));
        assertThatThrownBy(() -> harness.manage(engine, settings).translate(List.of("x"), "en", "vi"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
    }
}
