package dev.mekong.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.translate.engine.EngineException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.mekong.translate.engine.FakeApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LibreTranslate's documented shapes: POST /translate {q,source,target,format,api_key}, GET /languages. */
class LibreTranslateEngineTest {

    private static final String LANGUAGES = "[{\"code\":\"en\",\"name\":\"English\",\"targets\":[\"en\",\"th\",\"zh\",\"zt\"]},"
            + "{\"code\":\"zh\",\"name\":\"Chinese\",\"targets\":[\"en\",\"zh\"]},"
            + "{\"code\":\"th\",\"name\":\"Thai\",\"targets\":[\"en\",\"th\"]}]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeApi api = new FakeApi();
    private final EngineHarness harness = new EngineHarness();
    private final EngineSettings settings = EngineSettings.forTest("libretranslate", api.url()).withApiKey("secret-key");
    private final LibreTranslateEngine engine = new LibreTranslateEngine(settings);

    LibreTranslateEngineTest() throws Exception {
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void sendsAListWithMappedCodesHtmlFormatAndKeyAndReadsTheList() throws Exception {
        api.on("/translate", json(200, "{\"translatedText\":[\"สวัสดี <x id=\\\"1\\\"/> โลก\",\"ขอบคุณ\"]}"));
        List<String> out = harness.manage(engine, settings)
                .translate(List.of("你好 <x id=\"1\"/> 世界", "谢谢"), "zh-Hans", "th");

        assertThat(out).containsExactly("สวัสดี <x id=\"1\"/> โลก", "ขอบคุณ");
        JsonNode body = JSON.readTree(api.requests("/translate").get(0).body());
        assertThat(body.path("q").isArray()).isTrue();
        assertThat(body.path("q").get(0).asText()).isEqualTo("你好 <x id=\"1\"/> 世界");
        assertThat(body.path("source").asText()).isEqualTo("zh");
        assertThat(body.path("target").asText()).isEqualTo("th");
        assertThat(body.path("format").asText()).isEqualTo("html");
        assertThat(body.path("api_key").asText()).isEqualTo("secret-key");
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // far above the 300 ms the engine is given
    void aServerThatDripsTheBodyFailsAsATimeoutInsteadOfHoldingTheBuild() {
        api.on("/translate", FakeApi.drip());
        LibreTranslateEngine slow = new LibreTranslateEngine(settings.withTimeout(Duration.ofMillis(300)));

        assertThatThrownBy(() -> slow.translate(List.of("谢谢"), "zh-Hans", "th"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RETRYABLE))
                .hasMessage("libretranslate timed out after 300 ms");
        assertThat(api.requests("/translate")).hasSize(1);
    }

    @Test
    void mapsTraditionalChineseToZt() {
        assertThat(LibreTranslateEngine.code("zh-Hant")).isEqualTo("zt");
        assertThat(LibreTranslateEngine.code("zh-TW")).isEqualTo("zt");
        assertThat(LibreTranslateEngine.code("zh-Hans")).isEqualTo("zh");
        assertThat(LibreTranslateEngine.code("zh")).isEqualTo("zh");
    }

    @Test
    void asksForLanguagesOnceAndKnowsWhichPairsExist() {
        api.on("/languages", json(200, LANGUAGES));
        assertThat(engine.supports("zh-Hans", "en")).isTrue();
        assertThat(engine.supports("zh-Hans", "th")).isFalse();
        assertThat(engine.supports("en", "zh-Hant")).isTrue();
        assertThat(api.requests("/languages")).hasSize(1);
    }

    @Test
    void badRequestIsNotRetried() {
        api.on("/translate", json(400, "{\"error\":\"zh is not supported\"}"));
        assertThatThrownBy(() -> harness.manage(engine, settings).translate(List.of("x"), "zh", "vi"))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
                    assertThat(e.getMessage()).isEqualTo("libretranslate answered HTTP 400: {\"error\":\"zh is not supported\"}");
                });
        assertThat(api.requests("/translate")).hasSize(1);
    }

    @Test
    void forbiddenStopsTheEngineForTheBuildAndNeverLeaksTheKey() {
        api.on("/translate", json(403, "{\"error\":\"Invalid API key\"}"));
        ManagedEngine managed = harness.manage(engine, settings);

        assertThatThrownBy(() -> managed.translate(List.of("x"), "en", "th"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAUTHORIZED))
                .message().doesNotContain("secret-key");
        assertThatThrownBy(() -> managed.translate(List.of("y"), "en", "th"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE));
        assertThat(api.requests("/translate")).hasSize(1);
        assertThat(settings.toString()).doesNotContain("secret-key");
    }

    @Test
    void slowdownHonoursRetryAfterThenSucceeds() throws Exception {
        api.on("/translate", FakeApi.withRetryAfter(429, "2", "{\"error\":\"Slowdown: 30 per 1 minute\"}"),
                json(200, "{\"translatedText\":[\"ok\"]}"));
        assertThat(harness.manage(engine, settings).translate(List.of("x"), "en", "th")).containsExactly("ok");
        assertThat(harness.sleeper.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(harness.events.toString()).isEqualTo("sent 1;retry 1 2000ms;sent 1;");
    }

    @Test
    void serverErrorsBackOffExponentiallyUpToTheCapThenGiveUp() {
        api.on("/translate", json(500, "{\"error\":\"boom\"}"));
        EngineSettings three = settings.withRetries(3);
        assertThatThrownBy(() -> harness.manage(new LibreTranslateEngine(three), three).translate(List.of("x"), "en", "th"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.RETRYABLE));
        // base 1 ms doubled per retry, capped at 5 ms
        assertThat(harness.sleeper.waits).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(4));
        assertThat(api.requests("/translate")).hasSize(4);
    }

    @Test
    void malformedBodyIsNotRetried() {
        api.on("/translate", json(200, "<html>gateway</html>"));
        assertThatThrownBy(() -> harness.manage(engine, settings).translate(List.of("x"), "en", "th"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
        assertThat(api.requests("/translate")).hasSize(1);
    }

    @Test
    void aSingleStringWhereAListIsExpectedIsMalformed() {
        api.on("/translate", json(200, "{\"translatedText\":\"ok\"}"));
        assertThatThrownBy(() -> harness.manage(engine, settings).translate(List.of("x"), "en", "th"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
    }

    @Test
    void aTimeoutIsRetryableAndReported() {
        api.on("/translate", FakeApi.hang());
        EngineSettings quick = settings.withTimeout(Duration.ofMillis(300)).withRetries(0);
        assertThatThrownBy(() -> harness.manage(new LibreTranslateEngine(quick), quick).translate(List.of("x"), "en", "th"))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
                    assertThat(e.getMessage()).isEqualTo("libretranslate timed out after 300 ms");
                });
    }
}
