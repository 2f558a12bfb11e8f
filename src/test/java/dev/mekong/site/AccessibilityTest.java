package dev.mekong.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** WCAG AA checks that need no browser: colour contrast of the stylesheet, alt text, landmarks, focus. */
class AccessibilityTest {

    @TempDir
    Path dir;

    static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    @Test
    void contrastFormula() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#767676", "#ffffff")).isGreaterThan(4.5);
        assertThat(contrast("#777777", "#ffffff")).isLessThan(4.5);
    }

    @Test
    void everyTextColourOfTheStylesheetMeetsAaOnItsBackground() throws IOException {
        Path site = dir.resolve("site");
        new StaticSiteRenderer(SiteConfig.defaults()).render(SiteFixtures.all(), site);
        String css = Files.readString(site.resolve("assets/site.css"));
        String background = variable(css, "bg");
        String note = variable(css, "note");
        for (String name : new String[]{"text", "muted", "link"}) {
            assertThat(contrast(variable(css, name), background)).as(name).isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(variable(css, name), note)).as(name + " on notices").isGreaterThanOrEqualTo(4.5);
        }
        Matcher literal = Pattern.compile("(?<!-)color:\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (literal.find()) {
            assertThat(contrast(literal.group(1), background)).as(literal.group()).isGreaterThanOrEqualTo(4.5);
        }
        // The focus ring is a non-text indicator: 3:1.
        assertThat(contrast(variable(css, "focus"), background)).isGreaterThanOrEqualTo(3.0);
        assertThat(css).contains(":focus-visible");
    }

    @Test
    void imagesHaveAltTextAndPagesHaveLandmarks() throws IOException {
        Path site = dir.resolve("site");
        new StaticSiteRenderer(SiteConfig.defaults()).render(SiteFixtures.all(), site);
        for (String path : SiteFiles.all(site, ".html")) {
            Document page = SiteFiles.html(site, path);
            assertThat(page.select("img:not([alt])")).as(path).isEmpty();
            if (!path.equals("index.html") && !path.startsWith("_report/")) {
                assertThat(page.select("body > header, body > main, body > footer")).as(path).hasSize(3);
                assertThat(page.select("nav[aria-label]").size()).as(path).isGreaterThanOrEqualTo(2);
            }
        }
        assertThat(SiteFiles.html(site, "en/articles/" + StaticSiteRendererTest.EN_PAGE).select("img.lead-image").attr("alt"))
                .isEmpty(); // decorative: the headline beside it already says what it shows
    }

    private static String variable(String css, String name) {
        Matcher m = Pattern.compile("--" + name + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
        assertThat(m.find()).as("--" + name).isTrue();
        return m.group(1);
    }
}
