package dev.mekong.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * "Related articles": for an article, the others sharing the most terms with it. Its terms are each level
 * of its category path (so two articles under Business / Energy share two terms, under Business and Business
 * / Energy one) and each of its tags. Ties go to the article closest in date (the nearest in the order of
 * {@link SiteContent#articles}), then to the newer one, so the choice is deterministic. Articles sharing no
 * term are never related.
 *
 * <p>Closeness rather than recency breaks ties so that a story's related list is its own neighbourhood: with
 * "newest first", every article of a large category showed the same five newest ones, and each new article
 * re-rendered the pages of its whole category; now it enters the lists of the few articles around it. It
 * also lets the search stop early: the articles sharing {@code s} of an article's {@code n} terms all have
 * one of its {@code n - s + 1} rarest terms, so each level is found by walking outwards from the article
 * through those terms' postings only, until enough are found.
 */
final class RelatedArticles {

    /** How many related articles an article page shows at most. */
    static final int MAX = 5;

    private final List<IndexEntry> articles;
    /** Per article, the postings of its terms, shortest first: each the positions having the term, ascending. */
    private final List<int[][]> postings = new ArrayList<>();
    /** Per article, its term numbers, ascending. */
    private final List<int[]> termIds = new ArrayList<>();

    /** @param articles the published articles, newest first ({@link SiteContent#articles}) */
    RelatedArticles(List<IndexEntry> articles) {
        this.articles = articles;
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, List<Integer>> byTerm = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Set<String> own = terms(articles.get(i));
            int[] numbers = new int[own.size()];
            int n = 0;
            for (String term : own) {
                int id = ids.computeIfAbsent(term, k -> ids.size());
                numbers[n++] = id;
                byTerm.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
            }
            Arrays.sort(numbers);
            termIds.add(numbers);
        }
        Map<Integer, int[]> arrays = new HashMap<>();
        byTerm.forEach((term, positions) -> arrays.put(term, positions.stream().mapToInt(Integer::intValue).toArray()));
        for (int[] numbers : termIds) {
            postings.add(Arrays.stream(numbers).mapToObj(arrays::get)
                    .sorted(Comparator.comparingInt(list -> list.length)).toArray(int[][]::new));
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

    /** The first {@link #MAX} related articles of the one at {@code position} that {@code shown} accepts. */
    List<IndexEntry> top(int position, IntPredicate shown) {
        return top(ranking(position), shown);
    }

    /** The first {@link #MAX} of the ranking that {@code shown} accepts. */
    List<IndexEntry> top(Ranking ranking, IntPredicate shown) {
        List<IndexEntry> top = new ArrayList<>(MAX);
        for (int k = 0, p; top.size() < MAX && (p = ranking.at(k)) >= 0; k++) {
            if (shown.test(p)) {
                top.add(articles.get(p));
            }
        }
        return top;
    }

    /**
     * The positions of at most {@code limit} articles related to the one at {@code position} that
     * {@code shown} accepts, best first.
     */
    int[] ranked(int position, IntPredicate shown, int limit) {
        Ranking ranking = ranking(position);
        int[] found = new int[16];
        int count = 0;
        for (int k = 0, p; count < limit && (p = ranking.at(k)) >= 0; k++) {
            if (shown.test(p)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = p;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /**
     * The articles related to the one at {@code position}, found as far as they are asked for: each
     * language's page asks for as many as it needs to show five, and the languages share what was found.
     * Rankings of different articles may be made and used on different threads; one ranking on one thread.
     */
    Ranking ranking(int position) {
        return new Ranking(position);
    }

    final class Ranking {
        private final int position;
        private final int[][] lists;
        private final int[] own;
        private int[] found = new int[MAX];
        private int count;
        /** The number of terms shared by the articles the walk is looking for; 0 when all are found. */
        private int level;
        private Walk walk;

        private Ranking(int position) {
            this.position = position;
            this.lists = postings.get(position);
            this.own = termIds.get(position);
            this.level = lists.length;
            this.walk = level == 0 ? null : new Walk(lists, 1, position);
        }

        /** The {@code k}th related article's position (from 0), or -1 when there are fewer. */
        int at(int k) {
            while (count <= k && level > 0) {
                int other = walk.next();
                if (other < 0) {
                    level--;
                    walk = level == 0 ? null : new Walk(lists, lists.length - level + 1, position);
                } else if (shared(own, termIds.get(other)) == level) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = other;
                }
            }
            return k < count ? found[k] : -1;
        }
    }

    private static int shared(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /**
     * The positions in the first {@code used} postings other than the article's own, each once, closest to
     * it first, the newer of two equally close first.
     */
    private static final class Walk {
        private final int[][] lists;
        private final int position;
        /** Per posting, the next index to look at going newer (down) and older (up). */
        private final int[] newer;
        private final int[] older;

        Walk(int[][] lists, int used, int position) {
            this.lists = Arrays.copyOf(lists, used);
            this.position = position;
            this.newer = new int[used];
            this.older = new int[used];
            for (int t = 0; t < used; t++) {
                int at = Arrays.binarySearch(lists[t], position);
                newer[t] = at < 0 ? -at - 2 : at - 1;
                older[t] = at < 0 ? -at - 1 : at + 1;
            }
        }

        /** The next position, or -1 when every posting is walked. */
        int next() {
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int t = 0; t < lists.length; t++) {
                if (newer[t] >= 0) {
                    int distance = position - lists[t][newer[t]];
                    if (distance < bestDistance || distance == bestDistance && lists[t][newer[t]] < best) {
                        best = lists[t][newer[t]];
                        bestDistance = distance;
                    }
                }
                if (older[t] < lists[t].length) {
                    int distance = lists[t][older[t]] - position;
                    if (distance < bestDistance) {
                        best = lists[t][older[t]];
                        bestDistance = distance;
                    }
                }
            }
            for (int t = 0; t < lists.length; t++) { // the same article in several postings is passed once
                if (newer[t] >= 0 && lists[t][newer[t]] == best) {
                    newer[t]--;
                }
                if (older[t] < lists[t].length && lists[t][older[t]] == best) {
                    older[t]++;
                }
            }
            return best;
        }
    }
}
