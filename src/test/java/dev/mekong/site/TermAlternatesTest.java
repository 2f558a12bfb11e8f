package dev.mekong.site;

import dev.mekong.model.Article;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Category, tag and author pages in every language where they list articles, as search engines and feed
 * readers find them: the same term's pages in the other languages as hreflang alternates (with x-default),
 * a canonical URL and the term's own feeds in the head, and a sitemap part listing them. The English
 * original under Business by Jane Doe has a machine-translated Chinese version, so Business and Jane Doe
 * are listed in Chinese and English; a Vietnamese original under Kinh doanh (Business, mapped) tagged
 * Bầu cử (Election) lists them in Vietnamese; nothing is listed in Thai.
 */
class TermAlternatesTest {

    static final String BASE = "https://example.org/news/";

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void render() throws IOException {
        Path mapping = Files.writeString(work.resolve("terms.tsv"), TaxonomySiteTest.MAPPING);
        SiteConfig config = SiteConfig.from(Map.of(SiteConfig.KEY_BASE_URL, BASE, SiteConfig.KEY_TAXONOMY, mapping.toString()));
        site = work.resolve("site");
        List<Article> articles = List.of(SiteFixtures.english(), TaxonomySiteTest.original("vi", "a1b2c3d4e5f60003",
                "Thị trường tăng", "2025-03-03T10:00:00+07:00", List.of("Kinh doanh"), List.of("Bầu cử")));
        new StaticSiteRenderer(config).render(articles, site);
        assertThat(new LinkChecker(BASE).check(site).broken()).isEmpty();
    }

    @Test
    void theSitemapIndexListsATermsPartWithEveryListedTermPageAndItsAlternates() throws IOException {
        assertThat(SiteFiles.sitemapParts(site)).hasSize(3);
        assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("""
                <loc>https://example.org/news/sitemap-home.xml</loc>
                </sitemap>
                <sitemap>
                <loc>https://example.org/news/sitemap-terms.xml</loc>
                </sitemap>
                <sitemap>
                <loc>https://example.org/news/sitemap-1.xml</loc>""");
        String business = """
                <xhtml:link rel="alternate" hreflang="zh" href="https://example.org/news/zh/category/cai-jing/index.html"/>
                <xhtml:link rel="alternate" hreflang="en" href="https://example.org/news/en/category/business/index.html"/>
                <xhtml:link rel="alternate" hreflang="vi" href="https://example.org/news/vi/category/kinh-doanh/index.html"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/news/zh/category/cai-jing/index.html"/>
                """;
        String categories = """
                <xhtml:link rel="alternate" hreflang="zh" href="https://example.org/news/zh/category/index.html"/>
                <xhtml:link rel="alternate" hreflang="en" href="https://example.org/news/en/category/index.html"/>
                <xhtml:link rel="alternate" hreflang="vi" href="https://example.org/news/vi/category/index.html"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/news/zh/category/index.html"/>
                """;
        String janeDoe = """
                <xhtml:link rel="alternate" hreflang="zh" href="https://example.org/news/zh/author/jane-doe/index.html"/>
                <xhtml:link rel="alternate" hreflang="en" href="https://example.org/news/en/author/jane-doe/index.html"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/news/zh/author/jane-doe/index.html"/>
                """;
        assertThat(site.resolve("sitemap-terms.xml")).hasContent("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                <url>
                <loc>https://example.org/news/zh/category/cai-jing/index.html</loc>
                """ + business + """
                </url>
                <url>
                <loc>https://example.org/news/zh/category/index.html</loc>
                """ + categories + """
                </url>
                <url>
                <loc>https://example.org/news/en/category/business/index.html</loc>
                """ + business + """
                </url>
                <url>
                <loc>https://example.org/news/en/category/index.html</loc>
                """ + categories + """
                </url>
                <url>
                <loc>https://example.org/news/vi/category/kinh-doanh/index.html</loc>
                """ + business + """
                </url>
                <url>
                <loc>https://example.org/news/vi/category/index.html</loc>
                """ + categories + """
                </url>
                <url>
                <loc>https://example.org/news/vi/tag/bau-cu/index.html</loc>
                <xhtml:link rel="alternate" hreflang="vi" href="https://example.org/news/vi/tag/bau-cu/index.html"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/news/vi/tag/bau-cu/index.html"/>
                </url>
                <url>
                <loc>https://example.org/news/vi/tag/index.html</loc>
                <xhtml:link rel="alternate" hreflang="vi" href="https://example.org/news/vi/tag/index.html"/>
                <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/news/vi/tag/index.html"/>
                </url>
                <url>
                <loc>https://example.org/news/zh/author/jane-doe/index.html</loc>
                """ + janeDoe + """
                </url>
                <url>
                <loc>https://example.org/news/en/author/jane-doe/index.html</loc>
                """ + janeDoe + """
                </url>
                </urlset>""");
    }

    @Test
    void aTermPageCarriesItsCanonicalItsAlternatesAndItsOwnFeedsInItsHead() throws IOException {
        Document en = SiteFiles.html(site, "en/category/business/index.html");
        assertThat(en.select("head link[rel=canonical]").attr("href")).isEqualTo(BASE + "en/category/business/index.html");
        assertThat(en.select("head link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("zh", "en", "vi", "x-default");
        assertThat(en.select("head link[rel=alternate][hreflang=vi]").attr("href")).isEqualTo(BASE + "vi/category/kinh-doanh/index.html");
        assertThat(en.select("head link[rel=alternate][type=application/rss+xml]").eachAttr("title"))
                .containsExactly("RSS feed", "Business · RSS feed");
        assertThat(en.select("head link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
                .containsExactly("../../../en/rss.xml", "../../../en/category/business/rss.xml");
        assertThat(en.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("title"))
                .containsExactly("Atom feed", "Business · Atom feed");
        assertThat(en.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("../../../en/atom.xml", "../../../en/category/business/atom.xml");

        Document zhTag = SiteFiles.html(site, "zh/tag/xuan-ju/index.html");
        assertThat(zhTag.select("head link[rel=alternate][hreflang]")).as("lists nothing in Chinese").isEmpty();
        assertThat(zhTag.select("head link[rel=canonical]").attr("href")).isEqualTo(BASE + "zh/tag/xuan-ju/index.html");
        assertThat(zhTag.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("../../../zh/atom.xml", "../../../zh/tag/xuan-ju/atom.xml");
        Document viTag = SiteFiles.html(site, "vi/tag/bau-cu/index.html");
        assertThat(viTag.select("head link[rel=alternate][hreflang]").eachAttr("href"))
                .containsExactly(BASE + "vi/tag/bau-cu/index.html", BASE + "vi/tag/bau-cu/index.html");

        Document author = SiteFiles.html(site, "zh/author/jane-doe/index.html");
        assertThat(author.select("head link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("zh", "en", "x-default");
        assertThat(SiteFiles.html(site, "th/category/business/index.html").select("head link[rel=alternate][hreflang]")).isEmpty();
    }
}
