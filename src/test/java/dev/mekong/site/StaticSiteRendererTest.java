package dev.mekong.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.mekong.site.SiteFiles.html;
import static org.assertj.core.api.Assertions.assertThat;

class StaticSiteRendererTest {

    static final String ZH_PAGE = "jing-ji-guan-cha-zhong-guo-dong-meng-xie-shou-da-zao-shu-zi-a1b2c3d4.html";
    static final String EN_PAGE = "laos-opens-hydro-powered-data-centre-0f1e2d3c.html";
    static final String TH_PAGE = "thiy-prakas-phaen-sers-thkic-dicithal-9a8b7c6d.html";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void render() throws IOException {
        site = dir.resolve("site");
        BuildSummary summary = new BuildSummary(
                List.of(new BuildSummary.Quarantined("garbage.bin", "not text: 38% control bytes")),
                List.of("translator offline: versions left untranslated"));
        new StaticSiteRenderer(SiteConfig.defaults()).render(new SiteBuild(SiteFixtures.all(), summary), site);
    }

    @Test
    void urlsFollowTheLayout() {
        for (String code : List.of("zh", "en", "vi", "th")) {
            for (String page : List.of("index.html", "articles/" + ZH_PAGE, "articles/" + EN_PAGE,
                    "articles/" + TH_PAGE, "archive/index.html", "archive/2025-01.html", "404.html", "rss.xml",
                    "atom.xml", "category/cai-jing/index.html", "category/cai-jing/jing-ji-guan-cha/index.html",
                    "category/business/index.html")) {
                assertThat(site.resolve(code + "/" + page)).isRegularFile();
            }
        }
        for (String page : List.of("index.html", "404.html", "sitemap.xml", "robots.txt", "assets/site.css",
                "_report/index.html", "_report/summary.json", "_report/chart.svg")) {
            assertThat(site.resolve(page)).isRegularFile();
        }
    }

    @Test
    void everyPageHasItsLanguageOneH1AndNoParseErrors() throws IOException {
        for (String path : SiteFiles.all(site, ".html")) {
            Document page = html(site, path);
            assertThat(page.select("html").attr("lang")).as(path).isNotBlank();
            assertThat(page.select("h1")).as(path).hasSize(1);
            org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(50);
            org.jsoup.Jsoup.parse(Files.readString(site.resolve(path)), "", parser);
            assertThat(parser.getErrors()).as(path).isEmpty();
            if (!path.equals("index.html") && !path.startsWith("_report/")) {
                assertThat(page.select("main#main")).as(path).hasSize(1);
                assertThat(page.select("a.skip-link[href=#main]")).as(path).hasSize(1);
                assertThat(page.select("header nav.switcher")).as(path).hasSize(1);
            }
            String lang = path.contains("/") && !path.startsWith("_report/") && !path.startsWith("assets/")
                    ? path.substring(0, path.indexOf('/')) : null;
            if (lang != null) {
                assertThat(page.select("html").attr("lang")).as(path).isEqualTo(lang);
            }
        }
    }

    @Test
    void untranslatedVersionShowsTheOriginalInItsLanguageWithNoticeAndNoindex() throws IOException {
        Document page = html(site, "en/articles/" + ZH_PAGE);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").attr("lang")).isEqualTo("zh-Hans");
        assertThat(page.select("div.article-body").attr("lang")).isEqualTo("zh-Hans");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://127.0.0.1:8080/en/articles/" + ZH_PAGE);
        Element notice = page.selectFirst("p.notice.untranslated");
        assertThat(notice.text()).startsWith("This article has not been translated into English yet");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo("../../zh/articles/" + ZH_PAGE);
        assertThat(notice.attr("lang")).isEmpty();
    }

