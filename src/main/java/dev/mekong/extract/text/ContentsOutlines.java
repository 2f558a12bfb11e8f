package dev.mekong.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of contents numbers its entries by section ("1 Introduction", "2.3 Pricing") one line
 * after another; the article's own numbered headings stand between paragraphs. A run of such
 * lines is chrome, whatever the classifier made of each (one may read like a dated headline).
 */
final class ContentsOutlines {

    /** A section number opening a table-of-contents entry: "2 Types", "2.3 Pricing" (a list item would write "2. ", a table "2.3 mph"). */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\s+\\p{Lu}");
    /** How many section-numbered lines in a row make a table of contents. */
    private static final int MIN_OUTLINE_ENTRIES = 3;

    private ContentsOutlines() {
    }

    /** Gives each entry of a table of contents the link-list rule. */
    static void drop(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && isOutlineEntry(lines.get(j))) {
                j++;
            }
            if (j - i >= MIN_OUTLINE_ENTRIES) {
                for (int k = i; k < j; k++) {
                    Line entry = lines.get(k);
                    // dropped, but costing no more than the short lines they are: a table of contents may sit between intro and body
                    Line chrome = entry.reclassified(LineClassifier.LINK_LIST, true);
                    chrome.score = Math.max(entry.score, -2);
                    lines.set(k, chrome);
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isOutlineEntry(Line line) {
        String t = line.text;
        return (line.rule == null || LineClassifier.LINK_LIST.equals(line.rule)) && line.run < 0 && OUTLINE_NUMBER.matcher(t).find()
                && LineShape.units(t) <= Line.MAX_TEASER_UNITS && !LineShape.endsLikeStatement(t);
    }
}
