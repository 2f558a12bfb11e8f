package dev.mekong.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * How much a decoded text looks like real writing. Every non-ASCII character gets a weight: frequent Han
 * characters, CJK punctuation, well-formed Thai syllables and the accented letters of the expected Latin
 * alphabet count for; private-use characters, C1 controls, replacement characters, misplaced Thai marks and
 * runs of accented letters without any plain letter count against. The score is the mean weight, so text in
 * the right charset scores near 1 and a wrong charset's mojibake scores near or below 0. ASCII is left out:
 * it decodes the same in every candidate and says nothing about which one is right.
 */
final class Plausibility {

    /** Which accented Latin letters a candidate charset is expected to produce. */
    enum LatinAlphabet {
        /** windows-1252: the letters of Western European languages. */
        WESTERN,
        /** windows-1258: the Vietnamese alphabet. */
        VIETNAMESE,
        /** A charset with no particular Latin expectation (CJK and Unicode candidates). */
        ANY
    }

    private static final double FREQUENT_HAN = 1.0;
    private static final double LESS_FREQUENT_HAN = 0.6;
    /** Characters ranked below this in the frequency lists count fully, the rest count less. */
    private static final int TOP_RANK = 800;
    private static final double ERROR = -3;
    private static final double JUNK = -2;

    /** Rank of each listed Han character (all are in the BMP) in the frequency lists; -1 if unlisted. */
    private final int[] hanRank = new int[0x10000];
    private final Set<Integer> vietnameseLetters;
    private final Set<Integer> westernLetters;

    Plausibility() {
        java.util.Arrays.fill(hanRank, -1);
        loadRanks("han-frequent-hans.txt");
        loadRanks("han-frequent-hant.txt");
        vietnameseLetters = nonAsciiLetters(read("vietnamese-letters.txt"));
        westernLetters = nonAsciiLetters(read("western-letters.txt"));
    }

