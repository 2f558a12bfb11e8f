package dev.mekong.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every internal link of the whole generated site leads to a generated file (and fragment). */
class LinkCheckTest {

    static final String BASE = "https://news.example.org/mekong/";

    @TempDir
    Path dir;

    @Test
    void noBrokenInternalLinkAnywhere() throws IOException {
        Path site = dir.resolve("site");
        SiteConfig config = SiteConfig.from(java.util.Map.of(SiteConfig.KEY_BASE_URL, BASE, SiteConfig.KEY_PAGE_SIZE, "2"));
        new StaticSiteRenderer(config).render(SiteFixtures.all(), site);

        LinkChecker.Result result = new LinkChecker(BASE).check(site);

        System.out.printf("link check: %d links in %d files, %d broken%n", result.links(), result.files(), result.broken().size());
        assertThat(result.broken()).isEmpty();
        assertThat(result.links()).isGreaterThan(500);
        assertThat(site.resolve("en/page/2.html")).isRegularFile();
    }
}
