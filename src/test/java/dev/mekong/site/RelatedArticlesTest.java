package dev.mekong.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedArticlesTest {

    @Test
    void ranksByTermsSharedThenByClosenessInDateThenNewerFirst() {
        // newest first, as SiteContent orders them
        List<IndexEntry> articles = List.of(
                entry("a", List.of("business"), List.of()),               // 0
                entry("x", List.of("business", "energy"), List.of("hydro")),
                entry("b", List.of("sport"), List.of()),                  // 2: nothing in common with any
                entry("c", List.of("business", "energy"), List.of()),
                entry("d", List.of("business"), List.of("hydro")),
                entry("e", List.of("business", "energy"), List.of("hydro")),
                entry("f", List.of("politics"), List.of("hydro")));
        RelatedArticles related = new RelatedArticles(articles);
        // x: e shares 3; c and d 2 (c closer); a and f 1 (a closer)
        assertThat(related.ranked(1, p -> true, 10)).containsExactly(5, 3, 4, 0, 6);
        // e: x shares 3; d (one away) before c (two away), both 2; f (one away) before a (five away), both 1
        assertThat(related.ranked(5, p -> true, 10)).containsExactly(1, 4, 3, 6, 0);
        assertThat(related.top(5, p -> p != 4).stream().map(IndexEntry::id).toList())
                .containsExactly("x", "c", "f", "a");
        assertThat(related.ranked(2, p -> true, 10)).isEmpty();
        assertThat(related.ranked(1, p -> true, 10)).as("the same again: nothing left over from the last call")
                .containsExactly(5, 3, 4, 0, 6);
    }

    @Test
    void equallyCloseArticlesGoNewerFirstAndOnlyTheNeighbourhoodIsShown() {
        List<IndexEntry> articles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            articles.add(entry("id" + i, List.of("business"), List.of()));
        }
        RelatedArticles related = new RelatedArticles(articles);
        assertThat(related.top(10, p -> true).stream().map(IndexEntry::id).toList())
                .containsExactly("id9", "id11", "id8", "id12", "id7");
        assertThat(related.top(0, p -> true).stream().map(IndexEntry::id).toList())
                .containsExactly("id1", "id2", "id3", "id4", "id5");
        assertThat(related.top(19, p -> true).stream().map(IndexEntry::id).toList())
                .containsExactly("id18", "id17", "id16", "id15", "id14");
    }

    @Test
    void theWalkThroughTheRarestTermsFindsWhatRankingEveryArticleFinds() {
        java.util.Random random = new java.util.Random(42);
        List<IndexEntry> articles = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            List<String> category = random.nextBoolean() ? List.of("c" + random.nextInt(4))
                    : List.of("c" + random.nextInt(4), "s" + random.nextInt(3));
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                tags.add("t" + random.nextInt(12));
            }
            articles.add(entry("id" + i, category, tags.stream().distinct().toList()));
        }
        RelatedArticles related = new RelatedArticles(articles);
        for (int p = 0; p < articles.size(); p++) {
            int position = p;
            java.util.Set<String> own = RelatedArticles.terms(articles.get(p));
            java.util.function.IntUnaryOperator shared = q -> (int) RelatedArticles.terms(articles.get(q)).stream()
                    .filter(own::contains).count();
            java.util.function.IntPredicate shown = q -> q % 3 != 0;
            int[] expected = java.util.stream.IntStream.range(0, articles.size())
                    .filter(q -> q != position && shared.applyAsInt(q) > 0 && shown.test(q)).boxed()
                    .sorted(java.util.Comparator.<Integer>comparingInt(q -> -shared.applyAsInt(q))
                            .thenComparingInt(q -> Math.abs(q - position)).thenComparingInt(q -> q))
                    .mapToInt(Integer::intValue).toArray();
            assertThat(related.ranked(p, shown, Integer.MAX_VALUE)).as("article %d", p).containsExactly(expected);
            assertThat(related.ranked(p, shown, RelatedArticles.MAX))
                    .containsExactly(java.util.Arrays.copyOf(expected, Math.min(expected.length, RelatedArticles.MAX)));
        }
    }

    /**
     * Rankings made after earlier ones, through rounds of articles added, removed, re-dated and re-tagged,
     * show what rankings made from nothing show, in every "language" (each lists some of the articles).
     */
    @Test
    void rankingsCarriedOverFromTheLastUpdateShowWhatFreshOnesShow() {
        java.util.Random random = new java.util.Random(7);
        List<IndexEntry> articles = new ArrayList<>();
        int next = 0;
        for (; next < 300; next++) {
            articles.add(randomEntry(random, "id" + next));
        }
        RelatedArticles previous = null;
        int reused = 0;
        for (int round = 0; round < 40; round++) {
            List<IndexEntry> listed = List.copyOf(articles); // each update lists its articles anew
            RelatedArticles carried = RelatedArticles.after(previous, listed);
            RelatedArticles fresh = new RelatedArticles(listed);
            for (int p = 0; p < articles.size(); p++) {
                RelatedArticles.Ranking ranking = carried.ranking(p);
                RelatedArticles.Ranking expected = fresh.ranking(p);
                for (int language = 0; language < 3; language++) {
                    java.util.function.IntPredicate shown = listedIn(articles, language);
                    assertThat(ids(carried.top(ranking, shown))).as("round %d, article %d, language %d", round, p, language)
                            .isEqualTo(ids(fresh.top(expected, shown)));
                }
            }
            reused += carried.reusedCount();
            previous = carried;
            // a few changes: new articles (anywhere in date), some removed, some re-dated or re-tagged
            for (int change = random.nextInt(4); change >= 0; change--) {
                int kind = random.nextInt(round % 10 == 9 ? 5 : 4);
                int at = random.nextInt(articles.size());
                if (kind == 0) {
                    articles.add(random.nextInt(4) == 0 ? 0 : at, randomEntry(random, "id" + next++));
                } else if (kind == 1) {
                    articles.remove(at);
                } else if (kind == 2) {
                    articles.add(random.nextInt(articles.size()), redated(articles.remove(at), "round " + round));
                } else if (kind == 3) {
                    articles.set(at, randomEntry(random, articles.get(at).id()));
                } else {
                    // moved although its entry is the same: cannot happen on a site (lists are ordered by entry),
                    // but must not be shown wrong either
                    articles.add(random.nextInt(articles.size()), articles.remove(at));
                }
            }
        }
        assertThat(reused).as("rankings reused over the rounds").isPositive();
    }

    /** A new story at the top re-ranks only the articles whose related ones reach that far. */
    @Test
    void aNewStoryAtTheTopLeavesTheRankingsOfOlderArticlesAsTheyWere() {
        List<IndexEntry> articles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // a running story: each article shares a tag with the 20 around it
            articles.add(entry("id" + i, List.of("c" + i % 4), List.of("story" + i / 20, "story" + (i + 10) / 20)));
        }
        RelatedArticles before = new RelatedArticles(List.copyOf(articles));
        for (int p = 0; p < articles.size(); p++) {
            before.top(before.ranking(p), q -> true);
        }
        articles.add(0, entry("new", List.of("c0"), List.of("story0")));
        RelatedArticles after = RelatedArticles.after(before, List.copyOf(articles));
        RelatedArticles fresh = new RelatedArticles(List.copyOf(articles));
        for (int p = 0; p < articles.size(); p++) {
            assertThat(ids(after.top(after.ranking(p), q -> true))).as("article %d", p)
                    .isEqualTo(ids(fresh.top(fresh.ranking(p), q -> true)));
        }
        assertThat(after.reusedCount()).as("rankings reused").isGreaterThan(900);
    }

    private static IndexEntry redated(IndexEntry e, String published) {
        return new IndexEntry(e.key(), e.id(), e.recordHash(), e.slug(), e.sourceTag(), published, e.categories(),
                e.categorySegments(), e.tags(), e.tagSegments(), e.title(), e.sourceFile(), e.sourceSha256(), e.authors(),
                e.authorSegments(), e.image(), e.removed(), e.versions(), e.slugWarning(), e.warnings(), e.held(), e.media());
    }

    private static IndexEntry randomEntry(java.util.Random random, String id) {
        List<String> category = random.nextBoolean() ? List.of("c" + random.nextInt(4))
                : List.of("c" + random.nextInt(4), "s" + random.nextInt(3));
        List<String> tags = new ArrayList<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            tags.add("t" + random.nextInt(12));
        }
        return entry(id, category, tags.stream().distinct().toList());
    }

    /** Which articles a language lists: decided by the article, as a version's status is, not by its position. */
    private static java.util.function.IntPredicate listedIn(List<IndexEntry> articles, int language) {
        return p -> (articles.get(p).id().hashCode() & 0x7fffffff) % (language + 2) != 0;
    }

    private static List<String> ids(List<IndexEntry> entries) {
        return entries.stream().map(IndexEntry::id).toList();
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
            total += related.top(i, p -> true).size();
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