    /**
     * @param text   a decoded sample
     * @param errors byte sequences the charset could not decode (each also appears as U+FFFD in the text)
     * @return the mean weight of the non-ASCII characters, or 1 when there are none
     */
    double score(String text, LatinAlphabet alphabet, int errors) {
        double sum = 0;
        int counted = 0;
        int length = text.length();
        int wordStart = -1;
        int previous = -1;
        for (int i = 0; i < length; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isLetter(cp) || isCombiningMark(cp)) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0) {
                double[] word = latinWord(text, wordStart, i, alphabet);
                sum += word[0];
                counted += (int) word[1];
                wordStart = -1;
            }
            boolean repeatedSymbol = cp == previous && !Character.isLetter(cp);
            previous = cp;
            if (repeatedSymbol) {
                // a rule of ━━━━ or a row of ★★★ is one piece of evidence, not hundreds
            } else if (cp >= 0x80 && !isLatin(cp)) {
                sum += weight(text, i, cp);
                counted++;
            } else if (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' || cp == 0x7F) {
                sum += JUNK;
                counted++;
            }
            i = next;
        }
        if (wordStart >= 0) {
            double[] word = latinWord(text, wordStart, length, alphabet);
            sum += word[0];
            counted += (int) word[1];
        }
        // U+FFFD from decoding errors was weighed as junk above; errors weigh more than that.
        sum += errors * (ERROR - JUNK);
        return counted == 0 ? 1.0 : sum / counted;
    }

    /** Weight and count of the accented Latin letters (and combining marks) in one word. */
    private double[] latinWord(String text, int start, int end, LatinAlphabet alphabet) {
        int plain = 0;
        int accented = 0;
        int expected = 0;
        int stray = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (cp < 0x80) {
                plain++;
            } else if (isCombiningMark(cp)) {
                // Left over after NFC: a mark that composes with nothing before it.
                stray++;
            } else if (isLatin(cp)) {
                accented++;
                if (alphabet == LatinAlphabet.ANY
                        || (alphabet == LatinAlphabet.VIETNAMESE ? vietnameseLetters : westernLetters).contains(cp)) {
                    expected++;
                }
            }
            i += Character.charCount(cp);
        }
        int counted = accented + stray;
        if (counted == 0) {
            return new double[] {0, 0};
        }
        if (alphabet == LatinAlphabet.ANY) {
            return new double[] {-stray, counted};
        }
        // Mojibake of a double-byte charset gives runs of accented letters with no plain letter among them.
        if (plain == 0 && accented >= 2) {
            return new double[] {-counted, counted};
        }
        return new double[] {expected - (accented - expected) - 2.0 * stray, counted};
    }

    private double weight(String text, int index, int cp) {
        if (cp == 0xFFFD) {
            return JUNK;
        }
        int rank = cp < hanRank.length ? hanRank[cp] : -1;
        if (rank >= 0) {
            return rank < TOP_RANK ? FREQUENT_HAN : LESS_FREQUENT_HAN;
        }
        if (cp >= 0x0E00 && cp <= 0x0E7F) {
            return ThaiOrthography.weight(text, index);
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return 0; // a rarer Han character: possible, but no evidence either way
        }
        if (cp >= 0x80 && cp <= 0x9F || cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xF0000) {
            return JUNK; // C1 controls, private use
        }
        int type = Character.getType(cp);
        if (type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.CONTROL) {
            return JUNK;
        }
        if (cp >= 0xA0 && cp <= 0xBF || cp == 0xD7 || cp == 0xF7) {
            return latin1Symbol(cp);
        }
        if (cp >= 0x2010 && cp <= 0x201F || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6) {
            return 1; // dashes, quotes, CJK and full-width punctuation
        }
        switch (cp) {
            case 0x2022, 0x2025, 0x2026, 0x2027, 0x2030, 0x2032, 0x2033, 0x2039, 0x203A, 0x203B, 0x20AC, 0x2122:
                return 1; // • ‥ … ‧ ‰ ′ ″ ‹ › ※ € ™
            default:
                break;
        }
        if (cp >= 0x2460 && cp <= 0x24FF || cp >= 0x25A0 && cp <= 0x25FF || cp >= 0x2600 && cp <= 0x27BF
                || cp >= 0x1F300 && cp <= 0x1FAFF) {
            return 0.5; // circled numbers, geometric shapes, stars, emoji
        }
        if (cp >= 0x0370 && cp <= 0x04FF || cp >= 0x2000 && cp <= 0x2BFF) {
            return 0; // Greek, Cyrillic, arrows, maths, box drawing
        }
        if (cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFF61 && cp <= 0xFF9F || cp >= 0xAC00 && cp <= 0xD7AF
                || cp >= 0xA000 && cp <= 0xA4CF) {
            return -1; // compatibility ideographs, half-width katakana, Hangul, Yi: typical of a wrong guess
        }
        return -0.5; // anything else: rare in zh/en/vi/th news
    }

    private static double latin1Symbol(int cp) {
        return switch (cp) {
            case 0xA0, 0xA9, 0xAE, 0xB0, 0xAB, 0xBB, 0xB7, 0xA3, 0xA7, 0xA5, 0xA2 -> 0.5;
            case 0xA1, 0xBF, 0xAA, 0xBA, 0xB1, 0xD7, 0xF7 -> 0;
            default -> -1; // ¤ ¦ ¨ ¬ ¯ ´ ¸ ¹ ² ³ µ ¶ ¼ ½ ¾ and soft hyphen: rare in prose, common in mojibake
        };
    }

    static boolean isLatin(int cp) {
        return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7 || cp >= 0x1E00 && cp <= 0x1EFF;
    }

    private static boolean isCombiningMark(int cp) {
        return cp >= 0x300 && cp <= 0x36F;
    }

    private void loadRanks(String resource) {
        int rank = 0;
        for (String line : read(resource).split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                if (!Character.isWhitespace(cp) && cp < hanRank.length) {
                    if (hanRank[cp] < 0) {
                        hanRank[cp] = rank;
                    }
                    rank++;
                }
                i += Character.charCount(cp);
            }
        }
    }

    private static Set<Integer> nonAsciiLetters(String data) {
        Set<Integer> letters = new HashSet<>();
        for (String line : data.split("\n")) {
            if (!line.startsWith("#")) {
                line.codePoints().filter(cp -> cp >= 0x80 && Character.isLetter(cp)).forEach(letters::add);
            }
        }
        return letters;
    }

    private static String read(String name) {
        try (InputStream in = Plausibility.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /ingest/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
