package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import dev.mekong.translate.apertium.ApertiumServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real engine through the real routes: an English article, site languages en and es (configuration
 * only), Apertium APY as the translator; the Spanish page carries Apertium's Spanish.
 */
@Tag("slow")
class ApertiumPipelineTest {

    @TempDir
    Path work;

    private static final String ARTICLE = """
            Home > City > Council

            City council approves the new budget

            By Ana Lopez | March 3, 2025 08:30

            The city council approved the new budget on Monday.

            The mayor said that twelve new schools will open next year, and that the river park will be cleaned.

            Share this article: Facebook | X | Email
            """;

    @Test
    void englishArticleIsPublishedInSpanish() throws Exception {
        assumeTrue(ApertiumServer.installed(), "apertium-apy and apertium-eng-spa not installed");
        PipelineFixture fixture = new PipelineFixture(work);
        Files.writeString(fixture.inbox.resolve("council-budget.txt"), ARTICLE, StandardCharsets.UTF_8);
        try (ApertiumServer apy = ApertiumServer.start(work)) {
            PipelineFixture.Result result = fixture.run("build", "--translator", "apertium",
                    "-D", "mekong.languages=en,es", "-D", "mekong.translate.apertium.url=" + apy.url(),
                    "-D", "mekong.translate.rate=0");
            assertThat(result.code()).as(result.out() + result.err()).isZero();
        }

        Article article = new ArticleStore(fixture.content).all().get(0);
        assertThat(article.versions().get("en").status()).isEqualTo("source");
        assertThat(article.versions().get("es").status()).isEqualTo("machine");
        assertThat(article.versions().get("es").engine()).isEqualTo("apertium");

        Document es = Jsoup.parse(fixture.site.resolve("es/articles/" + article.slug() + ".html").toFile(), "UTF-8");
        assertThat(es.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(es.body().text()).contains("El ayuntamiento aprobó el presupuesto nuevo el lunes.")
                .contains("El alcalde dijo que doce escuelas nuevas abrirán el año que viene");
        assertThat(es.select("link[rel=alternate][hreflang=en]")).isNotEmpty();
        assertThat(fixture.site.resolve("es/index.html")).exists();
    }
}
