package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.mekong.site.SiteFiles.html;
import static org.assertj.core.api.Assertions.assertThat;

/** The links an article page adds to its text: where it was first published, and its newer and older neighbours. */
class ArticleLinksTest {

    private static final Article OLDEST = english("0000000000000001", "Ferry fares fall", "2025-04-01T09:00:00+07:00",
            "Mekong Wire", "https://www.mekongwire.example/ferry");
    private static final Article MIDDLE = english("0000000000000002", "Rice prices rise", "2025-04-02T09:00:00+07:00",
            null, "https://news.example.org/rice?id=7");
    private static final Article NEWEST = english("0000000000000003", "Bridge opens", "2025-04-03T09:00:00+07:00",
            "Mekong Wire", null);

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void render() throws IOException {
        site = dir.resolve("site");
        new StaticSiteRenderer(SiteConfig.defaults()).render(SiteBuild.of(List.of(OLDEST, MIDDLE, NEWEST)), site);
    }

    @Test
    void theSourceLineNamesThePublisherAndLinksTheOriginalInThePagesLanguage() throws IOException {
        Map<String, String> lines = Map.of(
                "en", "Source: Mekong Wire — original article",
                "zh", "来源：Mekong Wire — 查看原文",
                "vi", "Nguồn: Mekong Wire — bài gốc",
                "th", "แหล่งที่มา: Mekong Wire — อ่านต้นฉบับ");
        for (Map.Entry<String, String> line : lines.entrySet()) {
            Element source = html(site, line.getKey() + "/articles/" + OLDEST.slug() + ".html").selectFirst("p.source");
            assertThat(source).as(line.getKey()).isNotNull();
            assertThat(source.text()).isEqualTo(line.getValue());
            assertThat(source.select("a").attr("href")).isEqualTo("https://www.mekongwire.example/ferry");
            assertThat(source.select("a").attr("rel")).isEqualTo("external noopener");
        }
        Document page = html(site, "en/articles/" + OLDEST.slug() + ".html");
        assertThat(page.select("dl.credits dt").eachText()).as("the publisher is not named twice").doesNotContain("Source");
    }

    @Test
    void withoutAPublisherTheSourceIsTheUrlsHostAndWithoutAUrlThereIsNoSourceLine() throws IOException {
        assertThat(html(site, "en/articles/" + MIDDLE.slug() + ".html").select("p.source").text())
                .isEqualTo("Source: news.example.org — original article");
        Document newest = html(site, "en/articles/" + NEWEST.slug() + ".html");
        assertThat(newest.select("p.source")).isEmpty();
        assertThat(newest.select("dl.credits dd").eachText()).contains("Mekong Wire");
    }

    @Test
    void anArticleLinksItsNewerAndOlderNeighboursInItsLanguagesListOrder() throws IOException {
        Document middle = html(site, "en/articles/" + MIDDLE.slug() + ".html");
        assertThat(middle.select("nav.article-pager a[rel=prev]").attr("href")).isEqualTo("../../en/articles/" + NEWEST.slug() + ".html");
        assertThat(middle.select("nav.article-pager a[rel=prev]").text()).isEqualTo("Newer article Bridge opens");
        assertThat(middle.select("nav.article-pager a[rel=next]").attr("href")).isEqualTo("../../en/articles/" + OLDEST.slug() + ".html");
        assertThat(middle.select("nav.article-pager a[rel=next]").text()).isEqualTo("Older article Ferry fares fall");

        Document newest = html(site, "en/articles/" + NEWEST.slug() + ".html");
        assertThat(newest.select("nav.article-pager a").eachAttr("rel")).containsExactly("next");
        Document oldest = html(site, "en/articles/" + OLDEST.slug() + ".html");
        assertThat(oldest.select("nav.article-pager a").eachAttr("rel")).containsExactly("prev");
    }

    @Test
    void aVersionItsLanguageDoesNotListHasNoNeighbours() throws IOException {
        assertThat(html(site, "vi/articles/" + MIDDLE.slug() + ".html").select("nav.article-pager")).isEmpty();
    }

    private static Article english(String id, String title, String published, String publisher, String url) {
        List<Block> blocks = List.of(Block.paragraph(title + ", officials said on Tuesday."));
        return new Article(id, Slugs.slug(title, id), 1, new Source(id + ".md", id, "md", "UTF-8", 100),
                new Language("en", 0.99), new Metadata(title, published, publisher, List.of(), null, List.of(), url, null),
                blocks, List.of(), Map.of("en", new Version(Version.SOURCE, null, "en", title, blocks)));
    }
}
