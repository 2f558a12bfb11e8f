package dev.mekong.extract.text;

import java.util.List;

/** Where the page's metadata lines (date, byline) stand around a line: a headline has them close by. */
final class MetadataNearby {

    private MetadataNearby() {
    }

    /** A date or byline line among the next few lines, with only short lines (names, icons) between. */
    static boolean below(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
            Line next = lines.get(j);
            if (LineClassifier.METADATA.equals(next.rule)) {
                return true;
            }
            if (next.rule == null && LineShape.units(next.text) > 8) {
                return false;
            }
        }
        return false;
    }

    /** A date or byline line in the next few lines, before any paragraph. */
    static boolean belowBeforeProse(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
            Line next = lines.get(j);
            if (LineClassifier.METADATA.equals(next.rule)) {
                return true;
            }
            if (next.rule == null && next.score >= LineScore.PROSE) {
                return false;
            }
        }
        return false;
    }

    /** A date or byline line among the two lines above and the three below. */
    static boolean around(List<Line> lines, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 3); j++) {
            if (j != i && LineClassifier.METADATA.equals(lines.get(j).rule)) {
                return true;
            }
        }
        return false;
    }
}
