package dev.mekong.language;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which letters each Latin-script language writes ({@code language/latin-alphabets.tsv}), the letters
 * only Vietnamese uses, and the shape of a Vietnamese syllable.
 */
final class LatinAlphabets {

    private static final String VIETNAMESE_ONLY = "vi-only";

    /**
     * A Vietnamese syllable once tone marks are taken off: optional initial consonant, vowel nucleus,
     * optional final consonant. Every Vietnamese word is a sequence of such syllables written apart.
     */
    private static final Pattern VIETNAMESE_SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
            + "(?:[aăâeêioôơuưy]{1,3})"
            + "(?:ch|nh|ng|[cmnpt])?");

    /** Spellings of a Vietnamese syllable rare in the other Latin-script languages we tell apart. */
    private static final Pattern VIETNAMESE_CLUSTER = Pattern.compile("^(?:ngh|ng|nh|kh|ph|th|tr|gi|qu)|(?:nh|ch)$");

    private final Map<String, String> extraLetters = new HashMap<>();
    private final String vietnameseOnly;

    LatinAlphabets() {
        String only = "";
        for (String[] row : Resources.table("language/latin-alphabets.tsv", 2)) {
            if (row[0].equals(VIETNAMESE_ONLY)) {
                only = row[1];
            } else {
                extraLetters.put(row[0], row[1]);
            }
        }
        vietnameseOnly = only;
    }

    /** Whether every letter of the (lower-case) word belongs to the language's alphabet. */
    boolean writes(String language, String word) {
        String extra = extraLetters.get(language);
        if (extra == null) {
            return true;
        }
        if (language.equals("vi") && hasVietnameseOnlyLetter(word)) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && (c < 'a' || c > 'z') && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return !language.equals("vi") || isVietnameseSyllable(word);
    }

    boolean hasVietnameseOnlyLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (vietnameseOnly.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isVietnameseSyllable(String word) {
        return VIETNAMESE_SYLLABLE.matcher(stripTones(word)).matches();
    }

    /** Whether a Vietnamese syllable starts or ends with a typically Vietnamese consonant cluster. */
    static boolean hasVietnameseConsonantCluster(String syllable) {
        return VIETNAMESE_CLUSTER.matcher(syllable).find();
    }

    /** Takes off the five tone marks, keeps the vowel letters ă â ê ô ơ ư and đ. */
    static String stripTones(String word) {
        String decomposed = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c != '\u0300' && c != '\u0301' && c != '\u0303' && c != '\u0309' && c != '\u0323') {
                out.append(c);
            }
        }
        return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC);
    }
}
