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

    private final ArticleGate gate = new ArticleGate(50_000, 10, 200);

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
}
