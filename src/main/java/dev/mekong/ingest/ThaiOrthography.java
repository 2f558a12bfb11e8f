package dev.mekong.ingest;

/**
 * Whether a Thai character stands where Thai spelling allows it. Thai text decoded with the right charset
 * is well formed; the same bytes decoded as anything else, or another text decoded as TIS-620, put vowel
 * signs and tone marks after spaces, stack tone marks, or leave leading vowels without a consonant.
 */
final class ThaiOrthography {

    private static final int SYLLABLE_REACH = 3;

    private ThaiOrthography() {
    }

    /** +1 for a well-placed Thai character at {@code index}, negative for a misplaced or unassigned one. */
    static double weight(String text, int index) {
        char c = text.charAt(index);
        char previous = index > 0 ? text.charAt(index - 1) : ' ';
        char next = index + 1 < text.length() ? text.charAt(index + 1) : ' ';
        if (isAsciiAlphanumeric(previous) || isAsciiAlphanumeric(next)) {
            return -1; // Thai is set off from Latin words and numbers by spaces
        }
        if (isConsonant(c)) {
            return hasVowelNear(text, index) ? 1 : -0.5;
        }
        if (isLeadingVowel(c)) {
            return isConsonant(next) ? 1 : -1;
        }
        if (isToneMark(c)) {
            return (isConsonant(previous) || isAboveOrBelowVowel(previous)) ? 1 : -1;
        }
        if (isAboveOrBelowVowel(c) || isOtherMark(c)) {
            return isConsonant(previous) ? 1 : -1;
        }
        if (isFollowingVowel(c) || c == '\u0E2F' || c == '\u0E46') {
            // ะ า ำ ๅ, ฯ (abbreviation), ๆ (repetition) follow a syllable
            return isThai(previous) ? 1 : -1;
        }
        if (c >= '\u0E50' && c <= '\u0E59' || c == '\u0E3F' || c == '\u0E4F' || c == '\u0E5A' || c == '\u0E5B') {
            return 0.5; // Thai digits, baht sign, other signs
        }
        return -2; // unassigned in the Thai block
    }

    /**
     * Whether a vowel sign or mark stands within {@link #SYLLABLE_REACH} characters: Thai writes a vowel
     * sign for nearly every syllable, so long runs of bare consonants mean the bytes were not Thai.
     */
    private static boolean hasVowelNear(String text, int index) {
        int from = Math.max(0, index - SYLLABLE_REACH);
        int to = Math.min(text.length() - 1, index + SYLLABLE_REACH);
        for (int i = from; i <= to; i++) {
            char c = text.charAt(i);
            if (isLeadingVowel(c) || isFollowingVowel(c) || isAboveOrBelowVowel(c) || isToneMark(c) || isOtherMark(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
    }

    static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E';
    }

    private static boolean isLeadingVowel(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    private static boolean isFollowingVowel(char c) {
        return c == '\u0E30' || c == '\u0E32' || c == '\u0E33' || c == '\u0E45';
    }

    private static boolean isAboveOrBelowVowel(char c) {
        return c == '\u0E31' || c >= '\u0E34' && c <= '\u0E3A' || c == '\u0E47';
    }

    private static boolean isToneMark(char c) {
        return c >= '\u0E48' && c <= '\u0E4B';
    }

    /** Thanthakhat (silencer), nikhahit, yamakkan. */
    private static boolean isOtherMark(char c) {
        return c >= '\u0E4C' && c <= '\u0E4E';
    }
}
