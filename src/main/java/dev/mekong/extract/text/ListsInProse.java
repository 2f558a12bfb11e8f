package dev.mekong.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An article lists things in short bullets ("You can build:" / "• Blogs" / "• Online courses"),
 * which look like a menu line by line. A short run of list items introduced by a line ending
 * with a colon, or with a paragraph close above and below it, is part of the article: its items
 * are kept and cost nothing. Menus and related lists do not sit between paragraphs.
 */
final class ListsInProse {

    /** The longest run of short list items that an article may hold between its paragraphs. */
    private static final int MAX_PROSE_LIST_ITEMS = 12;
    /** How many lines above and below a list are looked at for a paragraph. */
    private static final int LIST_PROSE_REACH = 4;
    /** A sentence of a few words: enough of a paragraph to hold a list in the article. */
    private static final double LIST_PROSE_SCORE = 5;
    /** A line that introduces a list ends with a colon. */
    private static final Pattern INTRODUCES_LIST = Pattern.compile("[:：]\\s*$");
    /** A lower-case word after another word. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{L}\\S*\\s+\\p{Ll}{2,}");
    /** A list item of one word: "• Compass". */
    private static final Pattern ONE_WORD_ITEM = Pattern.compile("^\\W*[\\p{L}\\p{N}'’-]+\\W*$");
    /** The longest heading over an article's own list ("Pros", "Key features"), in prose units. */
    private static final int MAX_LIST_HEADING_UNITS = 4;
    /** How many headings (and other lines that are no list items) below a headed list, past more headed lists, a paragraph is looked for. */
    private static final int MAX_CHAINED_HEADINGS = 6;

    private ListsInProse() {
    }

    /** Turns the items of each list that sits in the article into plain lines. */
    static void keep(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).isListedLink()) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && lines.get(j).isListedLink()) {
                j++;
            }
            Line above = i > 0 ? lines.get(i - 1) : null;
            boolean plainAbove = above != null && above.rule == null && !above.listItem;
            boolean introduced = plainAbove && LineShape.units(above.text) >= 2 && INTRODUCES_LIST.matcher(above.text).find();
            // "Pros", "Key features": a short heading over phrases is the article's own list
            boolean headed = isListHeading(above) && itemsReadAsPhrases(lines, i, j);
            boolean proseAbove = proseNear(lines, i - (introduced || headed ? 2 : 1), -1);
            boolean proseBelow = proseNear(lines, j, 1);
            boolean inArticle = introduced ? proseAbove || proseBelow
                    : headed ? proseResumesBelowList(lines, j) : proseAbove && proseBelow && itemsReadAsPhrases(lines, i, j);
            if (j - i >= 2 && j - i <= MAX_PROSE_LIST_ITEMS && inArticle) {
                for (int k = i; k < j; k++) {
                    lines.set(k, lines.get(k).reclassified(null, true));
                }
            }
            i = j;
        }
    }

    /** A short plain line with no stop over a list: "Pros", "Key features". */
    private static boolean isListHeading(Line line) {
        return line != null && line.rule == null && !line.listItem && LineShape.units(line.text) <= MAX_LIST_HEADING_UNITS
                && !LineShape.hasStop(line.text);
    }

    /**
     * Most items of more than one word are phrases in sentence case ("Thousands of themes", "Integrate
     * tools your business depends on"), not names or Title Case headlines: some word after the first is
     * lower-case. Items of one word ("Tent", "Compass") say nothing either way.
     */
    private static boolean itemsReadAsPhrases(List<Line> lines, int from, int to) {
        int phrases = 0;
        int words = 0;
        for (int k = from; k < to; k++) {
            if (LOWER_CASE_WORD.matcher(lines.get(k).text).find()) {
                phrases++;
            }
            if (!ONE_WORD_ITEM.matcher(lines.get(k).text).matches()) {
                words++;
            }
        }
        return phrases * 2 > words;
    }

    /**
     * The article goes on below a headed list: past further short headings and lists ("Cons",
     * "Monthly pricing"), however long (a checklist), a paragraph comes before any chrome or a link
     * to a section ("More from … »").
     */
    private static boolean proseResumesBelowList(List<Line> lines, int from) {
        int headings = 0;
        for (int k = from; k < lines.size() && headings <= MAX_CHAINED_HEADINGS; k++) {
            Line line = lines.get(k);
            if (!line.listItem) {
                headings++;
            }
            boolean chrome = line.rule != null && !line.isInlineFurniture();
            if (chrome || LineShape.linksToSection(line.text)) {
                return false;
            }
            if (line.rule == null && !line.listItem && line.score >= LIST_PROSE_SCORE) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph (or a list item that reads as one) among the few lines from {@code from} on in
     * {@code step}'s direction, looking past headings, link items and w3m artefacts but not past other chrome.
     */
    private static boolean proseNear(List<Line> lines, int from, int step) {
        for (int k = from, seen = 0; k >= 0 && k < lines.size() && seen < LIST_PROSE_REACH; k += step, seen++) {
            Line line = lines.get(k);
            if (line.rule != null && !line.isInlineFurniture()) {
                return false;
            }
            // an item that reads as a sentence is prose in a list of its own
            if (line.rule == null && line.score >= LIST_PROSE_SCORE) {
                return true;
            }
        }
        return false;
    }
}
