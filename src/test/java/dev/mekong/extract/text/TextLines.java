package dev.mekong.extract.text;

import dev.mekong.extract.Cues;

import java.util.List;

/** Lines of literal pages for the tests of the extractor's parts, and their state written out to compare. */
final class TextLines {

    static final LineClassifier CLASSIFIER = new LineClassifier(Cues.builtIn());

    private TextLines() {
    }

    /** The page's lines as the classifier leaves them, before any pass. */
    static List<Line> classified(String page) {
        return new PageLines(CLASSIFIER).classified(page, null);
    }

    /** The page's lines after every pass. */
    static List<Line> read(String page) {
        return new PageLines(CLASSIFIER).read(page, null);
    }

    /** Each line as "rule | text", "-" for a plain line. */
    static List<String> rules(List<Line> lines) {
        return lines.stream().map(l -> (l.rule == null ? "-" : l.rule) + " | " + l.text).toList();
    }

    /** Each line as "score | text". */
    static List<String> scores(List<Line> lines) {
        return lines.stream().map(l -> l.score + " | " + l.text).toList();
    }
}
