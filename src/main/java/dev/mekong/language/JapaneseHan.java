package dev.mekong.language;

import java.util.BitSet;

/**
 * The Han characters that only Japanese writes ({@code language/japanese-han.txt}: kanji such as 続 経
 * 気 駅 毎, whose Chinese forms are 续/續, 经/經 …). Japanese headlines are often written without kana
 * (東京株式市場 日経平均 続落); these forms tell them from Chinese.
 */
final class JapaneseHan {

    static final String LIST = "language/japanese-han.txt";

    private final BitSet forms = new BitSet();

    JapaneseHan() {
        for (String line : Resources.lines(LIST)) {
            line.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(forms::set);
        }
    }

    boolean isJapaneseForm(int codePoint) {
        return forms.get(codePoint);
    }

    /** How many of the Han characters are Japanese-only forms. */
    int count(CharSequence han) {
        return (int) han.codePoints().filter(forms::get).count();
    }
}
