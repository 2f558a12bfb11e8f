package dev.mekong.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.translate.engine.EngineException.Kind;
import dev.mekong.translate.text.PlaceholderStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.mekong.translate.engine.FakeApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DeepL v2: POST /v2/translate, DeepL-Auth-Key header, text[], 456 quota, 429/5xx back off. */
class DeepLEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeApi api = new FakeApi();
    private final EngineHarness harness = new EngineHarness();
    private final EngineSettings settings = EngineSettings.forTest("deepl", api.url()).withApiKey("k-123:fx");
    private final DeepLEngine engine = new DeepLEngine(settings);

    DeepLEngineTest() throws Exception {
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void sendsTheDocumentedRequestAndReadsTranslations() throws Exception {
        api.on("/v2/translate", json(200, "{\"translations\":[{\"detected_source_language\":\"EN\",\"text\":\"市议会 <x id=\\\"1\\\"/>\"}]}"));
        List<String> out = harness.manage(engine, settings).translate(List.of("City council <x id=\"1\"/>"), "en", "zh");

        assertThat(out).containsExactly("市议会 <x id=\"1\"/>");
        FakeApi.Request request = api.requests("/v2/translate").get(0);
        assertThat(request.header("Authorization")).isEqualTo("DeepL-Auth-Key k-123:fx");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("text").get(0).asText()).isEqualTo("City council <x id=\"1\"/>");
        assertThat(body.path("source_lang").asText()).isEqualTo("EN");
        assertThat(body.path("target_lang").asText()).isEqualTo("ZH-HANS");
        assertThat(body.path("tag_handling").asText()).isEqualTo("xml");
    }

    @Test
    void thaiAndVietnameseGetNoTagHandlingSoPlaceholdersTravelAsText() throws Exception {
        assertThat(engine.placeholderStyle("en", "th")).isEqualTo(PlaceholderStyle.BRACES);
        assertThat(engine.placeholderStyle("vi", "en")).isEqualTo(PlaceholderStyle.BRACES);
        assertThat(engine.placeholderStyle("en", "zh-Hant")).isEqualTo(PlaceholderStyle.XML);
        api.on("/v2/translate", json(200, "{\"translations\":[{\"text\":\"ok\"}]}"));
        harness.manage(engine, settings).translate(List.of("x {1}"), "en", "th");
        assertThat(JSON.readTree(api.requests("/v2/translate").get(0).body()).has("tag_handling")).isFalse();
    }

    @Test
    void mapsTargetCodes() {
        assertThat(DeepLEngine.targetCode("zh-Hant")).isEqualTo("ZH-HANT");
        assertThat(DeepLEngine.targetCode("zh")).isEqualTo("ZH-HANS");
        assertThat(DeepLEngine.targetCode("en")).isEqualTo("EN-US");
        assertThat(DeepLEngine.targetCode("en-GB")).isEqualTo("EN-GB");
        assertThat(DeepLEngine.targetCode("vi")).isEqualTo("VI");
        assertThat(DeepLEngine.sourceCode("zh-Hans")).isEqualTo("ZH");
    }

    @Test
    void readsSourceAndTargetLanguageListsOnce() {
        api.on("/v2/languages", json(r -> r.query().equals("type=source")
                ? "[{\"language\":\"EN\",\"name\":\"English\"},{\"language\":\"ZH\",\"name\":\"Chinese\"}]"
                : "[{\"language\":\"EN-US\",\"name\":\"English (American)\"},{\"language\":\"ZH-HANS\",\"name\":\"Chinese (simplified)\"}]"));
        assertThat(engine.supports("zh-Hans", "en")).isTrue();
        assertThat(engine.supports("en", "zh")).isTrue();
        assertThat(engine.supports("en", "th")).isFalse();
        assertThat(engine.supports("th", "en")).isFalse();
        assertThat(api.requests("/v2/languages")).hasSize(2);
        assertThat(api.requests("/v2/languages").get(0).header("Authorization")).isEqualTo("DeepL-Auth-Key k-123:fx");
    }

    @Test
    void quotaExceededIsNeverRetriedAndStopsTheEngine() {
        api.on("/v2/translate", json(456, "{\"message\":\"Quota Exceeded\"}"));
        ManagedEngine managed = harness.manage(engine, settings);

        assertThatThrownBy(() -> managed.translate(List.of("x"), "en", "zh"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.QUOTA));
        assertThat(api.requests("/v2/translate")).hasSize(1);
        assertThat(harness.sleeper.waits).isEmpty();
        assertThat(managed.unavailableBecause()).isEqualTo("stopped for this build: deepl quota exceeded (HTTP 456)");
        managed.reset();
        assertThat(managed.unavailableBecause()).isNull();
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServersDelay() throws Exception {
        api.on("/v2/translate", FakeApi.withRetryAfter(429, "1", "{\"message\":\"Too many requests\"}"),
                json(503, "{}"), json(200, "{\"translations\":[{\"text\":\"好\"}]}"));
        assertThat(harness.manage(engine, settings).translate(List.of("good"), "en", "zh")).containsExactly("好");
        assertThat(harness.sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(2));
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnceInsteadOfBlockingTheBuild() {
        api.on("/v2/translate", FakeApi.withRetryAfter(429, "3600", "{}"));
        assertThatThrownBy(() -> harness.manage(engine, settings).translate(List.of("x"), "en", "zh"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RETRYABLE));
        assertThat(harness.sleeper.waits).isEmpty();
        assertThat(api.requests("/v2/translate")).hasSize(1);
    }

    @Test
    void retryWaitsAreBoundedPerBuildAndPastTheBoundTheEngineIsStoppedForTheBuild() {
        // Without a bound: 3 retries of 60 s per request until the circuit opens, a quarter of an hour.
        api.on("/v2/translate", FakeApi.withRetryAfter(429, "60", "{\"message\":\"Too many requests\"}"));
        EngineSettings patient = new EngineSettings("deepl", api.url(), "k-123:fx", null, Duration.ofSeconds(2), 1, 0, 3,
                Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), 5,
                Duration.ofSeconds(60), java.util.Map.of());
        ManagedEngine managed = harness.manage(new DeepLEngine(patient), patient);

        assertThatThrownBy(() -> managed.translate(List.of("x"), "en", "zh"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThatThrownBy(() -> managed.translate(List.of("y"), "en", "zh"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));

        assertThat(harness.sleeper.waits).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60));
        assertThat(api.requests("/v2/translate")).hasSize(3);
        String reason = "retries would wait more than 120 s in this build (mekong.translate.max-wait-ms); "
                + "last error: deepl answered HTTP 429: {\"message\":\"Too many requests\"}";
        assertThat(managed.unavailableBecause()).isEqualTo("stopped for this build: " + reason);
        assertThat(harness.events.toString()).endsWith("stopped: " + reason + ";");
        managed.reset();
        assertThat(managed.unavailableBecause()).isNull();
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndLetsOneCallThroughLater() throws Exception {
        api.on("/v2/translate", json(500, "{}"), json(500, "{}"), json(500, "{}"), json(500, "{}"),
                json(500, "{}"), json(500, "{}"), json(500, "{}"), json(500, "{}"), json(500, "{}"),
                json(200, "{\"translations\":[{\"text\":\"好\"}]}"));
        ManagedEngine managed = harness.manage(engine, settings);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> managed.translate(List.of("x"), "en", "zh")).isInstanceOf(EngineException.class);
        }
        assertThat(api.requests("/v2/translate")).hasSize(9);
        assertThat(harness.events.toString()).endsWith("circuit open;");
        assertThatThrownBy(() -> managed.translate(List.of("x"), "en", "zh"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(api.requests("/v2/translate")).hasSize(9);

        harness.nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(managed.translate(List.of("good"), "en", "zh")).containsExactly("好");
    }
}
