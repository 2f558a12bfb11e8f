package dev.mekong.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of headlines cut to a fixed length ends many of its items with "…": each such line reads
 * like a sentence, but a run of short, stop-free lines where several are cut is a teaser list, not
 * prose. A lone line ending with "…" (a summary cut short) keeps its score, unless a link follows
 * the cut on the same line: then it is a teaser on its own.
 */
final class TeaserLists {

    /** A blurb cut short and followed by its link: "…地铁故障】申城地铁与市民的出行 ......  [详情]". */
    private static final Pattern CUT_WITH_LINK = Pattern.compile("(?:…+|\\.{3,})\\s*(?:\\[[^\\]]{1,20}\\]\\s*)+$");
    /** How many cut lines make a run of headline-shaped lines a teaser list. */
    private static final int MIN_TRUNCATED_TEASERS = 3;

    private TeaserLists() {
    }

    /** Marks the cut lines of teaser lists as teasers, costing a little. */
    static void mark(List<Line> lines) {
        for (Line line : lines) {
            if (line.rule == null && CUT_WITH_LINK.matcher(line.text).find()) {
                line.score = Math.min(line.score, -1);
                line.teaser = true;
            }
        }
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            int truncated = 0;
            while (j < lines.size() && lines.get(j).isHeadlineShaped()) {
                if (Line.CUT_SHORT.matcher(lines.get(j).text).find()) {
                    truncated++;
                }
                j++;
            }
            if (truncated >= MIN_TRUNCATED_TEASERS) {
                for (int k = i; k < j; k++) {
                    if (Line.CUT_SHORT.matcher(lines.get(k).text).find()) {
                        lines.get(k).score = Math.min(lines.get(k).score, -1);
                        lines.get(k).teaser = true;
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }
}
