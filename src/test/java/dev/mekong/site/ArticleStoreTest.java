package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleStoreTest {

    @TempDir
    Path content;

    private static Article article(String file, String sha, String title, String body) {
        return Article.extracted(new Source(file, sha, "txt", "UTF-8", 10),
                        new Metadata(title, "2025-01-19T23:21:00+08:00", "中国新闻网", List.of("刘育英"), null,
                                List.of("财经", "经济观察"), null, null),
                        List.of(Block.paragraph(body)), List.of(new Removed("首页 » 财经", "breadcrumb")))
                .withLanguage(new Language("zh-Hans", 0.99), List.of(Block.paragraph(body)))
                .withVersions(Map.of("zh", new Version(Version.SOURCE, null, "zh-Hans", title, List.of(Block.paragraph(body)))));
    }

    @Test
    void newArticleGetsIdSlugAndFirstRevision() {
        Article stored = new ArticleStore(content).save(article("a.txt", "s1", "Hello World", "x"));

        assertThat(stored.id()).matches("[0-9a-f]{12}");
        assertThat(stored.slug()).isEqualTo(Slugs.slug("Hello World", stored.id())).startsWith("hello-world-");
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(content.resolve("articles/" + stored.id() + ".json")).exists();
    }

    @Test
    void recordRoundTripsThroughJson() {
        ArticleStore store = new ArticleStore(content);
        Article stored = store.save(article("a.txt", "s1", "中国—东盟", "正文"));

        assertThat(store.find(stored.id())).contains(stored);
        assertThat(store.all()).containsExactly(stored);
    }

    @Test
    void editedInputKeepsIdAndSlugAndBumpsRevision() {
        ArticleStore store = new ArticleStore(content);
        Article first = store.save(article("a.txt", "s1", "Old title", "x"));
        Article second = store.save(article("a.txt", "s2", "A new title", "y"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.slug()).isEqualTo(first.slug());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.blocks()).containsExactly(Block.paragraph("y"));
    }

    @Test
    void unchangedInputIsNotRewritten() throws Exception {
        ArticleStore store = new ArticleStore(content);
        Article first = store.save(article("a.txt", "s1", "Title", "x"));
        Path file = content.resolve("articles/" + first.id() + ".json");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);

        Article again = store.save(article("a.txt", "s1", "Title", "x"));

        assertThat(again.revision()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void differentInputsGetDifferentIds() {
        ArticleStore store = new ArticleStore(content);
        assertThat(store.save(article("a.txt", "s", "T", "x")).id())
                .isNotEqualTo(store.save(article("b.txt", "s", "T", "x")).id());
        assertThat(store.all()).hasSize(2);
    }
}
