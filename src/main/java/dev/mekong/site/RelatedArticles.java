package dev.mekong.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * "Related articles": for an article, the others sharing the most terms with it. Its terms are each level
 * of its category path (so two articles under Business / Energy share two terms, under Business and Business
 * / Energy one) and each of its tags. Ties go to the newer article, then to the smaller id: the order of
 * {@link SiteContent#articles}, so the choice is deterministic. Articles sharing no term are never related.
 */
final class RelatedArticles {

    /** How many related articles an article page shows at most. */
    static final int MAX = 5;

    private final List<IndexEntry> articles;
    /** Per article, the postings of its terms: each the positions in {@code articles} having the term, ascending. */
    private final List<List<int[]>> postings = new ArrayList<>();
    /** Terms shared with the article being ranked, by position; zero between calls. */
    private final int[] shared;

    /** @param articles the published articles, newest first ({@link SiteContent#articles}) */
    RelatedArticles(List<IndexEntry> articles) {
        this.articles = articles;
        this.shared = new int[articles.size()];
        Map<String, List<Integer>> byTerm = new HashMap<>();
        List<Set<String>> terms = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<String> own = terms(articles.get(i));
            terms.add(own);
            for (String term : own) {
                byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> arrays = new HashMap<>();
        byTerm.forEach((term, positions) -> arrays.put(term, positions.stream().mapToInt(Integer::intValue).toArray()));
        for (Set<String> own : terms) {
            postings.add(own.stream().map(arrays::get).toList());
        }
    }

    static Set<String> terms(IndexEntry entry) {
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i < entry.categorySegments().size(); i++) {
            terms.add("c:" + String.join("/", entry.categorySegments().subList(0, i + 1)));
        }
        entry.tagSegments().forEach(segment -> terms.add("t:" + segment));
        return terms;
    }

    /**
     * The positions of the articles related to the article at {@code position}, best first, every one with
     * a term in common; callers take the first {@link #MAX} that they can show. Not for several threads.
     */
    int[] ranked(int position) {
        int[] touched = new int[16];
        int count = 0;
        int most = 0;
        for (int[] positions : postings.get(position)) {
            for (int other : positions) {
                if (other == position) {
                    continue;
                }
                if (shared[other]++ == 0) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = other;
                }
                most = Math.max(most, shared[other]);
            }
        }
        touched = Arrays.copyOf(touched, count);
        Arrays.sort(touched); // newest first: the content's order
        int[] ranked = new int[count];
        int next = 0;
        for (int terms = most; terms > 0; terms--) {
            for (int other : touched) {
                if (shared[other] == terms) {
                    ranked[next++] = other;
                }
            }
        }
        for (int other : touched) {
            shared[other] = 0;
        }
        return ranked;
    }

    /** The first {@link #MAX} of {@link #ranked} that {@code shown} accepts, as entries. */
    List<IndexEntry> top(int[] ranked, IntPredicate shown) {
        List<IndexEntry> top = new ArrayList<>(MAX);
        for (int position : ranked) {
            if (top.size() == MAX) {
                break;
            }
            if (shown.test(position)) {
                top.add(articles.get(position));
            }
        }
        return top;
    }
}
