package dev.mekong.extract.html;

/**
 * Character-level measures that work the same for spaced and unspaced scripts. Chinese has no spaces,
 * so lengths are counted in characters, with a Han character weighted like a short word.
 */
final class Texts {

    /** A Han, kana or Hangul character carries about as much text as three Latin letters. */
    static final int CJK_WEIGHT = 3;

    private Texts() {
    }

    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x3040 && cp <= 0x30FF)
                || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F)
                || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F)
                || cp == 0x3005 || cp == 0x3007;
    }

    static boolean isThai(int cp) {
        return cp >= 0x0E00 && cp <= 0x0E7F;
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
            return ".!?。！？…:：;；".indexOf(c) >= 0 || isThai(c);
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

    /** Windows-1252 characters at 0x80–0x9F, in byte order (0 where the code page has none). */
    private static final String CP1252_HIGH = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    /**
     * Undoes UTF-8 text that was once decoded as Latin-1 or Windows-1252 ("Investorâ€™s" for
     * "Investor’s"): each run of a lead byte character and continuation characters that re-encodes to a
     * valid UTF-8 sequence is replaced by the character it encodes. Other text is left alone.
     */
    static String repairMojibake(String s) {
        StringBuilder out = null;
        int i = 0;
        int copied = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            if (need == 0 || i + need >= s.length()) {
                i++;
                continue;
            }
            int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            boolean ok = true;
            for (int k = 1; k <= need && ok; k++) {
                int b = continuationByte(s.charAt(i + k));
                if (b < 0) {
                    ok = false;
                } else {
                    cp = (cp << 6) | (b & 0x3F);
                }
            }
            int min = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
            if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, i).appendCodePoint(cp);
            i += need + 1;
            copied = i;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** The byte a character stood for when it is a UTF-8 continuation byte seen through Latin-1/1252, else -1. */
    private static int continuationByte(char c) {
        if (c >= 0x80 && c <= 0xBF) {
            return c;
        }
        int idx = CP1252_HIGH.indexOf(c);
        return idx >= 0 && c != 0 ? 0x80 + idx : -1;
    }

    /** Lower-cased text with whitespace and most punctuation removed: for comparing titles and lines. */
    static String comparable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
