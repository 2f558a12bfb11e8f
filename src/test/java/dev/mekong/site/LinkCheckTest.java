package dev.mekong.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every internal link of the whole generated site leads to a generated file (and fragment). */
class LinkCheckTest {

    static final String BASE = "https://news.example.org/mekong/";

    @TempDir
    Path dir;

    @Test
    void noBrokenInternalLinkAnywhere() throws IOException {
        // by default an untranslated version is listed nowhere but its pages, categories and tags still link
        for (String listUntranslated : List.of("false", "true")) {
            Path site = dir.resolve("site-" + listUntranslated);
            SiteConfig config = SiteConfig.from(Map.of(SiteConfig.KEY_BASE_URL, BASE, SiteConfig.KEY_PAGE_SIZE, "2",
                    SiteConfig.KEY_LIST_UNTRANSLATED, listUntranslated));
            new StaticSiteRenderer(config).render(SiteFixtures.all(), site);

            LinkChecker.Result result = new LinkChecker(BASE).check(site);

            System.out.printf("link check: %d links in %d files, %d broken%n", result.links(), result.files(), result.broken().size());
            assertThat(result.broken()).as(listUntranslated).isEmpty();
            assertThat(result.links()).isGreaterThan(500);
        }
        assertThat(dir.resolve("site-true/en/page/2.html")).as("three articles listed, two to a page").isRegularFile();
        assertThat(dir.resolve("site-false/zh/page/1.html")).as("zh lists two, en one").doesNotExist();
    }

    @Test
    void reportsMissingFilesMissingIdsAndSrcsetCandidates() throws IOException {
        Path site = dir.resolve("tiny");
        Files.createDirectories(site.resolve("en/tag/laos"));
        Files.writeString(site.resolve("en/tag/laos/index.html"), "<h1 id=\"top\">Laos</h1>");
        Files.writeString(site.resolve("en/index.html"), """
                <a href="tag/laos/">ok: a folder</a> <a href="tag/laos/index.html#top">ok</a>
                <a href="tag/laos/index.html#bottom">no id</a> <a href="#nowhere">no id here</a>
                <img src="https://img.example/a.jpg" srcset="../a-400.jpg 400w, ../a-800.jpg 800w">
                <a href="/mekong/en/index.html">ok: from the base path</a> <a href="../../etc/passwd">out</a>
                """);
        Files.writeString(site.resolve("a-400.jpg"), "jpeg");
        Files.writeString(site.resolve("sitemap.xml"), "<loc>" + BASE + "en/tag/laos/index.html</loc><loc>" + BASE + "en/gone.html</loc>");

        LinkChecker.Result result = new LinkChecker(BASE).check(site);

        assertThat(result.links()).as("9 in the page (the external img src too), 2 in the sitemap").isEqualTo(11);
        assertThat(result.files()).isEqualTo(3);
        assertThat(result.broken()).containsExactly(
                "en/index.html -> tag/laos/index.html#bottom: no id bottom",
                "en/index.html -> #nowhere: no id nowhere",
                "en/index.html -> ../a-800.jpg: missing",
                "en/index.html -> ../../etc/passwd: leaves the site",
                "sitemap.xml -> " + BASE + "en/gone.html: missing");
    }
}
