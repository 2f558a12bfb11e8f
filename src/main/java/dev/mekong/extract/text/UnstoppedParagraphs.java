package dev.mekong.extract.text;

import java.util.List;

/**
 * Chinese blogs and forums write whole paragraphs without a stop, a space where the comma goes: such a
 * line scores as a list item would. Where two or more of them stand next to each other, each a paragraph
 * of its own between blank lines and longer than headlines run, they are the article's prose. Lists of
 * headlines run line under line, without blank lines between them, and keep their score.
 */
final class UnstoppedParagraphs {

    /** The length from which a line of Chinese without any stop may be a paragraph: longer than headlines run. */
    private static final int MIN_UNITS = 25;
    /** The shortest average clause between spaces: a menu row's cells are a word or two ("新闻- 经济- 商业"). */
    private static final int MIN_UNITS_PER_CLAUSE = 6;

    private UnstoppedParagraphs() {
    }

    /** Gives each such paragraph the score of prose of its length. */
    static void mark(List<Line> lines) {
        int n = lines.size();
        boolean[] candidate = new boolean[n];
        for (int i = 0; i < n; i++) {
            candidate[i] = isCandidate(lines, i);
        }
        for (int i = 0; i < n; i++) {
            if (candidate[i] && (i > 0 && candidate[i - 1] || i + 1 < n && candidate[i + 1])) {
                lines.get(i).score = LineShape.units(lines.get(i).text);
            }
        }
    }

    /** A plain line of Chinese that is no sentence, long enough and a paragraph alone (blank lines around it). */
    private static boolean isCandidate(List<Line> lines, int i) {
        Line line = lines.get(i);
        boolean alone = line.paragraphStart && (i + 1 == lines.size() || lines.get(i + 1).paragraphStart);
        return alone && line.rule == null && !line.listItem && line.score < LineScore.PROSE
                && LineShape.units(line.text) >= MIN_UNITS && LineShape.mostlyHan(line.text)
                && LineShape.units(line.text) / line.text.strip().split("\\s+").length >= MIN_UNITS_PER_CLAUSE;
    }
}
