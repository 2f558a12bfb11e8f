package dev.mekong.site;

import java.util.ArrayList;
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
    /** Per term, the positions in {@code articles} of the articles having it, ascending. */
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final List<Set<String>> terms = new ArrayList<>();

    /** @param articles the published articles, newest first ({@link SiteContent#articles}) */
    RelatedArticles(List<IndexEntry> articles) {
        this.articles = articles;
        for (int i = 0; i < articles.size(); i++) {
            Set<String> own = terms(articles.get(i));
            terms.add(own);
            for (String term : own) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
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
     * a term in common; callers take the first {@link #MAX} that they can show.
     */
    List<Integer> ranked(int position) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (String term : terms.get(position)) {
            for (int other : postings.get(term)) {
                if (other != position) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        List<Integer> ranked = new ArrayList<>(shared.keySet());
        ranked.sort((a, b) -> {
            int byCount = Integer.compare(shared.get(b), shared.get(a));
            return byCount != 0 ? byCount : Integer.compare(a, b); // newer first: the content's order
        });
        return ranked;
    }

    /** The first {@link #MAX} of {@link #ranked} that {@code shown} accepts, as entries. */
    List<IndexEntry> top(List<Integer> ranked, IntPredicate shown) {
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
