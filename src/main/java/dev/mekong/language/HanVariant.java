package dev.mekong.language;

import com.ibm.icu.text.Transliterator;

import java.util.BitSet;

/**
 * Tells Simplified from Traditional Chinese by the characters themselves. At construction every CJK
 * ideograph is run through ICU's Hans-Hant and Hant-Hans transliterators once: a character that
 * Hans-Hant changes is a simplified form, one that Hant-Hans changes is a traditional form. Text
 * with no such character (most single characters, many short words) counts as Simplified.
 */
final class HanVariant {

    static final String SIMPLIFIED = "zh-Hans";
    static final String TRADITIONAL = "zh-Hant";

    private static final int[][] IDEOGRAPH_RANGES = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

    private final BitSet simplifiedForms = new BitSet(0xFB00);
    private final BitSet traditionalForms = new BitSet(0xFB00);

    HanVariant() {
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
        for (int[] range : IDEOGRAPH_RANGES) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                String ch = new String(Character.toChars(cp));
                if (!toTraditional.transliterate(ch).equals(ch)) {
                    simplifiedForms.set(cp);
                }
                if (!toSimplified.transliterate(ch).equals(ch)) {
                    traditionalForms.set(cp);
                }
            }
        }
    }

    /** Simplified-form characters minus traditional-form characters in the text. */
    int balance(String han) {
        int balance = 0;
        for (int i = 0; i < han.length(); i++) {
            char c = han.charAt(i);
            if (simplifiedForms.get(c)) {
                balance++;
            }
            if (traditionalForms.get(c)) {
                balance--;
            }
        }
        return balance;
    }

    String tag(String han) {
        return balance(han) < 0 ? TRADITIONAL : SIMPLIFIED;
    }
}
