package dev.mekong.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.site.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An input with an absurd category path is quarantined with a reason and the rest of the batch publishes;
 * a record of one stored before the limit existed still lets every render succeed.
 */
class CategoryLimitTest {

    private static final String PARAGRAPH = "The ferry that crosses the river every half hour ran again on Monday, "
            + "the provincial office said, after the water fell back within its banks for the first time in weeks.";

    @TempDir
    Path work;

    @Test
    void absurdCategoryPathsAreQuarantinedWhileTheBatchPublishes() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop("categories.json", new ObjectMapper().writeValueAsBytes(Map.of("title", "Ferry runs again",
                "category", IntStream.rangeClosed(1, 5000).mapToObj(i -> "level " + i).toList(), "body", List.of(PARAGRAPH))));
        ws.drop("nested.md", ("---\ntitle: Night market\ncategory: [" + String.join(", ",
                IntStream.rangeClosed(1, 100).mapToObj(i -> "\"" + "ข่าวเศรษฐกิจ".repeat(5) + i + "\"").toList())
                + "]\n---\n" + PARAGRAPH + "\n").getBytes(StandardCharsets.UTF_8));
        ws.drop("long.json", new ObjectMapper().writeValueAsBytes(Map.of("title", "Rice market",
                "category", List.of("News", "word ".repeat(100)), "body", List.of(PARAGRAPH))));
        ws.drop(Inputs.name(1), Inputs.article(1));

        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isEqualTo(1);
        assertThat(reason(ws, "categories.json")).contains("reason: 5,000 category levels, over the limit of 10 (mekong.max-category-depth)");
        assertThat(reason(ws, "nested.md")).contains("reason: 100 category levels, over the limit of 10 (mekong.max-category-depth)");
        assertThat(reason(ws, "long.json")).contains("reason: a category name of 499 characters, over the limit of 200 (mekong.max-category-chars)");
        assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactly(Inputs.name(1));
        assertThat(ws.site.resolve("en/index.html")).isRegularFile();
    }

    @Test
    void aRecordStoredBeforeTheLimitStillRenders() throws IOException {
        Workspace ws = new Workspace(work);
        List<String> categories = IntStream.rangeClosed(1, 5000).mapToObj(i -> "level " + i).toList();
        Article old = new ArticleStore(ws.content).save(Article.extracted(new Source("old.json", "ab", "json", "UTF-8", 1),
                new Metadata("Ferry runs again", "2025-03-03T08:30:00+07:00", null, null, null, categories, null, null),
                List.of(Block.paragraph(PARAGRAPH)), List.of()));
        ws.drop(Inputs.name(1), Inputs.article(1));

        // inputs archived, as a watch does: a kept inbox would retire the record whose input is gone
        Cli.Result result = Cli.run(ws, "build", "--keep-inputs", "false");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(ws.page(old, "en")).isRegularFile();
        assertThat(ws.site.resolve("en/category/level-1/level-2/level-3/level-4/level-5/level-6/level-7/level-8/level-9/level-10/index.html"))
                .isRegularFile();
    }

    private static String reason(Workspace ws, String name) throws IOException {
        return Files.readString(ws.quarantine.resolve(name + ".reason.txt"));
    }
}
