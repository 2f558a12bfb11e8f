package dev.mekong.extract.text;

import java.util.regex.Pattern;

/**
 * How much a line weighs towards the article: prose scores its mass, short or unpunctuated lines cost
 * a little, chrome costs a lot. The article is the run of lines with the best total.
 */
final class LineScore {

    /** The score from which a line counts as a paragraph of prose. */
    static final double PROSE = 10;
    /** What a line of chrome costs, unless it opens a section that is never article text. */
    static final double CHROME = -8;
    /** What a heading opening a related list, comments or disclaimer costs: only a long article goes on past one. */
    private static final double SECTION_END = -40;
    /** A placeholder stands where the page's own widgets load, inside the article as often as beside it. */
    private static final double PLACEHOLDER = -0.5;

    /** A news agency or paper signing off a paragraph after its last sentence: " - Reuters", " — Pretoria News". */
    private static final Pattern SIGN_OFF = Pattern.compile("(?<=[.!?][\"”’]?)\\s+[-–—]\\s*\\p{Lu}[\\p{L}&'’. ]{1,30}$");

    private LineScore() {
    }

    /** The score of a line with the classifier's rule (null for a plain line). */
    static double of(String t, String rule) {
        if (rule != null) {
            return LineClassifier.isSectionEnd(rule) ? SECTION_END : LineClassifier.PLACEHOLDER.equals(rule) ? PLACEHOLDER : CHROME;
        }
        double units = LineShape.units(t);
        // a last paragraph signed by its source, "… to hospital. - Pretoria News", ends with the sentence before the sign-off
        boolean sentence = LineShape.endsLikeSentence(SIGN_OFF.matcher(t).replaceFirst(""));
        boolean thai = LineShape.hasThai(t);
        // commas alone do not make prose: headline lists use them too, so a full stop must be in the line
        boolean prose = sentence || units >= 25 && LineShape.punctuation(t) >= 2 && LineShape.hasStop(t) || thai && units >= 15;
        if (units >= 10 && prose) {
            return units;
        }
        if (units >= 10) {
            return -1;
        }
        return sentence ? -0.5 : -2;
    }

    /** A line the site's rules keep counts as prose, whatever its shape. */
    static double keptBySite(String t) {
        return Math.max(PROSE, LineShape.units(t));
    }
}
