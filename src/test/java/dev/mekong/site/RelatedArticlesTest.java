package dev.mekong.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedArticlesTest {

    @Test
    void ranksByTermsSharedThenByPositionNewestFirst() {
        // newest first, as SiteContent orders them
        List<IndexEntry> articles = List.of(
                entry("a", List.of("business"), List.of()),               // 0: shares 1 with x
                entry("x", List.of("business", "energy"), List.of("hydro")),
                entry("b", List.of("sport"), List.of()),                  // 2: nothing
                entry("c", List.of("business", "energy"), List.of()),     // 3: 2
                entry("d", List.of("business"), List.of("hydro")),        // 4: 2
                entry("e", List.of("business", "energy"), List.of("hydro")), // 5: 3
                entry("f", List.of("politics"), List.of("hydro")));       // 6: 1
        RelatedArticles related = new RelatedArticles(articles);
        int[] ranked = related.ranked(1);
        assertThat(ranked).containsExactly(5, 3, 4, 0, 6);
        assertThat(related.top(ranked, p -> p != 3).stream().map(IndexEntry::id).toList())
                .containsExactly("e", "d", "a", "f");
        assertThat(related.ranked(2)).isEmpty();
        assertThat(related.ranked(1)).as("the same again: nothing left over from the last call").containsExactly(5, 3, 4, 0, 6);
    }

    @Test
    void tenThousandArticlesInOneCategoryAreRankedQuickly() {
        List<IndexEntry> articles = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            articles.add(entry("id" + i, List.of("business", "region-" + i % 7), List.of("t" + i % 100, "u" + i % 13)));
        }
        long start = System.nanoTime();
        RelatedArticles related = new RelatedArticles(articles);
        int total = 0;
        for (int i = 0; i < articles.size(); i++) {
            total += related.top(related.ranked(i), p -> true).size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("related articles of 10,000 articles ranked in " + millis + " ms");
        assertThat(total).isEqualTo(10_000 * RelatedArticles.MAX);
    }

    private static IndexEntry entry(String id, List<String> categories, List<String> tags) {
        return new IndexEntry(id + ".json", id, "hash", id, "en", null, categories, categories, tags, tags, id, null, null,
                List.of(), List.of(), null, List.of(), Map.of(), null, List.of(), null, List.of());
    }
}
