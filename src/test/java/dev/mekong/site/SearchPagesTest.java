package dev.mekong.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPagesTest {

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void render() throws IOException {
        site = dir.resolve("site");
        List<Article> articles = new ArrayList<>(SiteFixtures.all());
        articles.add(SiteFixtures.vietnamese());
        new StaticSiteRenderer(SiteConfig.defaults()).render(articles, site);
    }

    private static JsonNode index(String code) throws IOException {
        return new ObjectMapper().readTree(site.resolve(code + "/search.json").toFile()).get("articles");
    }

    private static List<String> paths(String code) throws IOException {
        List<String> paths = new ArrayList<>();
        index(code).forEach(entry -> paths.add(entry.get("path").asText()));
        return paths;
    }

    @Test
    void eachLanguageIndexesTheArticlesItsListsShowNewestFirst() throws IOException {
        assertThat(paths("zh")).containsExactly("zh/articles/" + StaticSiteRendererTest.EN_PAGE,
                "zh/articles/" + StaticSiteRendererTest.ZH_PAGE);
        assertThat(paths("en")).containsExactly("en/articles/" + StaticSiteRendererTest.EN_PAGE);
        assertThat(paths("th")).containsExactly("th/articles/" + StaticSiteRendererTest.TH_PAGE);
        assertThat(paths("vi")).hasSize(1).allMatch(p -> p.startsWith("vi/articles/da-nang-"));
    }

    @Test
    void anEntryHoldsTitleDateExcerptAndTokens() throws IOException {
        assertThat(Files.readString(site.resolve("th/search.json"))).isEqualTo("{\"articles\":[{"
                + "\"date\":\"10 กุมภาพันธ์ 2568\","
                + "\"excerpt\":\"กรุงเทพฯ 10 กุมภาพันธ์ รัฐบาลไทยประกาศแผนพัฒนาเศรษฐกิจดิจิทัลในภูมิภาคแม่โขง\","
                + "\"path\":\"th/articles/thiy-prakas-phaen-sers-thkic-dicithal-9a8b7c6d.html\","
                + "\"title\":\"ไทยประกาศแผนเศรษฐกิจดิจิทัล\","
                + "\"tokens\":[\"ไทย\",\"ประกาศ\",\"แผน\",\"เศรษฐกิจ\",\"ดิจิทัล\",\"กรุงเทพฯ\",\"10\",\"กุมภาพันธ์\","
                + "\"รัฐบาล\",\"พัฒนา\",\"ใน\",\"ภูมิภาค\",\"แม่\",\"โขง\"]}]}");
        // the Vietnamese title's words also without diacritics
        List<String> tokens = new ArrayList<>();
        index("vi").get(0).get("tokens").forEach(t -> tokens.add(t.asText()));
        assertThat(tokens).startsWith("đà", "da", "nẵng", "nang", "mở", "mo", "trung", "tâm", "tam", "dữ", "du",
                "liệu", "lieu", "xanh");
    }

    @Test
    void theSearchPageHasAFormTheSiteScriptAndAWayWithoutJavaScript() throws IOException {
        Document page = Jsoup.parse(site.resolve("th/search.html").toFile(), "UTF-8");
        assertThat(page.select("form[role=search]").attr("action")).isEqualTo("../th/search.html");
        assertThat(page.select("input[name=q]")).hasSize(1);
        assertThat(page.select("script").eachAttr("src")).containsExactly("../assets/search.js");
        assertThat(page.select("noscript a").attr("href")).isEqualTo("../th/archive/index.html");
        assertThat(page.select("#search-results").attr("data-index")).isEqualTo("../th/search.json");
        assertThat(page.select("#search-results").attr("data-none")).isEqualTo("ไม่พบบทความที่ตรงกับการค้นหา");
        assertThat(site.resolve("assets/search.js")).isRegularFile();
        // every page links its language's search from the header
        Document home = Jsoup.parse(site.resolve("vi/index.html").toFile(), "UTF-8");
        assertThat(home.select(".site-nav a").eachAttr("href")).contains("../vi/search.html");
    }
}
