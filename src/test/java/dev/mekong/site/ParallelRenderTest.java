package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages are rendered on several threads at once; each article page still shows its own record. A race is
 * a matter of chance: before the fix (key and record cached in two fields) 1,500 articles put another
 * article's body on some page in 2 of 3 runs on 2 cores; slow, so with -Pfull.
 */
@Tag("slow")
class ParallelRenderTest {

    private static final int ARTICLES = 1500;

    @TempDir
    Path dir;

    @Test
    void everyArticlePageShowsItsOwnBody() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (int n = 1; n <= ARTICLES; n++) {
            String title = "Story " + n;
            List<Block> blocks = List.of(Block.paragraph("Body of story " + n + "."));
            String id = String.format("%016x", n);
            articles.add(new Article(id, "story-" + n, 1, new Source("story-" + n + ".md", "", "md", "UTF-8", 1),
                    new Language("en", 1.0), new Metadata(title, "2025-04-01T10:00:00+07:00", null, null, null, null, null, null),
                    blocks, List.of(), Map.of("en", new Version(Version.SOURCE, null, "en", title, blocks))));
        }
        Path site = dir.resolve("site");
        new StaticSiteRenderer(SiteConfig.defaults()).render(articles, site);

        List<String> wrong = new ArrayList<>();
        for (int n = 1; n <= ARTICLES; n++) {
            for (String code : List.of("zh", "en", "vi", "th")) {
                String path = code + "/articles/story-" + n + ".html";
                String body = SiteFiles.html(site, path).select("div.article-body").text();
                if (!body.equals("Body of story " + n + ".")) {
                    wrong.add(path + ": " + body);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
