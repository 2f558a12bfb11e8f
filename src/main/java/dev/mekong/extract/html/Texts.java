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
            // Lead bytes of Latin, Vietnamese and punctuation characters only: other pairs of Latin-1
            // letters are too often real text.
            int need = c >= 0xC2 && c <= 0xC6 ? 1 : c == 0xE1 || c == 0xE2 ? 2 : 0;
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

    /**
     * Undoes a whole page of legacy Chinese bytes (GBK/GB18030 or Big5) that was once decoded as
     * Latin-1/Windows-1252: a page full of "Ž¬³€±»ÓÎ" and no Han characters. The characters are turned
     * back into their bytes and decoded with the legacy charset that yields clean Chinese; a page that
     * does not fit that pattern exactly is returned unchanged.
     */
    static String repairLegacyMojibake(String s) {
        int latin = 0;
        int cjk = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0xA1 && c <= 0xFF) || (c >= 0x80 && c <= 0x9F) || CP1252_HIGH.indexOf(c) > 0 || c == '€'
                    || LATIN9_A0.indexOf(c) >= 0) {
                latin++;
            } else if (isCjk(c)) {
                cjk++;
            }
        }
        if (latin < 200 || cjk * 20 > latin) {
            return s;
        }
        String best = s;
        long bestHan = 0;
        for (String singleByte : new String[]{CP1252_HIGH, LATIN9_A0}) {
            byte[] bytes = new byte[s.length()];
            int unmappable = 0;
            for (int i = 0; i < s.length(); i++) {
                int b = legacyByte(s.charAt(i), singleByte);
                if (b < 0) {
                    unmappable++;
                    b = '?';
                }
                bytes[i] = (byte) b;
            }
            if (unmappable * 100 > latin) {
                continue;
            }
            for (String name : new String[]{"GB18030", "Big5"}) {
                String decoded = new String(bytes, java.nio.charset.Charset.forName(name));
                // Wrongly mapped bytes land on rare characters; count the common ones (GB2312 or Big5).
                java.nio.charset.CharsetEncoder gb = java.nio.charset.Charset.forName("GB2312").newEncoder();
                java.nio.charset.CharsetEncoder big5 = java.nio.charset.Charset.forName("Big5").newEncoder();
                long han = decoded.chars().filter(c -> isCjk(c) && (gb.canEncode((char) c) || big5.canEncode((char) c))).count();
                long bad = decoded.chars().filter(c -> c == 0xFFFD).count();
                if (han * 4 >= latin && bad * 50 <= han && han > bestHan) {
                    best = decoded;
                    bestHan = han;
                }
            }
        }
        return best;
    }

    /** ISO-8859-15 characters at 0xA0–0xBF, in byte order: Latin-1 with €, Š, š, Ž, ž, Œ, œ, Ÿ swapped in. */
    private static final String LATIN9_A0 = "\u00A0¡¢£€¥Š§š©ª«¬\u00AD®¯°±²³Žµ¶·ž¹º»ŒœŸ¿";

    /** The byte a character stands for in Windows-1252 ({@code high} = its 0x80–0x9F row) or ISO-8859-15. */
    private static int legacyByte(char c, String high) {
        if (high == LATIN9_A0) {
            int idx = LATIN9_A0.indexOf(c);
            if (idx >= 0) {
                return 0xA0 + idx;
            }
            return c <= 0xFF && (c < 0xA0 || c > 0xBF) ? c : -1;
        }
        if (c <= 0xFF) {
            return c;
        }
        int idx = CP1252_HIGH.indexOf(c);
        return idx >= 0 ? 0x80 + idx : -1;
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
