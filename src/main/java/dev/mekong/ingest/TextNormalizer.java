package dev.mekong.ingest;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Puts decoded text into one canonical shape so that later stages see the same text whatever tool saved
 * the file. Every input gets:
 * <ul>
 *   <li>line endings CRLF, CR, NEL, U+2028, U+2029, and the line-breaking controls VT and FF as {@code \n};</li>
 *   <li>invisible characters removed: zero-width space U+200B, word joiner U+2060, U+FEFF (BOM/zero-width
 *       no-break space), soft hyphen U+00AD. Zero-width joiner and non-joiner (U+200D, U+200C) are removed
 *       too, except where they change how text renders: between two letters of a script that joins or forms
 *       conjuncts (Arabic, Persian, the Indic scripts, …) and, for ZWJ, inside emoji sequences. Between Han,
 *       Thai or Latin characters, the scripts of this pipeline, they carry nothing;</li>
 *   <li>the C1 controls U+0080–U+009F read as the windows-1252 characters they were written as (’ “ ” – — €);</li>
 *   <li>other control characters removed, except {@code \n} and {@code \t};</li>
 *   <li>Unicode NFC.</li>
 * </ul>
 * Plain text ({@link #normalizePlainText}) also gets the curly quotes and dashes back that a Latin-1
 * misreading blanked out ({@link LostPunctuationRepair}), and its whitespace made uniform, which the line-based
 * text extractor relies on: indentation at a line start (spaces, tabs, no-break and ideographic spaces)
 * becomes ASCII spaces, by display width (U+3000 → 2, tab → 4, others → 1); other no-break and
 * typographic spaces become plain spaces (U+3000 inside a line stays: it separates fields in Chinese
 * text); trailing whitespace is stripped; blank lines at the start and end go, and a run of blank lines
 * becomes one blank line, which still separates paragraphs; the text ends with one {@code \n}.
 * <p>
 * Markup ({@link #normalizeMarkup}: HTML, Markdown, JSON) gets only the first list: whitespace there has
 * meaning for the parser (Markdown's trailing double space, {@code <pre>}), and jsoup collapses it anyway.
 */
public class TextNormalizer {

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final int IDEOGRAPHIC_SPACE = 0x3000;
    private static final int TAB_WIDTH = 4;

    /**
     * What the C1 controls U+0080–U+009F stand for in windows-1252, whose bytes they are when a page
     * written in it was read as Latin-1 ("dentist\u0092s" is "dentist’s"); the five bytes windows-1252
     * leaves undefined map to nothing. U+0085 never gets here: it is a line break.
     */
    private static final String WINDOWS_1252_C1 = windows1252C1();

    private static String windows1252C1() {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        StringBuilder table = new StringBuilder();
        for (char c : new String(bytes, java.nio.charset.Charset.forName("windows-1252")).toCharArray()) {
            table.append(c >= 0x80 && c <= 0x9F || c == '\uFFFD' ? '\u0000' : c);
        }
        return table.toString();
    }

    private final LostPunctuationRepair lostPunctuation = new LostPunctuationRepair();

    /** Scripts in which ZWJ/ZWNJ select letter forms or conjuncts. */
    private static final Set<UnicodeScript> JOINING_SCRIPTS = EnumSet.of(
            UnicodeScript.ARABIC, UnicodeScript.SYRIAC, UnicodeScript.NKO, UnicodeScript.MONGOLIAN,
            UnicodeScript.MANDAIC, UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI,
            UnicodeScript.GUJARATI, UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU,
            UnicodeScript.KANNADA, UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.MYANMAR,
            UnicodeScript.KHMER, UnicodeScript.TIBETAN);

    /** For HTML, Markdown and JSON: characters and line endings only, whitespace untouched. */
    public String normalizeMarkup(String text) {
        return Normalizer.normalize(cleanCharacters(text), Normalizer.Form.NFC);
    }

    /** For plain text: {@link #normalizeMarkup} plus uniform indentation, spaces and blank lines. */
    public String normalizePlainText(String text) {
        return normalizeWhitespace(normalizeMarkup(lostPunctuation.repair(text)));
    }

    /** Line endings to \n; invisible and control characters out. One pass, linear in the length. */
    String cleanCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            switch (cp) {
                case '\r' -> {
                    out.append('\n');
                    if (next < length && text.charAt(next) == '\n') {
                        next++;
                    }
                }
                case '\n', 0x0B, 0x0C, 0x85, 0x2028, 0x2029 -> out.append('\n');
                case '\t' -> out.append('\t');
                case 0x200B, 0x2060, 0xFEFF, 0x00AD -> {
                    // invisible: dropped
                }
                case ZWNJ, ZWJ -> {
                    int before = out.length() == 0 ? -1 : Character.codePointBefore(out, out.length());
                    int after = next < length ? text.codePointAt(next) : -1;
                    if (joinerMatters(cp, before, after)) {
                        out.appendCodePoint(cp);
                    }
                }
                default -> {
                    if (cp >= 0x80 && cp <= 0x9F) {
                        char meant = WINDOWS_1252_C1.charAt(cp - 0x80);
                        if (meant != 0) {
                            out.append(meant);
                        }
                    } else if (Character.getType(cp) != Character.CONTROL) {
                        out.appendCodePoint(cp);
                    }
                }
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean joinerMatters(int joiner, int before, int after) {
        if (before < 0 || after < 0) {
            return false;
        }
        if (inJoiningScript(before) && inJoiningScript(after)) {
            return true;
        }
        return joiner == ZWJ && isEmojiPart(before) && isEmojiPart(after);
    }

    private static boolean inJoiningScript(int cp) {
        return JOINING_SCRIPTS.contains(UnicodeScript.of(cp));
    }

    /** Pictographs, the emoji variation selector and skin-tone modifiers: the pieces ZWJ glues into one emoji. */
    private static boolean isEmojiPart(int cp) {
        return cp == 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF
                || Character.getType(cp) == Character.OTHER_SYMBOL && cp >= 0x2600;
    }

    /** Indentation, spaces, trailing whitespace and blank lines; expects \n line endings. */
    String normalizeWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length() + 1);
        StringBuilder line = new StringBuilder();
        boolean blankBefore = false;
        int length = text.length();
        int lineStart = 0;
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            line.setLength(0);
            appendLine(text, lineStart, lineEnd, line);
            if (line.length() == 0) {
                blankBefore = true;
            } else {
                if (blankBefore && out.length() > 0) {
                    out.append('\n');
                }
                out.append(line).append('\n');
                blankBefore = false;
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    /** Appends one line with uniform indentation and spaces, without trailing whitespace; nothing if blank. */
    private static void appendLine(String text, int start, int end, StringBuilder out) {
        int contentEnd = end;
        while (contentEnd > start && isSpace(text.charAt(contentEnd - 1))) {
            contentEnd--;
        }
        int i = start;
        while (i < contentEnd && isSpace(text.charAt(i))) {
            char c = text.charAt(i);
            int width = c == IDEOGRAPHIC_SPACE ? 2 : c == '\t' ? TAB_WIDTH : 1;
            out.append(" ".repeat(width));
            i++;
        }
        for (; i < contentEnd; i++) {
            char c = text.charAt(i);
            out.append(c != IDEOGRAPHIC_SPACE && c != '\t' && isSpace(c) ? ' ' : c);
        }
    }

    /** Tab and every Unicode space separator (Zs). All of them are in the BMP, so a char test suffices. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
