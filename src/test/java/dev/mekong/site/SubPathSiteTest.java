package dev.mekong.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.mekong.site.SiteFiles.html;
import static org.assertj.core.api.Assertions.assertThat;

/** A site published under a sub-path (https://example.org/news/), with its build report in Thai. */
class SubPathSiteTest {

    static final String BASE = "https://example.org/news/";

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void render() throws IOException {
        site = dir.resolve("site");
        SiteConfig config = SiteConfig.from(Map.of(SiteConfig.KEY_BASE_URL, BASE, SiteConfig.KEY_REPORT_LANGUAGE, "th"));
        new StaticSiteRenderer(config).render(SiteFixtures.all(), site);
    }

    @Test
    void notFoundPagesLinkFromTheBasePathSinceTheyAreServedAtAnyDepth() throws IOException {
        for (String path : List.of("404.html", "en/404.html", "th/404.html")) {
            Document page = html(site, path);
            List<String> links = page.select("a[href], link[href]").eachAttr("href");
            // from the base path, or absolute (canonical), or within the page (skip link): none relative
            assertThat(links).as(path).isNotEmpty()
                    .allSatisfy(href -> assertThat(href.startsWith("/news/") || href.startsWith(BASE) || href.equals("#main"))
                            .as(href).isTrue());
        }
        Document en = html(site, "en/404.html");
        assertThat(en.select("main a").eachAttr("href")).containsExactly("/news/en/index.html");
        assertThat(en.select("link[rel=stylesheet]").attr("href")).isEqualTo("/news/assets/site.css");
        assertThat(en.select("nav.switcher a").eachAttr("href"))
                .containsExactly("/news/zh/index.html", "/news/vi/index.html", "/news/th/index.html");
        assertThat(en.select("meta[name=robots]").eachAttr("content")).contains("noindex");
    }

    @Test
    void robotsTxtDisallowsTheReportUnderTheBasePath() throws IOException {
        assertThat(site.resolve("robots.txt")).hasContent(
                "User-agent: *\nDisallow: /news/_report/\n\nSitemap: https://example.org/news/sitemap.xml");
    }

    @Test
    void canonicalAndHreflangAreAbsoluteUnderTheBaseUrl() throws IOException {
        Document home = html(site, "vi/index.html");
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/news/vi/index.html");
        assertThat(home.select("link[rel=alternate][hreflang=x-default]").attr("href"))
                .isEqualTo("https://example.org/news/zh/index.html");
    }

    @Test
    void theReportIsInTheConfiguredReportLanguage() throws IOException {
        Document report = html(site, "_report/index.html");
        assertThat(report.select("html").attr("lang")).isEqualTo("th");
        assertThat(report.select("h1").text()).isEqualTo("รายงานการสร้างเว็บไซต์");
        Element head = report.selectFirst("table thead");
        assertThat(head.text()).contains("แปลด้วยเครื่อง");
    }

    @Test
    void servePreviewsTheSiteUnderItsPathSoThe404PagesLinksWork() throws Exception {
        assertThat(PreviewServer.publishedPath(site)).isEqualTo("/news/");
        HttpClient http = HttpClient.newHttpClient();
        try (PreviewServer server = PreviewServer.start(site, 0, PreviewServer.publishedPath(site))) {
            URI base = server.uri();
            assertThat(base.getPath()).isEqualTo("/news/");

            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(base.resolve("en/articles/nothing.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            String home = org.jsoup.Jsoup.parse(missing.body()).select("main a").attr("href");
            assertThat(home).isEqualTo("/news/en/index.html");
            assertThat(http.send(HttpRequest.newBuilder(base.resolve(home)).build(), HttpResponse.BodyHandlers.ofString())
                    .body()).contains("<html lang=\"en\"");

            HttpResponse<String> root = http.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(root.statusCode()).isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValue("/news/");
            assertThat(http.send(HttpRequest.newBuilder(base.resolve("/en/index.html")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).as("outside the path").isEqualTo(404);
        }
    }
}
