package dev.mekong.translate.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Version;
import dev.mekong.translate.ChainTranslator;
import dev.mekong.translate.Translators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.mekong.translate.engine.FakeApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The configured translator against fake servers: placeholders over the wire, pivot, fallback on quota. */
class HttpChainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeApi libre = new FakeApi();
    private final FakeApi deepl = new FakeApi();

    @TempDir
    Path content;

    HttpChainTest() throws Exception {
    }

    @AfterEach
    void stop() {
        libre.close();
        deepl.close();
    }

    /** Plays LibreTranslate with a Chinese→English→Thai "model" that maps words and keeps tags. */
    private void libreTranslatesWords() {
        libre.on("/languages", json(200, "[{\"code\":\"en\",\"targets\":[\"th\",\"zh\"]},{\"code\":\"zh\",\"targets\":[\"en\"]}]"));
        libre.on("/translate", json(r -> {
            try {
                JsonNode body = JSON.readTree(r.body());
                StringBuilder out = new StringBuilder("{\"translatedText\":[");
                for (int i = 0; i < body.path("q").size(); i++) {
                    String q = body.path("q").get(i).asText();
                    String t = body.path("target").asText().equals("en")
                            ? q.replace("市议会", "The city council ").replace("批准了预算", "approved the budget")
                            : q.replace("The city council", "สภาเมือง").replace("approved the budget", "อนุมัติงบประมาณ");
                    out.append(i > 0 ? "," : "").append(JSON.writeValueAsString(t));
                }
                return out.append("]}").toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    @Test
    void chineseToThaiPivotsThroughEnglishAndKeepsNumbersAndLinks() throws Exception {
        libreTranslatesWords();
        ChainTranslator translator = Translators.fromSettings(Map.of(
                "mekong.translator", "libretranslate",
                "mekong.translate.libretranslate.url", libre.url(),
                "mekong.translate.rate", "0",
                "mekong.translate.min-chars-ratio", "1000"), Map.of(), content, null);
        Article article = new Article("a", "a", 1, null, new Language("zh-Hans", 0.99), null,
                List.of(Block.paragraph("市议会批准了预算 2025 https://example.org/a")), null, null);

        Version th = translator.translate(article, "th");

        assertThat(th.status()).isEqualTo(Version.MACHINE);
        assertThat(th.engine()).isEqualTo("libretranslate");
        assertThat(th.blocks().get(0).text()).isEqualTo("สภาเมือง อนุมัติงบประมาณ 2025 https://example.org/a");
        List<FakeApi.Request> sent = libre.requests("/translate");
        assertThat(sent).hasSize(2);
        assertThat(JSON.readTree(sent.get(0).body()).path("q").get(0).asText())
                .isEqualTo("市议会批准了预算 <x id=\"1\"/> <x id=\"2\"/>");
        assertThat(JSON.readTree(sent.get(1).body()).path("source").asText()).isEqualTo("en");
    }

    @Test
    void deepLOutOfQuotaFallsBackToLibreTranslateForTheRestOfTheBuild() {
        libreTranslatesWords();
        deepl.on("/v2/languages", json(200, "[{\"language\":\"ZH\"},{\"language\":\"EN-US\"}]"));
        deepl.on("/v2/translate", json(456, "{\"message\":\"Quota Exceeded\"}"));
        ChainTranslator translator = Translators.fromSettings(Map.of(
                "mekong.translator", "deepl,libretranslate",
                "mekong.translate.deepl.url", deepl.url(),
                "mekong.translate.libretranslate.url", libre.url(),
                "mekong.translate.rate", "0",
                "mekong.translate.min-chars-ratio", "1000"), Map.of("DEEPL_AUTH_KEY", "k"), content, null);
        Article article = new Article("a", "a", 1, null, new Language("zh-Hans", 0.99), null,
                List.of(Block.paragraph("市议会批准了预算")), null, null);

        // DeepL is preferred, answers 456 once, and is not asked again in this build.
        Version first = translator.translate(article, "en");
        Version second = translator.translate(article.withIdentity("b", "b", 1)
                .withLanguage(article.language(), List.of(Block.paragraph("市议会批准了预算。"))), "en");

        assertThat(first.engine()).isEqualTo("libretranslate");
        assertThat(second.engine()).isEqualTo("libretranslate");
        assertThat(deepl.requests("/v2/translate")).hasSize(1);
        assertThat(translator.stats().snapshot().engines().get("deepl").stopped()).isEqualTo("deepl quota exceeded (HTTP 456)");
    }

    @Test
    void anEngineThatKeepsAskingToWaitIsStoppedWithinTheBoundAndTheChainMovesOn() {
        libreTranslatesWords();
        deepl.on("/v2/languages", json(200, "[{\"language\":\"ZH\"},{\"language\":\"EN-US\"}]"));
        deepl.on("/v2/translate", FakeApi.withRetryAfter(429, "60", "{\"message\":\"Too many requests\"}"));
        EngineSettings deepLSettings = new EngineSettings("deepl", deepl.url(), "k:fx", null, Duration.ofSeconds(2), 1, 0,
                3, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(90), 5,
                Duration.ofSeconds(60), Map.of());
        EngineSettings libreSettings = EngineSettings.forTest("libretranslate", libre.url());
        EngineHarness clock = new EngineHarness();
        ChainTranslator translator = ChainTranslator.builder("deepl,libretranslate")
                .engine(new DeepLEngine(deepLSettings), deepLSettings)
                .engine(new LibreTranslateEngine(libreSettings), libreSettings)
                .clock(clock.sleeper, clock.nanos::get).build();
        Article article = new Article("a", "a", 1, null, new Language("zh-Hans", 0.99), null,
                List.of(Block.paragraph("市议会批准了预算")), null, null);

        Version first = translator.translate(article, "en");
        Version second = translator.translate(article.withIdentity("b", "b", 1)
                .withLanguage(article.language(), List.of(Block.paragraph("市议会批准了预算。"))), "en");

        assertThat(first.engine()).isEqualTo("libretranslate");
        assertThat(second.engine()).isEqualTo("libretranslate");
        assertThat(clock.sleeper.waits).containsExactly(Duration.ofSeconds(60));
        assertThat(deepl.requests("/v2/translate")).hasSize(2);
        assertThat(translator.stats().snapshot().engines().get("deepl").stopped())
                .startsWith("retries would wait more than 90 s in this build (mekong.translate.max-wait-ms)");
    }
}
