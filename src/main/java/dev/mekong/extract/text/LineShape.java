package dev.mekong.extract.text;

import dev.mekong.language.LanguageFacts;

import java.util.regex.Pattern;

/** Measures of one line of text that say whether it reads like article prose. */
final class LineShape {

    /** Closing quotes and brackets a sentence may end in after its stop. */
    private static final String CLOSING = "\"”’」』)）\\]";
    private static final Pattern FINAL_PUNCT = Pattern.compile(".*[" + LanguageFacts.SENTENCE_STOPS + "]\\s*[" + CLOSING + "]*$");
    private static final Pattern STATEMENT_END = Pattern.compile(".*[" + LanguageFacts.STATEMENT_STOPS + "]\\s*[" + CLOSING + "]*$");
    /** A heading that links to a section ends with an arrow. */
    private static final Pattern SECTION_LINK = Pattern.compile("(?:»|›|>>|＞＞|→)\\s*$");

    private LineShape() {
    }

    /**
     * Text mass in roughly word-sized units: one per Han/kana/Hangul character, one per run of other
     * letters or digits, one per three Thai characters (Thai writes no spaces between words).
     */
    static double units(String s) {
        double units = 0;
        int thai = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.THAI) {
                thai++;
                inWord = false;
            } else if (LanguageFacts.isIdeographic(script)) {
                units++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    units++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return units + thai / 3.0;
    }

    /** Ends like a sentence (final punctuation, possibly inside a closing quote or bracket). */
    static boolean endsLikeSentence(String s) {
        return FINAL_PUNCT.matcher(s).matches();
    }

    /**
     * An image's alt text printed twice over itself, as w3m shows it over its caption: "Garden toolsGarden
     * tools", "Five Tips | SiteFive Tips | Site".
     */
    static boolean isDoubled(String t) {
        int half = t.length() / 2;
        return t.length() >= 16 && t.length() % 2 == 0 && t.substring(0, half).equals(t.substring(half));
    }

    /** Ends with a full stop (not a question or exclamation mark, which headlines use too). */
    static boolean endsLikeStatement(String s) {
        return STATEMENT_END.matcher(s).matches();
    }

    /** A heading that links to its section: "港聞頭條 »", "更多文章>>", "More news ›". */
    static boolean linksToSection(String s) {
        return SECTION_LINK.matcher(s).find();
    }

    /** Commas, stops and the like anywhere in the line: prose has them, lists of headlines rarely do. */
    static int punctuation(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if ("，。、；：！？,.;:!?".indexOf(s.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * A sentence stop somewhere in the line (a wrapped paragraph line has one mid-line), also inside
     * closing quotes or brackets: 'said "yes." Then'.
     */
    static boolean hasStop(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("。！？；".indexOf(c) >= 0) {
                return true;
            }
            if (".!?;".indexOf(c) >= 0) {
                int k = i + 1;
                while (k < s.length() && CLOSERS.indexOf(s.charAt(k)) >= 0) {
                    k++;
                }
                if (k == s.length() || s.charAt(k) == ' ') {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String CLOSERS = "\"”’'」』)）]";

    /** Han characters make up most of the line's units (Chinese text, Latin names and numbers aside). */
    static boolean mostlyHan(String s) {
        long han = s.codePoints().filter(cp -> LanguageFacts.isIdeographic(Character.UnicodeScript.of(cp))).count();
        return han > 0 && han >= units(s) * 0.8;
    }

    static boolean hasThai(String s) {
        return s.codePoints().anyMatch(LanguageFacts::isThai);
    }

    /** Leading ASCII / ideographic / no-break spaces removed, and trailing ones. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