    @Test
    void originalHasAlternatesOnlyForTranslatedVersions() throws IOException {
        Document zh = html(site, "zh/articles/" + ZH_PAGE);
        assertThat(zh.select("meta[name=robots]")).isEmpty();
        assertThat(zh.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("zh", "x-default");
        assertThat(zh.select("h1").attr("lang")).isEmpty();
        assertThat(zh.select("div.article-body").attr("lang")).isEmpty();

        Document en = html(site, "en/articles/" + EN_PAGE);
        assertThat(en.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("zh", "en", "x-default");
        assertThat(en.select("link[rel=alternate][hreflang=x-default]").attr("href"))
                .isEqualTo("http://127.0.0.1:8080/zh/articles/" + EN_PAGE);
        assertThat(en.select("p.notice")).isEmpty();
    }

    @Test
    void machineTranslationIsLabelledAndLinksTheOriginal() throws IOException {
        Document page = html(site, "zh/articles/" + EN_PAGE);
        assertThat(page.select("h1").text()).isEqualTo("老挝开设水电驱动的数据中心");
        Element notice = page.selectFirst("p.notice.machine");
        assertThat(notice.text()).contains("机器翻译").contains("阅读原文（英语）");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo("../../en/articles/" + EN_PAGE);
        assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("zh", "en", "x-default");
        assertThat(page.select("meta[name=robots]")).isEmpty();
    }

    @Test
    void blockInAnotherLanguageCarriesItsOwnLang() throws IOException {
        Document th = html(site, "th/articles/" + TH_PAGE);
        assertThat(th.select("div.article-body").attr("lang")).isEmpty();
        assertThat(th.select("blockquote").attr("lang")).isEqualTo("en");
        assertThat(th.select("div.article-body > p")).hasSize(2).allSatisfy(p -> assertThat(p.hasAttr("lang")).isFalse());

        // The English page of the Thai article is a fallback: Thai body, the English quote needs no lang there.
        Document en = html(site, "en/articles/" + TH_PAGE);
        assertThat(en.select("div.article-body").attr("lang")).isEqualTo("th");
        assertThat(en.select("blockquote").attr("lang")).isEqualTo("en");
    }

    @Test
    void switcherLinksTheSameArticleInEveryLanguageGreyingUntranslated() throws IOException {
        Document page = html(site, "zh/articles/" + ZH_PAGE);
        List<Element> items = page.select("nav.switcher li");
        assertThat(items).hasSize(4);
        assertThat(items.get(0).select("[aria-current=page]").attr("lang")).isEqualTo("zh");
        for (String code : List.of("en", "vi", "th")) {
            Element link = page.selectFirst("nav.switcher a[hreflang=" + code + "]");
            assertThat(link.attr("href")).isEqualTo("../../" + code + "/articles/" + ZH_PAGE);
            assertThat(link.hasClass("untranslated")).isTrue();
            assertThat(link.attr("lang")).isEqualTo(code);
        }
        assertThat(page.selectFirst("nav.switcher a[hreflang=en]").parent().text()).contains("尚未翻译");

        Document en = html(site, "en/articles/" + EN_PAGE);
        assertThat(en.selectFirst("nav.switcher a[hreflang=zh]").hasClass("untranslated")).isFalse();
        assertThat(en.selectFirst("nav.switcher a[hreflang=vi]").hasClass("untranslated")).isTrue();
    }

    @Test
    void datesAreLocalisedInTheArticlesZone() throws IOException {
        assertThat(html(site, "zh/articles/" + ZH_PAGE).select("p.byline time").text()).startsWith("2025年1月19日 23:21");
        assertThat(html(site, "en/articles/" + ZH_PAGE).select("p.byline time").text()).startsWith("January 19, 2025 11:21");
        assertThat(html(site, "vi/articles/" + ZH_PAGE).select("p.byline time").text()).startsWith("19 tháng 1, 2025 23:21");
        assertThat(html(site, "th/articles/" + ZH_PAGE).select("p.byline time").text()).startsWith("19 มกราคม 2568 23:21");
        assertThat(html(site, "th/articles/" + ZH_PAGE).select("p.byline time").attr("datetime"))
                .isEqualTo("2025-01-19T23:21:00+08:00");
    }

    @Test
    void homeListsOnlyItsLanguagesOriginalsAndTranslationsNewestFirst() throws IOException {
        assertThat(html(site, "zh/index.html").select("ol.items h2 a").eachAttr("href"))
                .containsExactly("../zh/articles/" + EN_PAGE, "../zh/articles/" + ZH_PAGE);
        assertThat(html(site, "en/index.html").select("ol.items h2 a").eachAttr("href"))
                .containsExactly("../en/articles/" + EN_PAGE);
        assertThat(html(site, "th/index.html").select("ol.items h2 a").eachAttr("href"))
                .containsExactly("../th/articles/" + TH_PAGE);
        assertThat(html(site, "en/index.html").select(".badge")).isEmpty();
    }

    @Test
    void anEmptyHomeSaysSoAndLinksTheHomesWithArticles() throws IOException {
        Document vi = html(site, "vi/index.html");
        assertThat(vi.select("ol.items")).isEmpty();
        assertThat(vi.select("main p.empty").text())
                .isEqualTo("Chưa có bài viết tiếng Việt ở đây — xem các ngôn ngữ khác:");
        assertThat(vi.select("main ul.language-links a").eachAttr("href"))
                .containsExactly("../zh/index.html", "../en/index.html", "../th/index.html");
        assertThat(vi.select("main ul.language-links a").eachText()).containsExactly("中文", "English", "ไทย");
        assertThat(vi.select("main ul.language-links a").eachAttr("lang")).containsExactly("zh", "en", "th");
    }

    @Test
    void categoryTagAndArchivePagesListOnlyTheLanguagesOwnVersions() throws IOException {
        // the Chinese article's English page links its category: the page exists, says it is empty here
        assertThat(html(site, "en/articles/" + ZH_PAGE).select("nav.breadcrumb a").eachAttr("href"))
                .containsExactly("../../en/category/cai-jing/index.html", "../../en/category/cai-jing/jing-ji-guan-cha/index.html");
        Document category = html(site, "en/category/cai-jing/index.html");
        assertThat(category.select("ol.items")).isEmpty();
        assertThat(category.select("main ul.language-links a").eachAttr("href"))
                .containsExactly("../../../zh/category/cai-jing/index.html");
        assertThat(html(site, "zh/category/cai-jing/index.html").select("ol.items h2 a").eachAttr("href"))
                .containsExactly("../../../zh/articles/" + ZH_PAGE);

        assertThat(html(site, "en/archive/index.html").select("ul.months a").eachAttr("href"))
                .containsExactly("../../en/archive/2025-03.html");
        assertThat(html(site, "zh/archive/index.html").select("ul.months a").eachAttr("href"))
                .containsExactly("../../zh/archive/2025-03.html", "../../zh/archive/2025-01.html");
        Document january = html(site, "en/archive/2025-01.html");
        assertThat(january.select("ol.items")).isEmpty();
        assertThat(january.select("main ul.language-links a").eachAttr("href"))
                .containsExactly("../../zh/archive/2025-01.html");
    }

    @Test
    void everyArticlePageLinksItsOriginalsAndTranslationsInTheOtherLanguages() throws IOException {
        Element untranslated = html(site, "en/articles/" + ZH_PAGE).selectFirst("aside.other-languages");
        assertThat(untranslated.select("h2").text()).isEqualTo("In other languages");
        assertThat(untranslated.select("a").eachAttr("href")).containsExactly("../../zh/articles/" + ZH_PAGE);
        assertThat(untranslated.select("a").eachAttr("hreflang")).containsExactly("zh");
        assertThat(untranslated.select("a").eachText()).containsExactly("中文");

        assertThat(html(site, "vi/articles/" + EN_PAGE).select("aside.other-languages a").eachAttr("href"))
                .containsExactly("../../zh/articles/" + EN_PAGE, "../../en/articles/" + EN_PAGE);
        assertThat(html(site, "zh/articles/" + EN_PAGE).select("aside.other-languages a").eachAttr("href"))
                .containsExactly("../../en/articles/" + EN_PAGE);
        assertThat(html(site, "zh/articles/" + EN_PAGE).select("aside.other-languages h2").text()).isEqualTo("其他语言版本");
        assertThat(html(site, "zh/articles/" + ZH_PAGE).select("aside.other-languages")).as("no other version exists").isEmpty();
    }

    @Test
    void jsonLdDescribesTheNewsArticleAndItsTranslation() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode machine = json.readTree(html(site, "zh/articles/" + EN_PAGE)
                .selectFirst("script[type=application/ld+json]").data());
        assertThat(machine.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(machine.path("inLanguage").asText()).isEqualTo("zh-Hans");
        assertThat(machine.path("datePublished").asText()).isEqualTo("2025-03-03T08:15:00+07:00");
        assertThat(machine.path("author").get(0).path("name").asText()).isEqualTo("Jane Doe");
        assertThat(machine.path("publisher").path("name").asText()).isEqualTo("Mekong Wire");
        assertThat(machine.path("translationOfWork").path("inLanguage").asText()).isEqualTo("en");
        assertThat(machine.path("translationOfWork").path("url").asText()).endsWith("/en/articles/" + EN_PAGE);

        JsonNode original = json.readTree(html(site, "zh/articles/" + ZH_PAGE)
                .selectFirst("script[type=application/ld+json]").data());
        assertThat(original.has("translationOfWork")).isFalse();
        assertThat(original.path("inLanguage").asText()).isEqualTo("zh-Hans");
    }

    @Test
    void openGraphAndTwitterMeta() throws IOException {
        Document page = html(site, "en/articles/" + EN_PAGE);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Laos opens hydro-powered data centre");
        assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("en_US");
        assertThat(page.select("meta[property=og:locale:alternate]").attr("content")).isEqualTo("zh_CN");
        assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("https://img.example/dc.jpg");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
    }

    @Test
    void templateSyntaxInArticleTextIsPrintedLiterally() throws IOException {
        Document page = html(site, "zh/articles/" + ZH_PAGE);
        assertThat(page.select("div.article-body p").eachText())
                .contains("模板语法 ${x} 和 <#assign y = 1> 必须原样显示。(完)");
        assertThat(Files.readString(site.resolve("zh/articles/" + ZH_PAGE))).contains("&lt;#assign y = 1&gt;");
    }

    @Test
    void aSiteWithNoDatedArticleGivesItsFeedsNoDateRatherThanAnInventedOne() throws Exception {
        Article thai = SiteFixtures.thai();
        Article undated = new Article(thai.id(), thai.slug(), thai.revision(), thai.source(), thai.language(),
                thai.meta().withTitleAndPublished(thai.meta().title(), null), thai.blocks(), thai.removed(), thai.versions());
        Path undatedSite = dir.resolve("undated");
        new StaticSiteRenderer(SiteConfig.defaults()).render(SiteBuild.of(List.of(undated)), undatedSite);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        for (String code : List.of("th", "en")) {
            String atom = Files.readString(undatedSite.resolve(code + "/atom.xml"));
            String rss = Files.readString(undatedSite.resolve(code + "/rss.xml"));
            assertThat(atom).as(code).doesNotContain("<updated>", "1970");
            assertThat(rss).as(code).doesNotContain("<lastBuildDate>", "1970");
            factory.newDocumentBuilder().parse(undatedSite.resolve(code + "/atom.xml").toFile());
            factory.newDocumentBuilder().parse(undatedSite.resolve(code + "/rss.xml").toFile());
        }
        assertThat(Files.readString(undatedSite.resolve("th/atom.xml"))).contains("<entry");
    }

    @Test
    void feedsAndSitemapAreValidXmlWithAlternates() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String code : List.of("zh", "en", "vi", "th")) {
            org.w3c.dom.Document rss = factory.newDocumentBuilder().parse(site.resolve(code + "/rss.xml").toFile());
            assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
            // each language's own versions: zh the original and the machine translation, vi none
            int items = Map.of("zh", 2, "en", 1, "vi", 0, "th", 1).get(code);
            assertThat(rss.getElementsByTagName("item").getLength()).as(code).isEqualTo(items);
            assertThat(rss.getElementsByTagName("language").item(0).getTextContent()).isEqualTo(code);
            org.w3c.dom.Document atom = factory.newDocumentBuilder().parse(site.resolve(code + "/atom.xml").toFile());
            assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).as(code).isEqualTo(items);
        }
        assertThat(Files.readString(site.resolve("en/rss.xml"))).contains("/en/articles/" + EN_PAGE)
                .doesNotContain(ZH_PAGE, TH_PAGE);
        assertThat(Files.readString(site.resolve("th/atom.xml"))).contains("<updated>2025-02-10T14:30:00+07:00</updated>");
        // vi has no articles: its feeds say when the site last changed (its newest article), not 1970
        assertThat(Files.readString(site.resolve("vi/atom.xml"))).contains("<updated>2025-03-03T08:15:00+07:00</updated>")
                .doesNotContain("1970");
        assertThat(Files.readString(site.resolve("vi/rss.xml")))
                .contains("<lastBuildDate>Mon, 3 Mar 2025 08:15:00 +0700</lastBuildDate>").doesNotContain("1970");
        org.w3c.dom.Document index = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        NodeList parts = index.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertThat(parts.getLength()).as("the homes, the terms, then one part of articles").isEqualTo(3);
        assertThat(parts.item(0).getTextContent()).isEqualTo("http://127.0.0.1:8080/sitemap-home.xml");
        assertThat(parts.item(1).getTextContent()).isEqualTo("http://127.0.0.1:8080/sitemap-terms.xml");
        assertThat(parts.item(2).getTextContent()).isEqualTo("http://127.0.0.1:8080/sitemap-1.xml");
        int urls = 0;
        List<String> hreflangs = new java.util.ArrayList<>();
        for (String part : List.of("sitemap-home.xml", "sitemap-1.xml")) {
            org.w3c.dom.Document sitemap = factory.newDocumentBuilder().parse(site.resolve(part).toFile());
            urls += sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").getLength();
            NodeList links = sitemap.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
            for (int i = 0; i < links.getLength(); i++) {
                hreflangs.add(((org.w3c.dom.Element) links.item(i)).getAttribute("hreflang"));
            }
        }
        // 4 home pages + the translated versions: zh original, en original + zh machine, th original.
        assertThat(urls).isEqualTo(8);
        assertThat(hreflangs).contains("x-default", "zh", "en", "vi", "th");
        String text = SiteFiles.sitemap(site);
        assertThat(text).doesNotContain("/en/articles/" + ZH_PAGE).doesNotContain("/vi/articles/" + EN_PAGE);
        assertThat(Files.readString(site.resolve("robots.txt"))).contains("Sitemap: http://127.0.0.1:8080/sitemap.xml");
    }

    @Test
    void homesAndTheRootCarryEveryHomeAsAbsoluteHreflangWithXDefaultAndAnAbsoluteCanonical() throws IOException {
        List<String> expected = List.of("zh http://127.0.0.1:8080/zh/index.html", "en http://127.0.0.1:8080/en/index.html",
                "vi http://127.0.0.1:8080/vi/index.html", "th http://127.0.0.1:8080/th/index.html",
                "x-default http://127.0.0.1:8080/zh/index.html");
        for (String code : List.of("zh", "en", "vi", "th")) {
            Document home = html(site, code + "/index.html");
            assertThat(home.select("link[rel=alternate][hreflang]").stream()
                    .map(l -> l.attr("hreflang") + " " + l.attr("href"))).as(code).containsExactlyElementsOf(expected);
            assertThat(home.select("link[rel=canonical]").eachAttr("href"))
                    .containsExactly("http://127.0.0.1:8080/" + code + "/index.html");
        }
        Document root = html(site, "index.html");
        assertThat(root.select("link[rel=alternate][hreflang]").stream()
                .map(l -> l.attr("hreflang") + " " + l.attr("href"))).containsExactlyElementsOf(expected);
        assertThat(root.select("link[rel=canonical]").eachAttr("href")).containsExactly("http://127.0.0.1:8080/index.html");
        assertThat(html(site, "en/articles/" + EN_PAGE).select("link[rel=canonical]").eachAttr("href"))
                .containsExactly("http://127.0.0.1:8080/en/articles/" + EN_PAGE);
    }

    @Test
    void rootIndexPicksTheReadersLanguageWithPlainLinksAsFallback() throws IOException {
        Document root = html(site, "index.html");
        assertThat(root.select("ul.language-choice a").eachAttr("href"))
                .containsExactly("zh/index.html", "en/index.html", "vi/index.html", "th/index.html");
        assertThat(root.selectFirst("script").data()).contains("navigator.languages");
    }

    @Test
    void reportSummarisesTheBuildAndIsLinkedFromNoPublicPage() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(site.resolve("_report/summary.json").toFile());
        assertThat(summary.path("articles").asInt()).isEqualTo(3);
        assertThat(summary.path("languages").path("zh").path("source").asInt()).isEqualTo(1);
        assertThat(summary.path("languages").path("zh").path("machine").asInt()).isEqualTo(1);
        assertThat(summary.path("languages").path("zh").path("untranslated").asInt()).isEqualTo(1);
        assertThat(summary.path("languages").path("en").path("untranslated").asInt()).isEqualTo(2);
        assertThat(summary.path("quarantined").get(0).path("reason").asText()).isEqualTo("not text: 38% control bytes");
        assertThat(summary.path("warnings").toString()).contains("translator offline");
        JsonNode zh = summary.path("articleVersions").get(2);
        assertThat(zh.path("removed").get(1).path("rule").asText()).isEqualTo("disclaimer");
        assertThat(zh.path("versions").path("en").asText()).isEqualTo("untranslated");

        Document report = html(site, "_report/index.html");
        assertThat(report.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(report.select("svg rect")).isNotEmpty();
        assertThat(report.text()).contains("garbage.bin").contains("related-list");
        for (String path : SiteFiles.all(site, ".html")) {
            if (!path.startsWith("_report/")) {
                assertThat(Files.readString(site.resolve(path))).as(path).doesNotContain("_report");
            }
        }
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfTheReport() throws IOException {
        assertThat(site.resolve("robots.txt")).hasContent(
                "User-agent: *\nDisallow: /_report/\n\nSitemap: http://127.0.0.1:8080/sitemap.xml");
    }

    @Test
    void theReportIsInTheReportLanguageNotTheSitesDefault() throws IOException {
        Document report = html(site, "_report/index.html");
        assertThat(report.select("html").attr("lang")).as("the site's default is zh").isEqualTo("en");
        assertThat(report.select("h1").text()).isEqualTo("Build report");
        assertThat(report.select("table thead th").eachText()).contains("Machine translated");
        assertThat(Files.readString(site.resolve("_report/chart.svg"))).contains("Machine translated");
    }

    @Test
    void unsafeStoredSlugIsReplacedAndReported(@TempDir Path other) throws IOException {
        Article hostile = SiteFixtures.english().withIdentity("evil0001", "../../etc/passwd", 1);
        Path out = other.resolve("site");
        new StaticSiteRenderer(SiteConfig.defaults()).render(List.of(hostile), out);
        assertThat(SiteFiles.all(out, ".html")).contains("en/articles/laos-opens-hydro-powered-data-centre-evil0001.html");
        assertThat(Files.readString(out.resolve("_report/summary.json"))).contains("unsafe slug");
        assertThat(other.resolve("etc")).doesNotExist();
    }
}
