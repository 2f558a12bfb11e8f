package dev.mekong.translate.engine;

import dev.mekong.translate.engine.EngineException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static dev.mekong.translate.engine.FakeApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Apertium APY: GET /listPairs, /translate with langpair=eng|spa and q. */
class ApertiumEngineTest {

    private static final String PAIRS = "{\"responseData\":[{\"sourceLanguage\":\"eng\",\"targetLanguage\":\"spa\"},"
            + "{\"sourceLanguage\":\"spa\",\"targetLanguage\":\"eng_US\"}],\"responseDetails\":null,\"responseStatus\":200}";

    private final FakeApi api = new FakeApi();
    private final EngineHarness harness = new EngineHarness();
    private final EngineSettings settings = EngineSettings.forTest("apertium", api.url());
    private final ApertiumEngine engine = new ApertiumEngine(settings);

    ApertiumEngineTest() throws Exception {
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void translatesWithThreeLetterPairsAndUnknownWordsUnmarked() throws Exception {
        api.on("/listPairs", json(200, PAIRS));
        api.on("/translate", json(200, "{\"responseData\":{\"translatedText\":\"El ayuntamiento aprobó el presupuesto nuevo el lunes.\"},"
                + "\"responseDetails\":null,\"responseStatus\":200}"));
        List<String> out = harness.manage(engine, settings)
                .translate(List.of("The city council approved the new budget on Monday."), "en", "es");

        assertThat(out).containsExactly("El ayuntamiento aprobó el presupuesto nuevo el lunes.");
        String form = URLDecoder.decode(api.requests("/translate").get(0).body(), StandardCharsets.UTF_8);
        assertThat(form).isEqualTo("langpair=eng|spa&markUnknown=no&q=The city council approved the new budget on Monday.");
    }

    @Test
    void knowsInstalledPairsIncludingVariants() throws Exception {
        api.on("/listPairs", json(200, PAIRS));
        assertThat(engine.supports("en", "es")).isTrue();
        assertThat(engine.supports("es", "en")).isTrue();
        assertThat(engine.supports("en", "th")).isFalse();
        api.on("/translate", json(200, "{\"responseData\":{\"translatedText\":\"Hello\"},\"responseStatus\":200}"));
        harness.manage(engine, settings).translate(List.of("Hola"), "es", "en");
        assertThat(URLDecoder.decode(api.requests("/translate").get(0).body(), StandardCharsets.UTF_8))
                .startsWith("langpair=spa|eng_US&");
        assertThat(api.requests("/listPairs")).hasSize(1);
    }

    @Test
    void anUninstalledPairIsRejectedWithoutRetry() {
        api.on("/listPairs", json(500, "{}"));
        api.on("/translate", json(400, "{\"status\":\"error\",\"code\":400,\"explanation\":\"That pair is not installed\"}"));
        assertThatThrownBy(() -> harness.manage(engine, settings).translate(List.of("hi"), "en", "th"))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
                    assertThat(e.getMessage()).contains("That pair is not installed");
                });
        assertThat(api.requests("/translate")).hasSize(1);
    }

    @Test
    void aBodyWithoutTranslatedTextIsMalformed() {
        api.on("/listPairs", json(200, PAIRS));
        api.on("/translate", json(200, "{\"responseData\":null,\"responseStatus\":200}"));
        assertThatThrownBy(() -> harness.manage(engine, settings).translate(List.of("hi"), "en", "es"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED));
    }
}
