package dev.mekong.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
}
