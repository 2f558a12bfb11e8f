package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Version;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.mekong.site.SiteFiles.html;
import static dev.mekong.site.StaticSiteRendererTest.EN_PAGE;
import static dev.mekong.site.StaticSiteRendererTest.TH_PAGE;
import static dev.mekong.site.StaticSiteRendererTest.ZH_PAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a language's lists show: its own versions by default, every version with mekong.site.list-untranslated. */
class LanguageListsTest {

    @TempDir
    Path dir;

    @Test
    void withListUntranslatedEveryVersionIsListedAsBefore() throws IOException {
        SiteConfig config = SiteConfig.from(Map.of(SiteConfig.KEY_LIST_UNTRANSLATED, "true"));
        Path site = dir.resolve("site");
        new StaticSiteRenderer(config).render(SiteFixtures.all(), site);

        Document home = html(site, "en/index.html");
        assertThat(home.select("ol.items h2 a").eachAttr("href")).containsExactly(
                "../en/articles/" + EN_PAGE, "../en/articles/" + TH_PAGE, "../en/articles/" + ZH_PAGE);
        assertThat(home.select("ol.items h2").stream().map(h -> h.attr("lang"))).containsExactly("", "th", "zh-Hans");
        assertThat(home.select("ol.items .badge.untranslated")).hasSize(2);
        assertThat(html(site, "vi/category/cai-jing/index.html").select("ol.items h2 a").eachAttr("href"))
                .containsExactly("../../../vi/articles/" + ZH_PAGE);
        assertThat(Files.readString(site.resolve("vi/rss.xml"))).contains(ZH_PAGE, EN_PAGE, TH_PAGE);
        assertThat(SiteFiles.sitemap(site)).as("untranslated versions are still never in the sitemap")
                .doesNotContain("/vi/articles/" + ZH_PAGE);
    }

    @Test
    void aPartlyTranslatedVersionIsListedNowhereAndIndexedNowhereButKeepsItsPage() throws IOException {
        Article english = SiteFixtures.english();
        Map<String, Version> versions = new LinkedHashMap<>(english.versions());
        // the first block translated, the others left in English (no engine could translate them)
        List<Block> blocks = new ArrayList<>(english.blocks().stream().map(b -> b.withLang("en")).toList());
        blocks.set(0, Block.paragraph("Lào đã mở trung tâm dữ liệu đầu tiên của mình."));
        Version vi = new Version(Version.PARTIAL, "test-engine", "vi", "Lào mở trung tâm dữ liệu", blocks);
        versions.put("vi", vi);
        Path site = dir.resolve("site");
        new StaticSiteRenderer(SiteConfig.defaults()).render(List.of(english.withVersions(versions)), site);

        assertThat(html(site, "vi/index.html").select("ol.items")).isEmpty();
        assertThat(Files.readString(site.resolve("vi/rss.xml"))).doesNotContain(EN_PAGE);
        assertThat(SiteFiles.sitemap(site)).contains("/en/articles/" + EN_PAGE).doesNotContain("/vi/articles/" + EN_PAGE);
        Document page = html(site, "vi/articles/" + EN_PAGE);
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("p.notice.partial")).hasSize(1);
        assertThat(page.select(".article-body > p").first().text()).startsWith("Lào đã mở");
        assertThat(page.select(".article-body .untranslated-block")).as("each English block marked")
                .hasSize(blocks.size() - 1)
                .allSatisfy(marked -> {
                    assertThat(marked.select("p.block-note").text()).isEqualTo("Chưa dịch: đoạn dưới đây giữ nguyên ngôn ngữ gốc.");
                    assertThat(marked.select("[lang=en]")).hasSize(1);
                });
        assertThat(html(site, "en/articles/" + EN_PAGE).select("aside.other-languages a").eachAttr("hreflang"))
                .as("a partial version is not offered").containsExactly("zh");
    }

    @Test
    void listUntranslatedIsTrueOrFalse() {
        assertThat(SiteConfig.defaults().listUntranslated()).isFalse();
        assertThatThrownBy(() -> SiteConfig.from(Map.of(SiteConfig.KEY_LIST_UNTRANSLATED, "yes")))
                .hasMessage("mekong.site.list-untranslated must be true or false, not 'yes'");
    }
}
