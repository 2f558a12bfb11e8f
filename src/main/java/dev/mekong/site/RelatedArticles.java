package dev.mekong.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 *
 * <p>A {@code watch} makes the rankings again at every update; most are what they were. A ranking made
 * {@link #after} the previous one reuses what that one found for an article when nothing that could change
 * it changed: no changed, added or removed article lies as close to it as the farthest one it found (such
 * an article could be found, or shift the distances that break ties), and none anywhere shares more terms
 * with it than the last one it found (it would come before that one).
 */
final class RelatedArticles {

    /** How many related articles an article page shows at most. */
    static final int MAX = 5;
    /** Most changed articles looked at before reusing nothing: checking costs articles × changes. */
    private static final int MAX_CHANGES = 256;

    private final List<IndexEntry> articles;
    /** Per article, the postings of its terms, shortest first: each the positions having the term, ascending. */
    private final List<int[][]> postings = new ArrayList<>();
    /** Per article, its term numbers, ascending. */
    private final List<int[]> termIds = new ArrayList<>();

    /** Per position, the ranking made for that article, as far as it was used; null if none was made. */
    private final Ranking[] rankings;
    /** What the previous rankings found, where it may be reused; null: nothing is. */
    private final Carried carried;

    /** @param articles the published articles, newest first ({@link SiteContent#articles}) */
    RelatedArticles(List<IndexEntry> articles) {
        this(articles, null);
    }

    /**
     * Rankings of these articles that reuse what {@code previous} found (rankings made for an earlier list
     * of articles) wherever that cannot have changed.
     *
     * @param previous the last rankings made, or null
     */
    static RelatedArticles after(RelatedArticles previous, List<IndexEntry> articles) {
        return new RelatedArticles(articles, previous);
    }

    private RelatedArticles(List<IndexEntry> articles, RelatedArticles previous) {
        this.articles = articles;
        this.rankings = new Ranking[articles.size()];
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
        this.carried = previous == null ? null : Carried.from(previous, this);
    }

    /**
     * What the previous rankings found, by the article's position in the old list, and the positions of the
     * articles that changed between the two lists (in the old list: changed or removed; in the new: changed
     * or added). Articles are the same when their index entries are equal.
     */
    private record Carried(int[] oldPosition, Found[] found, int[] removed, int[] added) {

        static Carried from(RelatedArticles previous, RelatedArticles next) {
            Map<String, Integer> before = new HashMap<>();
            for (int q = 0; q < previous.articles.size(); q++) {
                before.put(previous.articles.get(q).key(), q);
            }
            int[] oldPosition = new int[next.articles.size()];
            Set<String> kept = new HashSet<>();
            List<Integer> added = new ArrayList<>();
            int last = -1;
            for (int i = 0; i < next.articles.size(); i++) {
                IndexEntry entry = next.articles.get(i);
                Integer q = before.get(entry.key());
                boolean same = q != null && previous.articles.get(q).equals(entry);
                oldPosition[i] = same ? q : -1;
                if (same) {
                    if (q < last) {
                        return null; // the same entries in another order (lists are ordered by entry): reuse nothing
                    }
                    last = q;
                    kept.add(entry.key());
                } else {
                    added.add(i);
                }
            }
            List<Integer> removed = new ArrayList<>();
            for (int q = 0; q < previous.articles.size(); q++) {
                if (!kept.contains(previous.articles.get(q).key())) {
                    removed.add(q);
                }
            }
            if (added.size() + removed.size() > MAX_CHANGES) {
                return null;
            }
            Found[] found = new Found[previous.articles.size()];
            for (int q = 0; q < found.length; q++) {
                Ranking ranking = previous.rankings[q];
                found[q] = ranking == null ? null : ranking.found();
            }
            return new Carried(oldPosition, found, removed.stream().mapToInt(Integer::intValue).toArray(),
                    added.stream().mapToInt(Integer::intValue).toArray());
        }

        /** What the previous ranking of the article now at {@code position} found, if it still holds; else null. */
        Found reusable(int position, RelatedArticles next) {
            int q = oldPosition[position];
            Found known = q < 0 ? null : found[q];
            if (known == null) {
                return null;
            }
            for (int x : removed) {
                if (Math.abs(x - q) <= known.reach()) {
                    return null;
                }
            }
            int[] own = next.termIds.get(position);
            for (int y : added) {
                if (Math.abs(y - position) <= known.reach() || shared(own, next.termIds.get(y)) > known.level()) {
                    return null;
                }
            }
            // nothing changed within reach: the articles found are where they were, shifted alike
            return known;
        }
    }

    /**
     * What a ranking found: the articles in order, as offsets from the article's own position; the level it
     * was walking (the number of terms the last one found shares; 0: every level was walked, nothing more
     * exists) and the greatest distance of one from the article.
     */
    private record Found(int[] offsets, int level, int reach) {
    }

    static Set<String> terms(IndexEntry entry) {
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i < entry.categorySegments().size(); i++) {
            terms.add("c:" + String.join("/", entry.categorySegments().subList(0, i + 1)));
        }
        entry.tagSegments().forEach(segment -> terms.add("t:" + segment));
        return terms;
    }

    /** How many of the rankings made so far reuse what the previous ones found (for tests and figures). */
    int reusedCount() {
        int reused = 0;
        for (Ranking ranking : rankings) {
            if (ranking != null && ranking.reused) {
                reused++;
            }
        }
        return reused;
    }

    /** The first {@link #MAX} related articles of the one at {@code position} that {@code shown} accepts. */
    List<IndexEntry> top(int position, IntPredicate shown) {
        return top(ranking(position), shown);
    }

    /** The first {@link #MAX} of the ranking that {@code shown} accepts. */
    List<IndexEntry> top(Ranking ranking, IntPredicate shown) {
        return Arrays.stream(topPositions(ranking, shown)).mapToObj(articles::get).toList();
    }

    /** The positions of the first {@link #MAX} of the ranking that {@code shown} accepts. */
    int[] topPositions(Ranking ranking, IntPredicate shown) {
        int[] top = new int[MAX];
        int count = 0;
        for (int k = 0, p; count < MAX && (p = ranking.at(k)) >= 0; k++) {
            if (shown.test(p)) {
                top[count++] = p;
            }
        }
        return count == MAX ? top : Arrays.copyOf(top, count);
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
        Found reused = carried == null ? null : carried.reusable(position, this);
        Ranking ranking = new Ranking(position, reused);
        rankings[position] = ranking;
        return ranking;
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

        /** Whether {@link #found} came from the previous ranking (and the walk has not started). */
        private boolean carriedOver;
        /** Whether it was made from the previous ranking. */
        private final boolean reused;

        private Ranking(int position, Found reused) {
            this.position = position;
            this.lists = postings.get(position);
            this.own = termIds.get(position);
            this.reused = reused != null;
            if (reused != null) {
                int[] offsets = reused.offsets();
                found = new int[Math.max(MAX, offsets.length)];
                for (int k = 0; k < offsets.length; k++) {
                    found[k] = position + offsets[k];
                }
                count = offsets.length;
                level = reused.level();
                carriedOver = true;
            } else {
                start();
            }
        }

        private void start() {
            count = 0;
            level = lists.length;
            walk = level == 0 ? null : new Walk(lists, 1, position);
            carriedOver = false;
        }

        /** The {@code k}th related article's position (from 0), or -1 when there are fewer. */
        int at(int k) {
            if (carriedOver && count <= k && level > 0) {
                start(); // asked for more than was found last time: walk from the start
            }
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

        /** What was found so far, for the next update's rankings. */
        Found found() {
            int[] offsets = new int[count];
            int reach = 0;
            for (int k = 0; k < count; k++) {
                offsets[k] = found[k] - position;
                reach = Math.max(reach, Math.abs(offsets[k]));
            }
            return new Found(offsets, level, reach);
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
