package dev.mekong.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the curly quotes and dashes of a page that was read as Latin-1 and then copied as text with
 * the C1 control characters blanked out: UTF-8 ’ (E2 80 99) became "â" plus two lost bytes, printed as
 * "Investorâ  s", "donâ  t", "stripesâ  simple". The lost bytes cannot be read back, so the character is
 * inferred from where it stands: an apostrophe before a contraction ending, a dash between words, an
 * opening quote before a word, a closing quote after one. Only a text with several such marks is
 * repaired: "â" followed by two blanks is no spelling of any language.
 */
final class LostPunctuationRepair {

    /** "â" and the two bytes that were lost, as blanks or as the C1 controls themselves. */
    private static final Pattern LOST = Pattern.compile("â[ \\u0080-\\u009F]{2}");
    /** Marks a text needs before it is taken for damaged: one could be an accident of layout. */
    private static final int MIN_MARKS = 3;
    private static final Pattern CONTRACTION = Pattern.compile("(?:s|t|d|m|ll|re|ve)(?![\\p{L}\\p{N}])");

    String repair(String text) {
        Matcher m = LOST.matcher(text);
        int marks = 0;
        while (m.find() && marks < MIN_MARKS) {
            marks++;
        }
        if (marks < MIN_MARKS) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        m.reset();
        int last = 0;
        boolean quoteOpen = false;
        while (m.find()) {
            out.append(text, last, m.start());
            if (text.substring(last, m.start()).indexOf('\n') >= 0) {
                quoteOpen = false;
            }
            int before = m.start() == 0 ? ' ' : text.codePointBefore(m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3));
            boolean wordBefore = Character.isLetterOrDigit(before) || ".,!?;:)".indexOf(before) >= 0;
            boolean wordAfter = !after.isEmpty() && Character.isLetterOrDigit(after.codePointAt(0));
            String mark;
            if (Character.isLetter(before) && CONTRACTION.matcher(after).lookingAt()) {
                mark = "’";
            } else if (wordBefore && wordAfter) {
                mark = "—";
            } else if (wordAfter) {
                mark = "“";
                quoteOpen = true;
            } else if (wordBefore && quoteOpen) {
                mark = "”";
                quoteOpen = false;
            } else {
                mark = "—";
            }
            out.append(mark);
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
