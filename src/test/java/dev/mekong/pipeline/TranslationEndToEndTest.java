package dev.mekong.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The translate route with a real engine setting: the pseudo engine, through build, memory and report. */
class TranslationEndToEndTest {

    @TempDir
    Path work;

    @Test
    void pseudoTranslationIsPublishedLabelledAndNeverPaidForTwice() throws IOException {
        PipelineFixture fixture = new PipelineFixture(work).withSeeds();

        PipelineFixture.Result first = fixture.run("build", "--translator", "pseudo");
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        long sentFirst = charactersSent(fixture);

        Article article = new ArticleStore(fixture.content).all().stream()
                .filter(a -> a.source().fileName().startsWith("000_")).findFirst().orElseThrow();
        assertThat(article.versions().get("zh").status()).isEqualTo("source");
        assertThat(article.versions().get("en").status()).isEqualTo("machine");
        assertThat(article.versions().get("en").engine()).isEqualTo("pseudo");
        Document en = Jsoup.parse(fixture.site.resolve("en/articles/" + article.slug() + ".html").toFile(), "UTF-8");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("link[rel=alternate][hreflang=zh]")).isNotEmpty();
        assertThat(en.select("meta[name=robots][content*=noindex]")).isEmpty();
        assertThat(sentFirst).isPositive();

        PipelineFixture.Result second = fixture.run("build", "--translator", "pseudo");
        assertThat(second.code()).isZero();
        assertThat(charactersSent(fixture)).isZero();
        assertThat(fixture.content.resolve("translation-memory.jsonl")).isNotEmptyFile();
    }

    @Test
    void dryRunCountsWhatARemoteEngineWouldBeSentAndSendsNothing() throws IOException {
        PipelineFixture fixture = new PipelineFixture(work).withSeeds();

        // nothing listens on the discard port: any real request would fail the engine
        PipelineFixture.Result result = fixture.run("build", "--translator", "libretranslate", "--dry-run",
                "-D", "mekong.translate.libretranslate.url=http://127.0.0.1:9");

        assertThat(result.code()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).containsPattern("translation: libretranslate: 0 characters sent in 0 requests, [0-9,]+ characters would be sent \\(dry run\\)");
        assertThat(charactersSent(fixture)).isZero();
        Article article = new ArticleStore(fixture.content).all().get(0);
        assertThat(article.versions().values()).extracting(v -> v.status()).doesNotContain("machine");
    }

    /** Characters the last build sent to engines, from the report's JSON summary. */
    private static long charactersSent(PipelineFixture fixture) throws IOException {
        JsonNode summary = new ObjectMapper().readTree(fixture.site.resolve("_report/summary.json").toFile());
        long total = 0;
        for (JsonNode engine : summary.path("translation")) {
            total += engine.path("charactersSent").asLong();
        }
        return total;
    }
}
