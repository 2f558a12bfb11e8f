package dev.mekong.site;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Excerpts and reading time that respect word boundaries in every script: ICU's dictionary-based word
 * breaking finds words in Thai and Chinese, which have no spaces between them.
 */
final class TextMeasure {

    /** Words read per minute; ICU words in Chinese and Thai are about as long to read as English ones. */
    static final int WORDS_PER_MINUTE = 200;

    /** Building a word iterator loads dictionaries; a clone of a cached one is cheap. */
    private static final Map<String, BreakIterator> WORD_ITERATORS = new ConcurrentHashMap<>();

    private TextMeasure() {
    }

    private static BreakIterator wordIterator(String languageTag) {
        return (BreakIterator) WORD_ITERATORS.computeIfAbsent(languageTag,
                tag -> BreakIterator.getWordInstance(ULocale.forLanguageTag(tag))).clone();
    }

    /** Number of words (letters, ideographs, numbers; not punctuation or spaces). */
    static int words(String text, String languageTag) {
        BreakIterator words = wordIterator(languageTag);
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                count++;
            }
        }
        return count;
    }

    static int readingMinutes(String text, String languageTag) {
        return Math.max(1, (words(text, languageTag) + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /**
     * At most {@code maxChars} characters of {@code text}, cut at the last word boundary that fits (in Thai
     * and Chinese too, found by the dictionary) and marked with an ellipsis when cut. A first word longer
     * than that is cut between two user-perceived characters, never between a letter and its marks.
     */
    static String excerpt(String text, String languageTag, int maxChars) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= maxChars) {
            return clean;
        }
        int limit = clean.offsetByCodePoints(0, maxChars);
        BreakIterator words = wordIterator(languageTag);
        words.setText(clean);
        int cut = words.preceding(limit + 1);
        if (cut <= 0) {
            BreakIterator characters = BreakIterator.getCharacterInstance(ULocale.forLanguageTag(languageTag));
            characters.setText(clean);
            cut = characters.isBoundary(limit) ? limit : characters.preceding(limit);
        }
        return clean.substring(0, cut).stripTrailing().replaceAll("[\\p{P}&&[^)）」』”\"']]+$", "") + "…";
    }
}
