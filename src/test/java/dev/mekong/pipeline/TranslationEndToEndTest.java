package dev.mekong.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        // the memory, all of it written by this build, was compacted beside the render before the build ended
        Path memory = fixture.content.resolve("translation-memory.jsonl");
        Path copy = work.resolve("memory-copy.jsonl");
        Files.copy(memory, copy);
        dev.mekong.translate.memory.TranslationMemory.open(copy).compact();
        assertThat(Files.readAllBytes(memory)).isEqualTo(Files.readAllBytes(copy));

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
        // unchanged inputs are not read again and the site is not rendered: the summary says what was sent
        assertThat(second.out()).contains("translation: pseudo: 0 characters sent in 0 requests");
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

    private static final String FERRY = """
            Ferry service returns to the harbour

            The city council approved the new ferry timetable on Monday after a long debate about costs.

            Boats will leave every twenty minutes from the old pier, harbour officials said on Tuesday.
            """;

    /**
     * A LibreTranslate-shaped server on 127.0.0.1 that translates only the ferry title into Thai, echoes
     * the paragraph about boats and answers the rest in Latin letters (ROT13); for other languages it
     * echoes everything.
     */
    private static HttpServer badThaiEngine() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ObjectMapper json = new ObjectMapper();
        server.createContext("/translate", exchange -> {
            JsonNode request = json.readTree(exchange.getRequestBody());
            List<String> out = new ArrayList<>();
            for (JsonNode q : request.path("q")) {
                String text = q.asText();
                boolean thai = request.path("target").asText().equals("th");
                out.add(!thai || text.startsWith("Boats") ? text
                        : text.startsWith("Ferry service") ? "บริการเรือข้ามฟากกลับมาที่ท่าเรือ" : rot13(text));
            }
            byte[] body = json.writeValueAsBytes(Map.of("translatedText", out));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        });
        server.start();
        return server;
    }

    private static String rot13(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 'a' && c <= 'z' ? (char) ('a' + (c - 'a' + 13) % 26)
                    : c >= 'A' && c <= 'Z' ? (char) ('A' + (c - 'A' + 13) % 26) : c);
        }
        return out.toString();
    }

    @Test
    void rejectedSegmentsAreWarnedAboutAndTheVersionIsPublishedAsPartialAndNotIndexed() throws IOException {
        PipelineFixture fixture = new PipelineFixture(work);
        fixture.drop("ferry.txt", FERRY.getBytes(StandardCharsets.UTF_8));
        HttpServer engine = badThaiEngine();
        PipelineFixture.Result result;
        try {
            result = fixture.run("build", "--translator", "libretranslate",
                    "-D", "mekong.translate.libretranslate.url=http://127.0.0.1:" + engine.getAddress().getPort(),
                    "-D", "mekong.translate.rate=0");
        } finally {
            engine.stop(0);
        }

        assertThat(result.code()).as(result.out() + result.err()).isZero();
        String warning = "translation: libretranslate → th: 2 of 3 segments rejected (echo 1, wrong script 1); "
                + "those segments stay untranslated (the original is shown)";
        assertThat(result.out()).contains("warning: " + warning + "\n");
        JsonNode summary = new ObjectMapper().readTree(fixture.site.resolve("_report/summary.json").toFile());
        assertThat(summary.path("warnings").toString()).contains(warning);

        Article article = new ArticleStore(fixture.content).all().get(0);
        assertThat(article.versions().get("th").status()).isEqualTo("partial");
        Document th = Jsoup.parse(fixture.site.resolve("th/articles/" + article.slug() + ".html").toFile(), "UTF-8");
        assertThat(th.select("meta[name=robots][content*=noindex]")).isNotEmpty();
        assertThat(th.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(th.select("p.notice.partial").text())
                .isEqualTo("แปลบางส่วน บางส่วนของบทความนี้ไม่สามารถแปลเป็นไทยได้ ส่วนนั้นจึงแสดงเป็นภาษาต้นฉบับ "
                        + "อ่านต้นฉบับ (อังกฤษ)");
        assertThat(th.select("p.notice.machine")).isEmpty();
        Document en = Jsoup.parse(fixture.site.resolve("en/articles/" + article.slug() + ".html").toFile(), "UTF-8");
        assertThat(en.select("link[rel=alternate][hreflang=en]")).isNotEmpty();
        assertThat(en.select("link[rel=alternate][hreflang=th]")).isEmpty();
        assertThat(dev.mekong.site.SiteFiles.sitemap(fixture.site)).contains("/en/articles/" + article.slug())
                .doesNotContain("/th/articles/");
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
