package dev.mekong.site;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Site languages and templates are configuration: a new language or template folder needs no code. */
class SiteLanguagesTest {

    @TempDir
    Path dir;

    @Test
    void addingSpanishNeedsNoCodeAndFallsBackToEnglishStrings() throws IOException {
        SiteConfig config = SiteConfig.from(Map.of(SiteConfig.KEY_LANGUAGES, "zh, en, vi, th, es"));
        Path site = dir.resolve("site");
        new StaticSiteRenderer(config).render(SiteFixtures.all(), site);
        Document page = SiteFiles.html(site, "es/articles/" + StaticSiteRendererTest.ZH_PAGE);
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("a.skip-link").text()).isEqualTo("Skip to content");
        assertThat(page.select("p.byline time").text()).startsWith("19 de enero de 2025");
        assertThat(page.select("nav.switcher li")).hasSize(5);
        assertThat(page.select("nav.switcher [aria-current=page]").text()).isEqualTo("Español");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(SiteFiles.html(site, "zh/articles/" + StaticSiteRendererTest.ZH_PAGE)
                .select("nav.switcher a[hreflang=es]").attr("href")).isEqualTo("../../es/articles/" + StaticSiteRendererTest.ZH_PAGE);
        assertThat(SiteFiles.sitemap(site)).contains("hreflang=\"es\"");
    }

    @Test
    void aTemplatesFolderOverridesStringsAndTemplatesItHolds() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates.resolve("i18n"));
        Files.writeString(templates.resolve("i18n/messages_en.properties"), "skip=Jump to the story\n");
        Files.writeString(templates.resolve("robots.ftl"), "User-agent: *\nDisallow: /\n");
        Path site = dir.resolve("site");
        new StaticSiteRenderer(SiteConfig.defaults().withTemplates(templates.toString())).render(SiteFixtures.all(), site);
        assertThat(SiteFiles.html(site, "en/index.html").select("a.skip-link").text()).isEqualTo("Jump to the story");
        assertThat(SiteFiles.html(site, "en/index.html").select("nav.site-nav a").first().text()).isEqualTo("Home");
        assertThat(site.resolve("robots.txt")).hasContent("User-agent: *\nDisallow: /");
    }

    @Test
    void aHostileTemplateCannotReachJava() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("robots.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        StaticSiteRenderer renderer = new StaticSiteRenderer(SiteConfig.defaults().withTemplates(templates.toString()));
        assertThatThrownBy(() -> renderer.render(SiteFixtures.all(), dir.resolve("site")))
                .hasMessageContaining("robots.ftl").hasMessageContaining("not allowed");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void badConfigurationIsRejectedWithAReason() {
        assertThatThrownBy(() -> SiteConfig.from(Map.of(SiteConfig.KEY_LANGUAGES, "zh, ../x")))
                .hasMessageContaining("../x");
        assertThatThrownBy(() -> SiteConfig.from(Map.of(SiteConfig.KEY_DEFAULT_LANGUAGE, "fr")))
                .hasMessageContaining("fr");
        assertThatThrownBy(() -> SiteConfig.from(Map.of(SiteConfig.KEY_REPORT_PATH, "../outside")))
                .hasMessageContaining("report path");
        assertThat(SiteConfig.from(Map.of(SiteConfig.KEY_BASE_URL, "https://x.example")).baseUrl())
                .isEqualTo("https://x.example/");
        assertThat(SiteConfig.defaults().languages()).isEqualTo(List.of("zh", "en", "vi", "th"));
    }
}
