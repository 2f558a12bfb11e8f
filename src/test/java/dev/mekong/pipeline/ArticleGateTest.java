package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleGateTest {

    private final ArticleGate gate = new ArticleGate(50_000, 10, 200, 20, 100);

    private static Article article(List<String> categories) {
        return Article.extracted(new Source("a.json", "00", "json", "UTF-8", 1),
                new Metadata("Ferry returns", null, null, null, null, categories, null, null),
                List.of(Block.paragraph("The ferry ran again on Monday.")), List.of());
    }

    @Test
    void aBreadcrumbDeeperThanTheLimitIsRejected() {
        assertThatThrownBy(() -> gate.check(article(Collections.nCopies(5000, "News"))))
                .hasMessage("5,000 category levels, over the limit of 10 (mekong.max-category-depth): not a breadcrumb");
        assertThatThrownBy(() -> gate.check(article(Collections.nCopies(11, "News"))))
                .hasMessage("11 category levels, over the limit of 10 (mekong.max-category-depth): not a breadcrumb");
        Article ten = article(Collections.nCopies(10, "News"));
        assertThat(gate.check(ten)).isSameAs(ten);
    }

    @Test
    void aCategoryNameLongerThanTheLimitIsRejectedCountingCharactersNotBytes() {
        assertThatThrownBy(() -> gate.check(article(List.of("News", "x".repeat(201)))))
                .hasMessage("a category name of 201 characters, over the limit of 200 (mekong.max-category-chars): not a category");
        Article thai = article(List.of("ข".repeat(200)));
        assertThat(gate.check(thai)).isSameAs(thai);
    }

    private static Article tagged(String format, List<String> tags) {
        return Article.extracted(new Source("a." + format, "00", format, "UTF-8", 1),
                new Metadata("Ferry returns", null, null, null, null, null, null, null, tags, false, null),
                List.of(Block.paragraph("The ferry ran again on Monday.")), List.of());
    }

    @Test
    void tagsAnEditorGaveBeyondTheLimitsAreRejected() {
        assertThatThrownBy(() -> gate.check(tagged("md", Collections.nCopies(21, "ferry"))))
                .hasMessage("21 tags, over the limit of 20 (mekong.max-tags)");
        assertThatThrownBy(() -> gate.check(tagged("json", List.of("ferry", "x".repeat(101)))))
                .hasMessage("a tag of 101 characters, over the limit of 100 (mekong.max-tag-chars): not a tag");
        Article twenty = tagged("md", Collections.nCopies(20, "ข".repeat(100)));
        assertThat(gate.check(twenty)).isSameAs(twenty);
    }

    @Test
    void aPagesKeywordsBeyondTheLimitsAreCutNotRejected() {
        List<String> keywords = new java.util.ArrayList<>(List.of("x".repeat(101)));
        for (int i = 1; i <= 30; i++) {
            keywords.add("k" + i);
        }
        Article page = gate.check(tagged("html", keywords));
        assertThat(page.meta().tags()).hasSize(20).startsWith("k1", "k2").endsWith("k20");
    }
}
