package dev.mekong.language;

import java.lang.Character.UnicodeScript;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * What the pipeline knows about its languages and their scripts, in one place: the local time of their
 * sites, the letters that mark Vietnamese, which scripts write a word in a character or without spaces,
 * and the stops that end a sentence. Month names are data: {@code src/main/resources/extract/dates/months.txt}.
 */
public final class LanguageFacts {

    /** The offset of a site's local time, by primary language: for a time a page gives without a zone. Others: UTC. */
    public static final Map<String, ZoneOffset> LOCAL_TIME_ZONES = Map.of(
            "zh", ZoneOffset.ofHours(8), "vi", ZoneOffset.ofHours(7), "th", ZoneOffset.ofHours(7));

    /** Stops that end a statement, in every script: full stops, an ellipsis, semicolons. */
    public static final String STATEMENT_STOPS = "。.…;；";
    /** Stops that end a sentence: those of a statement, question and exclamation marks. */
    public static final String SENTENCE_STOPS = STATEMENT_STOPS + "！？!?";

    /** Lower-case letters only Vietnamese writes among the Latin alphabets of the site languages. */
    private static final String VIETNAMESE_LETTERS = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";
    /** Scripts where one character carries about a word: Han, kana, Hangul syllables. */
    private static final Set<UnicodeScript> IDEOGRAPHIC = Set.of(
            UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA, UnicodeScript.HANGUL);
    /** Scripts written without spaces between words (Korean spaces its words). */
    private static final Set<UnicodeScript> UNSPACED = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR);

    private LanguageFacts() {
    }

    /** A letter that marks Vietnamese text: "ă", "ơ", "ệ" (either case). */
    public static boolean isVietnameseLetter(int cp) {
        // none is below U+00C0, nor is the lower case of anything below it
        return cp >= 0xC0 && VIETNAMESE_LETTERS.indexOf(Character.toLowerCase(cp)) >= 0;
    }

    /** Whether one character of the script carries about a word. */
    public static boolean isIdeographic(UnicodeScript script) {
        return IDEOGRAPHIC.contains(script);
    }

    /** Whether the script writes its words without spaces between them. */
    public static boolean writesWithoutSpaces(UnicodeScript script) {
        return UNSPACED.contains(script);
    }

    public static boolean isThai(int cp) {
        return UnicodeScript.of(cp) == UnicodeScript.THAI;
    }
}
