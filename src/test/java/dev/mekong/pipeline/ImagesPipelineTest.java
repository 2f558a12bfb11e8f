package dev.mekong.pipeline;

import dev.mekong.media.TestImages;
import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved page dropped into the inbox with its images beside it ({@code story_files/}): the build copies them
 * into the content folder and the site serves them, with smaller copies, intrinsic sizes and srcset; the lead
 * image is not shown again in the body.
 */
class ImagesPipelineTest {

    @TempDir
    Path work;

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <title>Dam gates open as the river rises</title>
            <link rel="canonical" href="https://news.example/2025/06/dam-gates.html">
            <meta property="og:image" content="https://NEWS.example/img/lead.jpg?w=1200">
            </head><body><article><h1>Dam gates open as the river rises</h1>
            <figure><img src="story_files/lead.jpg"><figcaption>The spillway at dawn</figcaption></figure>
            <p>Operators of the upstream dam opened two more spillway gates on Monday morning after a week of heavy rain \
            raised the reservoir close to its safety limit, the provincial water office said.</p>
            <p>Villages along the lower river were told to move boats and livestock to higher ground before the evening, \
            when the released water is expected to reach the first towns downstream.</p>
            <figure><img src="story_files/levels.png"><figcaption>Water levels by month</figcaption></figure>
            <p>Officials said the level would stay below the flood mark if the rain eased by Wednesday, as forecasters \
            expect, but asked residents to follow the warnings on local radio.</p>
            </article></body></html>
            """;

    @Test
    void aSavedPagesImagesAreServedByTheSiteWithVariantsAndTheLeadOnce() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work);
        byte[] lead = TestImages.image("jpg", 2000, 1000);
        byte[] levels = TestImages.image("png", 700, 400);
        Files.createDirectories(fixture.inbox.resolve("story_files"));
        Files.write(fixture.inbox.resolve("story_files/lead.jpg"), lead);
        Files.write(fixture.inbox.resolve("story_files/levels.png"), levels);
        fixture.drop("story.html", PAGE.getBytes(StandardCharsets.UTF_8));

        PipelineFixture.Result result = fixture.run("build");

        assertThat(result.code()).as(result.out() + result.err()).isZero();
        assertThat(result.out() + result.err()).contains("warnings: 0").doesNotContain("sub-folder");
        String leadHash = sha256(lead);
        String levelsHash = sha256(levels);
        assertThat(fixture.content.resolve("media/" + leadHash + ".jpg")).hasBinaryContent(lead);
        assertThat(fixture.content.resolve("media/" + levelsHash + ".png")).hasBinaryContent(levels);
        Article record = new ArticleStore(fixture.content).all().get(0);
        assertThat(record.meta().image()).isEqualTo("media:" + leadHash + ".jpg#2000x1000");

        String l = leadHash.substring(0, 16);
        String v = levelsHash.substring(0, 16);
        assertThat(fixture.siteFiles("").stream().map(p -> p.getFileName().toString()).filter(n -> n.startsWith(l) || n.startsWith(v)))
                .containsExactlyInAnyOrder(l + ".jpg", l + "-480.jpg", l + "-960.jpg", l + "-1600.jpg", v + ".png", v + "-480.png");
        assertThat(fixture.site.resolve("media/" + l + ".jpg")).hasBinaryContent(lead);

        Path page = fixture.siteFiles(".html").stream().filter(p -> p.toString().contains("/en/articles/")).findFirst().orElseThrow();
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        Element leadImg = doc.selectFirst("img.lead-image");
        assertThat(leadImg.attr("src")).isEqualTo("../../media/" + l + ".jpg");
        assertThat(List.of(leadImg.attr("width"), leadImg.attr("height"))).containsExactly("2000", "1000");
        assertThat(leadImg.attr("srcset")).isEqualTo("../../media/" + l + "-480.jpg 480w, ../../media/" + l + "-960.jpg 960w, "
                + "../../media/" + l + "-1600.jpg 1600w, ../../media/" + l + ".jpg 2000w");
        assertThat(leadImg.attr("sizes")).isNotEmpty();
        assertThat(leadImg.attr("fetchpriority")).isEqualTo("high");
        assertThat(leadImg.hasAttr("loading")).isFalse();
        assertThat(leadImg.attr("alt")).isEqualTo("The spillway at dawn");

        Elements body = doc.select(".article-body img");
        assertThat(body).hasSize(1); // the lead image is not repeated
        Element chart = body.first();
        assertThat(chart.attr("src")).isEqualTo("../../media/" + v + ".png");
        assertThat(List.of(chart.attr("width"), chart.attr("height"), chart.attr("loading"), chart.attr("decoding"), chart.attr("alt")))
                .containsExactly("700", "400", "lazy", "async", "Water levels by month");
        assertThat(chart.attr("srcset")).isEqualTo("../../media/" + v + "-480.png 480w, ../../media/" + v + ".png 700w");
        assertThat(doc.select("meta[property=og:image]").attr("content")).isEqualTo("http://127.0.0.1:8080/media/" + l + ".jpg");
    }

    @Test
    void withCopyingOffRemoteImagesStayLinksAndSavedCopiesGo() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work);
        Files.createDirectories(fixture.inbox.resolve("story_files"));
        Files.write(fixture.inbox.resolve("story_files/lead.jpg"), TestImages.image("jpg", 200, 100));
        Files.write(fixture.inbox.resolve("story_files/levels.png"), TestImages.image("png", 70, 40));
        fixture.drop("story.html", PAGE.getBytes(StandardCharsets.UTF_8));

        PipelineFixture.Result result = fixture.run("build", "-D", "mekong.site.copy-images=false");

        assertThat(result.code()).as(result.out() + result.err()).isZero();
        assertThat(fixture.content.resolve("media")).doesNotExist();
        Path page = fixture.siteFiles(".html").stream().filter(p -> p.toString().contains("/en/articles/")).findFirst().orElseThrow();
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertThat(doc.selectFirst("img.lead-image").attr("src")).isEqualTo("https://NEWS.example/img/lead.jpg?w=1200");
        // the saved copies are not on news.example under those paths: no broken images, the chart's caption stays
        assertThat(doc.select(".article-body img")).isEmpty();
        assertThat(doc.select(".article-body p").eachText()).contains("Water levels by month");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
