package dev.mekong.extract.text;

import dev.mekong.language.LanguageFacts;

import java.util.ArrayList;
import java.util.List;

/**
 * A text copy wraps long paragraphs at a fixed width: consecutive plain lines between blank lines
 * that read as prose together are one paragraph, scored as prose line by line and joined again into
 * one block.
 */
final class WrappedParagraphs {

    private WrappedParagraphs() {
    }

    /** Gives the lines of each wrapped paragraph one run number, and each of them a prose score. */
    static void mark(List<Line> lines) {
        List<Integer> paragraphStarts = new ArrayList<>();
        for (Line line : lines) {
            if (line.paragraphStart) {
                paragraphStarts.add(line.index);
            }
        }
        paragraphStarts.add(lines.size());
        int runId = 0;
        for (int p = 0; p + 1 < paragraphStarts.size(); p++) {
            int from = paragraphStarts.get(p);
            int to = paragraphStarts.get(p + 1);
            int i = from;
            while (i < to) {
                int j = i;
                StringBuilder joined = new StringBuilder();
                while (j < to && lines.get(j).rule == null && (!lines.get(j).listItem || j == i)) {
                    joined.append(lines.get(j).text).append(' ');
                    j++;
                }
                if (j - i >= 2 && evenlyWrapped(lines, i, j) && isProse(joined.toString().strip())) {
                    markRun(lines, i, j, runId++);
                } else if (j - i >= 4) {
                    // paragraphs with no blank line between: each ends on a short line with a stop
                    int first = i;
                    int widest = widestLine(lines, i, j);
                    for (int k = i; k < j; k++) {
                        if (k + 1 < j && !endsParagraph(lines.get(k).text, widest)) {
                            continue;
                        }
                        if (k + 1 - first >= 2 && evenlyWrapped(lines, first, k + 1) && isProse(joinedText(lines, first, k + 1))) {
                            markRun(lines, first, k + 1, runId++);
                        }
                        first = k + 1;
                    }
                }
                i = Math.max(j, i + 1);
            }
        }
    }

    /** Joins two pieces of a wrapped paragraph: no space between CJK characters, one space otherwise. */
    static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        boolean cjk = isWide(a.codePointBefore(a.length())) && isWide(b.codePointAt(0));
        return cjk ? a + b : a + " " + b;
    }

    private static boolean isWide(int cp) {
        return LanguageFacts.isIdeographic(Character.UnicodeScript.of(cp)) || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    private static void markRun(List<Line> lines, int from, int to, int runId) {
        for (int k = from; k < to; k++) {
            lines.get(k).run = runId;
            lines.get(k).score = Math.max(1, LineShape.units(lines.get(k).text));
        }
    }

    private static String joinedText(List<Line> lines, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int k = from; k < to; k++) {
            joined.append(lines.get(k).text).append(' ');
        }
        return joined.toString().strip();
    }

    private static int widestLine(List<Line> lines, int from, int to) {
        int widest = 0;
        for (int m = from; m < to; m++) {
            widest = Math.max(widest, LayoutColumns.displayWidth(lines.get(m).text, lines.get(m).text.length()));
        }
        return widest;
    }

    /** A line ending a sentence well short of the widest line of its block: the last line of a paragraph. */
    private static boolean endsParagraph(String t, int widest) {
        return LineShape.endsLikeSentence(t) && LayoutColumns.displayWidth(t, t.length()) < widest * 0.75;
    }

    /**
     * A paragraph wrapped at a fixed width fills every line but the last to about the same width; a
     * list of headlines does not.
     */
    private static boolean evenlyWrapped(List<Line> lines, int from, int to) {
        int widest = 0;
        for (int k = from; k < to - 1; k++) {
            widest = Math.max(widest, LayoutColumns.displayWidth(lines.get(k).text, lines.get(k).text.length()));
        }
        for (int k = from; k < to - 1; k++) {
            if (LayoutColumns.displayWidth(lines.get(k).text, lines.get(k).text.length()) < widest * 0.75) {
                return false;
            }
        }
        String last = lines.get(to - 1).text;
        return LayoutColumns.displayWidth(last, last.length()) <= widest * 1.1;
    }

    /** Wrapped text reads as prose: punctuated (official prose runs long between commas) with a sentence stop. */
    private static boolean isProse(String t) {
        double units = LineShape.units(t);
        return units >= 15 && (LineShape.punctuation(t) * 30 >= units && LineShape.hasStop(t) || LineShape.hasThai(t));
    }
}
