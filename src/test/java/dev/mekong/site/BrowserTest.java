package dev.mekong.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real browser over the preview server: every article page in every language, the language switcher
 * followed to each target, the root page's language choice, screenshots in target/browser/.
 */
@Tag("slow")
class BrowserTest {

    static final List<String> LANGUAGES = List.of("zh", "en", "vi", "th");

    @TempDir
    static Path dir;
    static Chromium chromium;
    static PreviewServer server;
    static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.find(dir);
        assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium)");
        new StaticSiteRenderer(SiteConfig.defaults()).render(SiteFixtures.all(), dir.resolve("site"));
        server = PreviewServer.start(dir.resolve("site"), 0);
        screenshots = Path.of(System.getProperty("mekong.project.dir", "."), "target", "browser");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void articlePagesAndTheLanguageSwitcherWorkInABrowser() throws Exception {
        for (String page : List.of(StaticSiteRendererTest.ZH_PAGE, StaticSiteRendererTest.EN_PAGE,
                StaticSiteRendererTest.TH_PAGE)) {
            Map<String, Document> doms = new LinkedHashMap<>();
            Map<String, String> targets = new LinkedHashMap<>();
            for (String code : LANGUAGES) {
                URI url = server.uri().resolve(code + "/articles/" + page);
                Chromium.Run run = chromium.dumpDom(url.toString());
                assertThat(run.console()).as("console of " + url).isEmpty();
                Document dom = Jsoup.parse(run.dom(), url.toString());
                doms.put(url.toString(), dom);
                assertThat(dom.select("html").attr("lang")).as(url.toString()).isEqualTo(code);
                assertThat(dom.select("h1")).as(url.toString()).hasSize(1);
                List<Element> switcher = dom.select("nav.switcher li");
                assertThat(switcher).hasSize(LANGUAGES.size());
                for (Element link : dom.select("nav.switcher a[href]")) {
                    targets.put(link.absUrl("href"), link.attr("hreflang"));
                    assertThat(link.attr("lang")).isEqualTo(link.attr("hreflang"));
                }
            }
            assertThat(targets).hasSize(LANGUAGES.size());
            // Following the switcher lands on the same article, in the language the link promised.
            for (Map.Entry<String, String> target : targets.entrySet()) {
                Document landed = doms.containsKey(target.getKey()) ? doms.get(target.getKey())
                        : Jsoup.parse(chromium.dumpDom(target.getKey()).dom(), target.getKey());
                assertThat(landed.select("html").attr("lang")).as(target.getKey()).isEqualTo(target.getValue());
                assertThat(landed.select("link[rel=canonical]").attr("href")).endsWith("/articles/" + page);
            }
        }
    }

    @Test
    void screenshotsOfTheChineseArticleInEveryLanguage() throws Exception {
        for (String code : LANGUAGES) {
            Path png = screenshots.resolve("article-" + code + ".png");
            Files.deleteIfExists(png);
            chromium.screenshot(server.uri().resolve(code + "/articles/" + StaticSiteRendererTest.ZH_PAGE).toString(), png);
            assertThat(png).isRegularFile();
            byte[] bytes = Files.readAllBytes(png);
            assertThat(bytes.length).isGreaterThan(10_000);
            assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
        Path thaiOriginal = screenshots.resolve("article-th-original.png");
        chromium.screenshot(server.uri().resolve("th/articles/" + StaticSiteRendererTest.TH_PAGE).toString(), thaiOriginal);
        assertThat(thaiOriginal).isRegularFile();
    }

    @Test
    void rootPageSendsTheReaderToTheirLanguage() throws Exception {
        for (String accept : List.of("vi-VN,vi,en", "th", "en-GB,en", "fr,zh-CN")) {
            Chromium.Run run = chromium.dumpDom(server.uri().toString(), "--accept-lang=" + accept);
            assertThat(run.console()).isEmpty();
            String expected = accept.startsWith("fr") ? "zh" : accept.substring(0, 2);
            assertThat(Jsoup.parse(run.dom()).select("html").attr("lang")).as(accept).isEqualTo(expected);
        }
        // A language the site lacks falls back to the default language.
        Chromium.Run german = chromium.dumpDom(server.uri().toString(), "--accept-lang=de");
        assertThat(Jsoup.parse(german.dom()).select("html").attr("lang")).isEqualTo("zh");
    }
}
