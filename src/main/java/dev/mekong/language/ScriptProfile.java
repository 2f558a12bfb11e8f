package dev.mekong.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The letters of a text counted by script, kana together as Hiragana, and the letters only Vietnamese
 * writes among the Latin ones: a cheap look that says whether a text is written the way a language is,
 * without the word lists or the model.
 */
final class ScriptProfile {

    /**
     * Vietnamese text has one of its own letters (ă, ơ, ệ …) in every few letters; a text in another Latin
     * language naming Việt Nam or Đà Nẵng has a few in hundreds. Between the two: this share of Latin letters.
     */
    static final double VIETNAMESE_LETTER_SHARE = 0.05;

    private final Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
    private int vietnameseLetters;

    private ScriptProfile() {
    }

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

    static ScriptProfile of(String text) {
        ScriptProfile profile = new ScriptProfile();
        int[] counts = new int[SCRIPTS.length];
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) { // most characters of most texts: only A-Z and a-z are letters, Latin ones
                int lower = cp | 0x20;
                if (lower >= 'a' && lower <= 'z') {
                    counts[UnicodeScript.LATIN.ordinal()]++;
                }
                continue;
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            counts[(script == UnicodeScript.KATAKANA ? UnicodeScript.HIRAGANA : script).ordinal()]++;
            if (script == UnicodeScript.LATIN && LanguageFacts.isVietnameseLetter(cp)) {
                profile.vietnameseLetters++;
            }
        }
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0) {
                profile.letters.put(SCRIPTS[s], counts[s]);
            }
        }
        return profile;
    }

    /** The profile of the texts together: letters are counted one by one, so the counts add up. */
    static ScriptProfile sum(List<ScriptProfile> parts) {
        ScriptProfile sum = new ScriptProfile();
        for (ScriptProfile part : parts) {
            part.letters.forEach((script, count) -> sum.letters.merge(script, count, Integer::sum));
            sum.vietnameseLetters += part.vietnameseLetters;
        }
        return sum;
    }

    int letters() {
        return letters.values().stream().mapToInt(Integer::intValue).sum();
    }

    int letters(UnicodeScript script) {
        return letters.getOrDefault(script, 0);
    }

    /** The script with the most letters, or null for a text without letters. */
    UnicodeScript dominant() {
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Whether Vietnamese's own letters are as frequent among the Latin letters as in Vietnamese text. */
    boolean looksVietnamese() {
        int latin = letters(UnicodeScript.LATIN);
        return latin > 0 && vietnameseLetters >= VIETNAMESE_LETTER_SHARE * latin;
    }
}
