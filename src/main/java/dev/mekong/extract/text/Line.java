package dev.mekong.extract.text;

import java.util.regex.Pattern;

/**
 * One line of a text copy as the extractor sees it: the chrome rule the classifier gave it (null for
 * a plain line), whether it is a list item, and the prose score the passes over the page refine.
 */
final class Line {

    /** A line cut short by the page: "…" or "..." at its end. */
    static final Pattern CUT_SHORT = Pattern.compile("\\s*(?:…+|\\.{3,})\\s*$");
    /** The longest line of a teaser list, in prose units. */
    static final int MAX_TEASER_UNITS = 30;

    final int index;
    final String text;
    final String rule;
    final boolean listItem;
    /** Whether the line opens a paragraph of the page (after a blank line, or a gap in its layout column). */
    final boolean paragraphStart;
    double score;
    /** An item of a list of headlines cut short: never a lead either. */
    boolean teaser;
    /** Lines of one paragraph that the page wrapped share a run number; -1 when not wrapped. */
    int run = -1;

    Line(int index, String text, String rule, boolean listItem, boolean paragraphStart) {
        this.index = index;
        this.text = text;
        this.rule = rule;
        this.listItem = listItem;
        this.paragraphStart = paragraphStart;
    }

    /** The same line given another rule (null: kept as a plain line), with no score, run or teaser mark yet. */
    Line reclassified(String newRule, boolean asListItem) {
        return new Line(index, text, newRule, asListItem, paragraphStart);
    }

    /** A plain line of prose, not a list item. */
    boolean isPlainProse() {
        return rule == null && !listItem && score >= LineScore.PROSE;
    }

    /** A list item the classifier took for a link. */
    boolean isListedLink() {
        return listItem && LineClassifier.LINK_LIST.equals(rule);
    }

    /** Chrome that stands between an article's own sections: link items, image artefacts, buttons ("Visit website"). */
    boolean isInlineFurniture() {
        return LineClassifier.LINK_LIST.equals(rule) || LineClassifier.W3M_ARTEFACT.equals(rule)
                || LineClassifier.CALL_TO_ACTION.equals(rule);
    }

    /** A plain line of headline size with no sentence stop before its end. */
    boolean isHeadlineShaped() {
        String body = CUT_SHORT.matcher(text).replaceFirst("");
        double units = LineShape.units(body);
        return rule == null && run < 0 && units >= 3 && units <= MAX_TEASER_UNITS && !LineShape.hasStop(body)
                && !LineShape.endsLikeSentence(body);
    }
}
