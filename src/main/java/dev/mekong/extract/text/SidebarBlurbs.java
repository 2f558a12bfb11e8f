package dev.mekong.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's paragraphs follow one another; a sidebar of teasers gives each blurb a line of its
 * own between its headline, image alt text and "more" link. Where several prose lines in a row
 * (with no two paragraphs side by side between them) each stand alone, they are such a sidebar
 * and count for half, so it does not outweigh a shorter article. A lone paragraph between a
 * table and a code listing in a long post is not discounted: the article's paired paragraphs
 * come before and after it.
 */
final class SidebarBlurbs {

    /** What a paragraph with no paragraph beside it weighs. */
    private static final double ISOLATED_PROSE_WEIGHT = 0.5;
    /** How many lone prose lines in a row make a sidebar of teaser blurbs. */
    private static final int MIN_TEASER_BLURBS = 4;

    private SidebarBlurbs() {
    }

    /** Halves the score of each blurb of a sidebar. */
    static void discount(List<Line> lines) {
        int n = lines.size();
        boolean[] prose = new boolean[n];
        for (int i = 0; i < n; i++) {
            prose[i] = lines.get(i).score >= LineScore.PROSE;
        }
        List<Integer> alone = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            if (i < n && !prose[i]) {
                continue;
            }
            boolean paired = i < n && (i > 0 && prose[i - 1] || i + 1 < n && prose[i + 1]);
            if (i < n && !paired) {
                alone.add(i);
                continue;
            }
            if (alone.size() >= MIN_TEASER_BLURBS) {
                for (int k : alone) {
                    lines.get(k).score *= ISOLATED_PROSE_WEIGHT;
                }
            }
            alone.clear();
        }
    }
}
