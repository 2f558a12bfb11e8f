package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real browser over the preview server: every article page in every language, the language switcher
 * followed to each target, the root page's language choice, the search page of every language, the header
 * on a phone, screenshots in target/browser/.
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
        List<Article> articles = new ArrayList<>(SiteFixtures.all());
        articles.add(SiteFixtures.vietnamese());
        articles.add(unbroken());
        new StaticSiteRenderer(SiteConfig.defaults()).render(articles, dir.resolve("site"));
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

    @Test
    void theSearchPageOfEveryLanguageFindsAKnownArticle() throws Exception {
        // Chinese: a pair of characters that ICU splits into two words; Vietnamese typed without diacritics
        Map<String, String[]> searches = new LinkedHashMap<>();
        searches.put("zh", new String[]{"东盟", "zh/articles/" + StaticSiteRendererTest.ZH_PAGE});
        searches.put("en", new String[]{"Hydro data", "en/articles/" + StaticSiteRendererTest.EN_PAGE});
        searches.put("vi", new String[]{"da nang", "vi/articles/da-nang-mo-trung-tam-du-lieu-xanh-5d6e7f80.html"});
        searches.put("th", new String[]{"เศรษฐกิจ", "th/articles/" + StaticSiteRendererTest.TH_PAGE});
        for (Map.Entry<String, String[]> search : searches.entrySet()) {
            Document results = search(search.getKey(), search.getValue()[0]);
            assertThat(results.select("#search-results li.item h2 a").eachAttr("abs:href"))
                    .as(search.getKey() + ": " + search.getValue()[0])
                    .containsExactly(server.uri().resolve(search.getValue()[1]).toString());
            assertThat(results.select("#search-q").val()).isEqualTo(search.getValue()[0]);
        }
        Document none = search("th", "ฟุตบอล");
        assertThat(none.select("#search-results li")).isEmpty();
        assertThat(none.select("#search-results p.empty").text()).isEqualTo("ไม่พบบทความที่ตรงกับการค้นหา");
        Path png = screenshots.resolve("search-th.png");
        chromium.screenshot(server.uri().resolve("th/search.html?q=" + URLEncoder.encode("เศรษฐกิจ",
                StandardCharsets.UTF_8)).toString(), png, 390, 844);
        assertThat(png).isRegularFile();
    }

    private static Document search(String code, String query) throws Exception {
        String url = server.uri().resolve(code + "/search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).toString();
        Chromium.Run run = chromium.dumpDom(url, "--virtual-time-budget=5000");
        assertThat(run.console()).as("console of " + url).isEmpty();
        return Jsoup.parse(run.dom(), url);
    }

    static final String UNBROKEN_PAGE = "th/articles/unbroken-7e7e7e7e.html";

    /** A Thai article with a long URL in its text, a long unspaced Thai run and a publisher name without spaces. */
    private static Article unbroken() {
        String url = "https://www.example-news-agency.co.th/th/news/economy/2025/02/10/digital-economy-plan-announced-today";
        List<Block> blocks = List.of(Block.paragraph("อ่านต่อที่ " + url),
                Block.paragraph("ก".repeat(120)));
        return new Article("7e7e7e7e7e7e7e7e", "unbroken-7e7e7e7e", 1, new Source("004_th.txt", "04", "txt", "UTF-8", 100),
                new Language("th", 0.97), new Metadata("ลิงก์ยาว", "2024-12-01T10:00:00+07:00", url, List.of(), null,
                List.of(), null, null), blocks, List.of(),
                Map.of("th", new Version(Version.SOURCE, null, "th", "ลิงก์ยาว", blocks)));
    }

    /**
     * How a page lays out 390 px wide (an iPhone 12 to 14), measured by a page of the same site framing it:
     * the rows of the switcher, of the site navigation and of the category menu, the height of the switcher
     * and of one line of its text (px), and how far the page's content is wider than it.
     */
    private static Map<String, String> onAPhone(String page) throws Exception {
        Path probe = dir.resolve("site").resolve("probe.html");
        Files.writeString(probe, """
                <!DOCTYPE html><html><body>
                <iframe id="f" src="%s" style="width:390px;height:844px;border:0"></iframe>
                <script>
                document.getElementById("f").addEventListener("load", function () {
                  var d = this.contentDocument;
                  function rows(selector) {
                    var tops = {};
                    d.querySelectorAll(selector).forEach(function (e) { tops[Math.round(e.getBoundingClientRect().top)] = 1; });
                    return String(Object.keys(tops).length);
                  }
                  var switcher = d.querySelector(".switcher ul");
                  document.body.setAttribute("data-switcher", rows(".switcher li"));
                  document.body.setAttribute("data-nav", rows(".site-nav li"));
                  document.body.setAttribute("data-menu", rows(".menu li"));
                  document.body.setAttribute("data-switcher-height", String(Math.round(switcher.getBoundingClientRect().height)));
                  document.body.setAttribute("data-line", String(Math.round(parseFloat(d.defaultView.getComputedStyle(switcher).lineHeight))));
                  document.body.setAttribute("data-overflow", String(d.documentElement.scrollWidth - d.documentElement.clientWidth));
                });
                </script></body></html>
                """.formatted(page));
        Element body = Jsoup.parse(chromium.dumpDom(server.uri().resolve("probe.html").toString(),
                "--virtual-time-budget=5000").dom()).body();
        return Map.of("switcher", body.attr("data-switcher"), "nav", body.attr("data-nav"), "menu", body.attr("data-menu"),
                "switcherHeight", body.attr("data-switcher-height"), "line", body.attr("data-line"),
                "overflow", body.attr("data-overflow"));
    }

    @Test
    void onAPhoneTheLanguageSwitcherAndTheSiteNavigationEachKeepToOneLine() throws Exception {
        for (String code : LANGUAGES) {
            Map<String, String> home = onAPhone(code + "/index.html");
            assertThat(home.get("switcher")).as(code + " switcher rows").isEqualTo("1");
            assertThat(home.get("nav")).as(code + " navigation rows").isEqualTo("1");
            chromium.screenshot(server.uri().resolve(code + "/index.html").toString(),
                    screenshots.resolve("home-" + code + "-390.png"), 390, 844);
        }
    }

    /**
     * An article page in every language: the Chinese original, whose English, Vietnamese and Thai versions are
     * untranslated, so three switcher entries carry a note; the notes are for screen readers only on a phone
     * (the links' description), and the switcher stays one line high.
     */
    @Test
    void onAPhoneAnArticlePageKeepsItsHeaderRowsAndTheSwitcherToOneLineInEveryLanguage() throws Exception {
        for (String code : LANGUAGES) {
            String page = code + "/articles/" + StaticSiteRendererTest.ZH_PAGE;
            Map<String, String> phone = onAPhone(page);
            assertThat(phone.get("switcher")).as(code + " switcher rows").isEqualTo("1");
            assertThat(phone.get("nav")).as(code + " navigation rows").isEqualTo("1");
            assertThat(phone.get("menu")).as(code + " menu rows").isEqualTo("1");
            int line = Integer.parseInt(phone.get("line"));
            assertThat(line).as(code + " line height").isBetween(20, 40);
            // a language name in Thai or Vietnamese has a taller line than the page's language: under 1.5 lines
            assertThat(Integer.parseInt(phone.get("switcherHeight"))).as(code + " switcher height, one line " + line + " px")
                    .isLessThan(line * 3 / 2);
            assertThat(phone.get("overflow")).as(code + " horizontal overflow").isEqualTo("0");
            chromium.screenshot(server.uri().resolve(page).toString(), screenshots.resolve("article-" + code + "-390.png"), 390, 844);
        }
        Document en = Jsoup.parse(chromium.dumpDom(server.uri().resolve("en/articles/" + StaticSiteRendererTest.ZH_PAGE).toString()).dom());
        assertThat(en.select("nav.switcher a.untranslated").eachAttr("aria-describedby"))
                .containsExactly("untranslated-vi", "untranslated-th");
        assertThat(en.select("#untranslated-vi").text()).isEqualTo("(not translated yet)");
    }

    @Test
    void onAPhoneLongUrlsAndThaiRunsWrapInsideTheColumn() throws Exception {
        assertThat(onAPhone(UNBROKEN_PAGE).get("overflow")).isEqualTo("0");
        chromium.screenshot(server.uri().resolve(UNBROKEN_PAGE).toString(), screenshots.resolve("unbroken-th-390.png"), 390, 1200);
    }
}
