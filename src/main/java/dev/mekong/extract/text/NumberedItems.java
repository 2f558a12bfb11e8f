package dev.mekong.extract.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbered list items ("2. Scales Extremely Well", "3) Foods to boost immunity"): section headings or a list's teasers. */
final class NumberedItems {

    /** A numbered list item: "2. ", "3) ". */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s");
    /** How many plain headlines numbered on from a prose item make it the expanded first story of a list. */
    private static final int MIN_TEASER_FOLLOWERS = 2;

    private NumberedItems() {
    }

    /**
     * A numbered item standing alone, with text below it that is no list item ("2. Scales Extremely
     * Well" over its paragraph), is a numbered section heading of the article: menus and related
     * lists number their items one after another. It is kept and costs what a heading costs.
     */
    static void keepHeadings(List<Line> lines) {
        for (int k = 0; k + 1 < lines.size(); k++) {
            Line line = lines.get(k);
            boolean numbered = line.isListedLink() && NUMBERED.matcher(line.text).find();
            boolean alone = (k == 0 || !lines.get(k - 1).listItem) && lines.get(k + 1).rule == null && !lines.get(k + 1).listItem;
            if (numbered && alone) {
                Line heading = line.reclassified(null, true);
                heading.score = LineScore.of(line.text, null);
                lines.set(k, heading);
            }
        }
    }

    /**
     * A numbered list of headlines ("Most read") may print its first story with a blurb: an item
     * that reads as prose, followed by the next numbers of the list as plain headlines the article
     * did not keep. It belongs to that list.
     */
    static void dropExpandedTeasers(List<Line> lines) {
        for (int k = 0; k + MIN_TEASER_FOLLOWERS < lines.size(); k++) {
            Line line = lines.get(k);
            Integer number = itemNumber(line.text);
            if (line.rule != null || !line.listItem || number == null) {
                continue;
            }
            boolean followed = true;
            for (int f = 1; f <= MIN_TEASER_FOLLOWERS && followed; f++) {
                Line next = lines.get(k + f);
                followed = next.isListedLink() && Integer.valueOf(number + f).equals(itemNumber(next.text));
            }
            if (followed) {
                Line teaser = line.reclassified(LineClassifier.LINK_LIST, true);
                teaser.score = LineScore.CHROME;
                lines.set(k, teaser);
            }
        }
    }

    /** The number of a numbered list item ("3. Foods to boost immunity"), or null. */
    private static Integer itemNumber(String t) {
        Matcher m = NUMBERED.matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
