package dev.mekong.language;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Han characters that only Japanese writes ({@code language/japanese-han.txt}: kanji such as 続 経
 * 気 駅 毎, whose Chinese forms are 续/續, 经/經 …), the words that only Japanese writes in characters
 * Chinese shares ({@code language/japanese-compounds.txt}: 会議, 大統領, 衆院), and the Japanese place
 * names Traditional Chinese writes alike ({@code language/japanese-place-names.txt}: 東京, 大阪).
 * Japanese headlines are often written without kana (東京株式市場 日経平均 続落); these tell them from
 * Chinese, or, for a bare place name, leave the language open.
 */
final class JapaneseHan {

    static final String LIST = "language/japanese-han.txt";
    static final String COMPOUNDS = "language/japanese-compounds.txt";
    static final String PLACE_NAMES = "language/japanese-place-names.txt";

    private final BitSet forms = new BitSet();
    private final List<String> compounds = new ArrayList<>();
    private final Set<String> placeNames = new HashSet<>();
    private int longestPlaceName;

    JapaneseHan() {
        for (String line : Resources.lines(LIST)) {
            line.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(forms::set);
        }
        for (String line : Resources.lines(COMPOUNDS)) {
            for (String word : line.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    compounds.add(word);
                }
            }
        }
        for (String line : Resources.lines(PLACE_NAMES)) {
            for (String word : line.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    placeNames.add(word);
                    longestPlaceName = Math.max(longestPlaceName, word.length());
                }
            }
        }
    }

    boolean isJapaneseForm(int codePoint) {
        return forms.get(codePoint);
    }

    /** How many of the Han characters are Japanese-only forms. */
    int count(CharSequence han) {
        return (int) han.codePoints().filter(forms::get).count();
    }

    /** How many Japanese-only words the text holds (each occurrence once; overlapping ones each). */
    int compounds(String text) {
        int found = 0;
        for (String compound : compounds) {
            for (int at = text.indexOf(compound); at >= 0; at = text.indexOf(compound, at + 1)) {
                found++;
            }
        }
        return found;
    }

    /** Whether the text has Han characters and every run of them is made of Japanese place names only. */
    boolean onlyPlaceNames(String text) {
        boolean any = false;
        int i = 0;
        while (i < text.length()) {
            if (!isHan(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isHan(text.charAt(end))) {
                end++;
            }
            if (!segments(text.substring(i, end))) {
                return false;
            }
            any = true;
            i = end;
        }
        return any;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether the run splits into place names, one after another. */
    private boolean segments(String run) {
        boolean[] reachable = new boolean[run.length() + 1];
        reachable[0] = true;
        for (int start = 0; start < run.length(); start++) {
            if (!reachable[start]) {
                continue;
            }
            for (int end = start + 1; end <= Math.min(run.length(), start + longestPlaceName); end++) {
                if (placeNames.contains(run.substring(start, end))) {
                    reachable[end] = true;
                }
            }
        }
        return reachable[run.length()];
    }
}
