package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However many and however long an article's categories are (a record stored before the article gate
 * limited them), every category page has a path the file system accepts, and the site renders.
 */
class CategoryPathTest {

    private static final int SEGMENT_BYTES = Slugs.MAX_TEXT_LENGTH + 1 + Slugs.ID_LENGTH;

    @TempDir
    Path work;

    private static Article article(List<String> categories) {
        return new Article("a1b2c3d4e5f6", "river-ferry-a1b2c3d4", 1, new Source("ferry.json", "0", "json", "UTF-8", 1),
                new Language("en", 1.0), new Metadata("River ferry", "2025-03-03T08:30:00+07:00", null, null, null,
                        categories, null, null),
                List.of(Block.paragraph("The ferry ran again on Monday.")), null, null);
    }

    @Test
    void fiveThousandCategoryLevelsGivePagesForTheFirstTenOnly() throws IOException {
        List<String> categories = IntStream.rangeClosed(1, 5000).mapToObj(i -> "level " + i).toList();
        StaticSiteRenderer renderer = new StaticSiteRenderer(SiteConfig.defaults());

        renderer.render(List.of(article(categories)), work.resolve("site"));

        Path site = work.resolve("site").toRealPath();
        assertThat(site.resolve("en/category/level-1/level-2/level-3/level-4/level-5/level-6/level-7/level-8/level-9/level-10/index.html"))
                .isRegularFile();
        assertThat(site.resolve("en/category/level-1/level-2/level-3/level-4/level-5/level-6/level-7/level-8/level-9/level-10/level-11"))
                .doesNotExist();
        assertThat(Files.readString(site.resolve("_report/index.html")))
                .contains("Article a1b2c3d4e5f6 has 5,000 category levels; pages are made for the first 10");
    }

    @Test
    void aHundredNestedLongThaiCategoriesRenderWithBoundedSegments() throws IOException {
        List<String> categories = IntStream.rangeClosed(1, 100).mapToObj(i -> "ข่าวเศรษฐกิจ".repeat(30) + i).toList();

        new StaticSiteRenderer(SiteConfig.defaults()).render(List.of(article(categories)), work.resolve("site"));

        Path site = work.resolve("site").toRealPath();
        try (var files = Files.walk(site)) {
            assertThat(files.map(site::relativize).toList()).allSatisfy(path -> {
                assertThat(path.toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(800);
                path.forEach(segment -> assertThat(segment.toString().getBytes(StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(SEGMENT_BYTES));
            });
        }
    }

    @Test
    void longCategoryNamesThatDifferOnlyAtTheEndGetTwoPages() throws IOException {
        String shared = "Provincial office announcements about the river ferry timetable for ";
        Article first = article(List.of(shared + "the dry season"));
        Article second = new Article("f6e5d4c3b2a1", "night-market-f6e5d4c3", 1, new Source("market.json", "1", "json", "UTF-8", 1),
                first.language(), new Metadata("Night market", "2025-03-04T08:30:00+07:00", null, null, null,
                        List.of(shared + "the rainy season"), null, null), first.blocks(), null, null);

        new StaticSiteRenderer(SiteConfig.defaults()).render(List.of(first, second), work.resolve("site"));

        try (var pages = Files.list(work.resolve("site").toRealPath().resolve("en/category"))) {
            assertThat(pages.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList()).hasSize(2)
                    .allSatisfy(name -> assertThat(name).startsWith("provincial-office-announcements-about-the-river-ferry-")
                            .hasSizeLessThanOrEqualTo(SEGMENT_BYTES));
        }
    }
}
