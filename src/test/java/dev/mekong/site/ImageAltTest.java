package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A figure's text alternative: its caption, else its image's own alt, marked with its language where untranslated. */
class ImageAltTest {

    @TempDir
    Path dir;

    @Test
    void anUncaptionedFigureKeepsItsAltAndSaysItsLanguageOnATranslatedPage() throws IOException {
        String id = "5a5a5a5a5a5a5a5a";
        Block dam = new Block(Block.FIGURE, null, null, "https://img.example/dam.jpg", null, "The dam at dusk");
        Block chart = new Block(Block.FIGURE, "Water levels by month", null, "https://img.example/chart.png", null);
        List<Block> blocks = List.of(Block.paragraph("Vientiane, March 3 — The dam opened its gates at dawn."), dam, chart);
        List<Block> zhBlocks = List.of(Block.paragraph("万象3月3日电——大坝在黎明时分开闸。"), dam,
                chart.withText("按月水位", null));
        Map<String, Version> versions = new LinkedHashMap<>();
        versions.put("en", new Version(Version.SOURCE, null, "en", "Dam opens its gates", blocks));
        versions.put("zh", new Version(Version.MACHINE, "test-engine", "zh-Hans", "大坝开闸", zhBlocks));
        Article article = new Article(id, Slugs.slug("Dam opens its gates", id), 1,
                new Source("dam.html", "01", "html", "UTF-8", 100), new Language("en", 0.98),
                new Metadata("Dam opens its gates", "2025-03-03T08:15:00+07:00", "Mekong Wire", List.of(), null,
                        List.of("Business"), null, null),
                blocks, List.of(), versions);
        Path site = dir.resolve("site");
        new StaticSiteRenderer(SiteConfig.defaults()).render(List.of(article), site);

        Document en = SiteFiles.html(site, "en/articles/" + article.slug() + ".html");
        List<Element> enImages = en.select(".article-body img");
        assertThat(enImages).extracting(i -> i.attr("alt")).containsExactly("The dam at dusk", "Water levels by month");
        assertThat(enImages).allMatch(i -> !i.hasAttr("lang"));

        Document zh = SiteFiles.html(site, "zh/articles/" + article.slug() + ".html");
        List<Element> zhImages = zh.select(".article-body img");
        assertThat(zhImages.get(0).outerHtml()).contains("alt=\"The dam at dusk\" lang=\"en\"");
        assertThat(zhImages.get(1).attr("alt")).isEqualTo("按月水位");
        assertThat(zhImages.get(1).hasAttr("lang")).isFalse();
    }
}
