package dev.mekong.extract.html;

import dev.mekong.language.LanguageFacts;

/**
 * Character-level measures that work the same for spaced and unspaced scripts. Chinese has no spaces,
 * so lengths are counted in characters, with a Han character weighted like a short word.
 */
final class Texts {

    /** A Han, kana or Hangul character carries about as much text as three Latin letters. */
    static final int CJK_WEIGHT = 3;

    private Texts() {
    }

    /** A character that carries about a word: Han, kana, Hangul ({@link LanguageFacts#isIdeographic}). */
    static boolean isCjk(int cp) {
        // no such script below U+1100: Latin text skips the look-up
        return cp >= 0x1100 && LanguageFacts.isIdeographic(Character.UnicodeScript.of(cp));
    }

    static boolean isThai(int cp) {
        return LanguageFacts.isThai(cp);
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || cp == 0x00A0 || cp == 0x2007 || cp == 0x202F || cp == 0x3000;
    }

    /** Characters invisible on a rendered page that only get in the way (zero-width marks, BOM, soft hyphen). */
    static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }

    /** Length in Latin-letter equivalents: whitespace is not counted, CJK characters count {@link #CJK_WEIGHT}. */
    static int weightedLength(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (isSpace(cp) || isInvisible(cp)) {
                continue;
            }
            n += isCjk(cp) ? CJK_WEIGHT : 1;
        }
        return n;
    }

    /** Collapses every run of whitespace (including no-break and ideographic spaces) to one space and trims. */
    static String normalizeSpace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) {
                continue;
            }
            if (isSpace(cp) || Character.isISOControl(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * Clause separators: commas and full stops of every script, plus the spaces Thai uses between
     * phrases. A rough count of how much running prose a block holds.
     */
    static int clauseMarks(CharSequence s) {
        int n = 0;
        int prev = ' ';
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            switch (cp) {
                case ',', '，', '、', ';', '；', '。', '．', '!', '！', '?', '？' -> n++;
                default -> {
                    if (cp == ' ' && isThai(prev)) {
                        n++;
                    }
                }
            }
            prev = cp;
        }
        return n;
    }

    /** Whether the text ends the way a sentence does (full stop, question, exclamation, closing quote after one). */
    static boolean endsLikeSentence(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if ("\"'”’»）)」』】]".indexOf(c) >= 0 || isSpace(c)) {
                continue;
            }
            // a colon ends a line that introduces what follows; Thai writes no stop
            return LanguageFacts.SENTENCE_STOPS.indexOf(c) >= 0 || c == ':' || c == '：' || isThai(c);
        }
        return false;
    }

    /** At most {@code max} characters, cut at a code-point boundary and marked with an ellipsis. */
    static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /** Lower-cased text with whitespace and most punctuation removed: for comparing titles and lines. */
    static String comparable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
