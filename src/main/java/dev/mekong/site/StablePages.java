package dev.mekong.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Pagination that stays put as a list grows. A list longer than a page gets numbered pages counted from
 * its oldest article: page 1 holds the oldest page-size articles, page 2 the next ones, and the last page
 * the newest few. The list's first page shows the newest page-size articles (they are also on the last one
 * or two numbered pages). A new article therefore changes the first page and the last numbered page, or
 * starts a new one — three files at most — where pages numbered from the newest would all shift (at 10,000
 * articles, a thousand pages per language for one addition). The URLs of old pages never change meaning,
 * which also suits links and caches.
 */
final class StablePages {

    /**
     * One page of a list.
     *
     * @param number 0 for the list's first page, else the page's number counted from the oldest
     * @param items  what the page shows, newest first
     * @param newer  the number of the page with newer articles (0: the first page), null for none
     * @param older  the number of the page with older articles, null for none
     */
    record Slice<T>(int number, List<T> items, Integer newer, Integer older) {
    }

    private StablePages() {
    }

    /** The pages of a list given newest first: the first page, then the numbered ones from page 1 up. */
    static <T> List<Slice<T>> of(List<T> newestFirst, int size) {
        int count = newestFirst.size();
        if (count <= size) {
            return List.of(new Slice<>(0, List.copyOf(newestFirst), null, null));
        }
        int last = (count + size - 1) / size;
        List<Slice<T>> slices = new ArrayList<>(last + 1);
        // the first page's oldest article is on page last - 1 (the last page holds at most page-size)
        slices.add(new Slice<>(0, List.copyOf(newestFirst.subList(0, size)), null, last - 1));
        for (int number = 1; number <= last; number++) {
            // page n holds the oldest-first positions (n-1)*size .. n*size-1, shown newest first
            int fromEnd = (number - 1) * size;
            int toEnd = Math.min(count, number * size);
            List<T> items = List.copyOf(newestFirst.subList(count - toEnd, count - fromEnd));
            slices.add(new Slice<>(number, items, number == last ? 0 : number + 1, number == 1 ? null : number - 1));
        }
        return slices;
    }

    /** Puts a slice's items and pager into a list page's model ({@code list.ftlh}); {@code path} names page n. */
    static void describe(Slice<?> slice, IntFunction<String> path, Map<String, Object> model) {
        model.put("items", slice.items());
        model.put("pageNumber", slice.number() == 0 ? null : slice.number());
        model.put("newer", slice.newer() == null ? null : path.apply(slice.newer()));
        model.put("older", slice.older() == null ? null : path.apply(slice.older()));
    }
}
