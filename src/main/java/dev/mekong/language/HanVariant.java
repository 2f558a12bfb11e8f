package dev.mekong.language;

import java.util.BitSet;

/**
 * Tells Simplified from Traditional Chinese by the characters themselves, with the table of
 * simplified and traditional forms in {@code language/han-variants.tsv} (built from ICU4J's Hans-Hant
 * and Hant-Hans transliterators; loading those takes seconds, the table milliseconds). Text with no
 * distinguishing character (most single characters, many short words) counts as Simplified.
 */
final class HanVariant {

    static final String SIMPLIFIED = "zh-Hans";
    static final String TRADITIONAL = "zh-Hant";
    static final String TABLE = "language/han-variants.tsv";

    private final BitSet simplifiedForms = new BitSet();
    private final BitSet traditionalForms = new BitSet();

    HanVariant() {
        for (String[] row : Resources.table(TABLE, 2)) {
            BitSet target = switch (row[0]) {
                case "simplified" -> simplifiedForms;
                case "traditional" -> traditionalForms;
                default -> throw new IllegalStateException("Unknown row in " + TABLE + ": " + row[0]);
            };
            row[1].codePoints().forEach(target::set);
        }
    }

    /** Simplified-form characters minus traditional-form characters in the text. */
    int balance(CharSequence han) {
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

    String tag(CharSequence han) {
        return balance(han) < 0 ? TRADITIONAL : SIMPLIFIED;
    }
}
