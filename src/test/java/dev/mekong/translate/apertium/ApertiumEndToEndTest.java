package dev.mekong.translate.apertium;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Version;
import dev.mekong.translate.ChainTranslator;
import dev.mekong.translate.Translators;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real engine end to end: starts Apertium APY (Debian packages apertium-apy and apertium-eng-spa) on
 * a free port, translates an English article to Spanish through the configured translator, stops APY.
 */
@Tag("slow")
class ApertiumEndToEndTest {

    @TempDir
    Path content;

    @Test
    void translatesAnEnglishArticleToSpanish() throws Exception {
        assumeTrue(ApertiumServer.installed(), "apertium-apy and apertium-eng-spa not installed");
        try (ApertiumServer apy = ApertiumServer.start(content)) {
            ChainTranslator translator = Translators.fromSettings(Map.of(
                    "mekong.translator", "apertium",
                    "mekong.translate.apertium.url", apy.url(),
                    "mekong.translate.rate", "0"), Map.of(), content, null);
            Article article = new Article("e2e", "council", 1, null, new Language("en", 0.99),
                    new Metadata("The city council approved the new budget", null, null, null, null, null, null, null),
                    List.of(Block.paragraph("The city council approved the new budget on Monday."),
                            Block.paragraph("The mayor said that 12 new schools will open in 2026.")), null, null);

            Version es = translator.translate(article, "es");

            assertThat(es.status()).isEqualTo(Version.MACHINE);
            assertThat(es.engine()).isEqualTo("apertium");
            assertThat(es.lang()).isEqualTo("es");
            assertThat(es.blocks().get(0).text()).isEqualTo("El ayuntamiento aprobó el presupuesto nuevo el lunes.");
            assertThat(es.blocks().get(1).text()).contains("alcalde").contains("12").contains("2026").contains("escuelas");
            long sent = translator.stats().snapshot().charactersSent();
            assertThat(sent).isPositive();

            translator.newBuild();
            assertThat(translator.translate(article, "es")).isEqualTo(es);
            assertThat(translator.stats().snapshot().charactersSent()).isZero();
        }
    }
}
