package dev.mekong.translate.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * ICU4J segmentation. Paragraphs are the unit of memory and review; sentences are only used when a
 * segment is longer than an engine accepts. Thai has no sentence punctuation, so an over-long Thai
 * "sentence" is cut further at ICU's dictionary word boundaries.
 */
public final class Segmenter {

    /** Lines of a block's text, separators kept apart so the text can be rebuilt exactly. */
    public List<String> paragraphs(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                parts.add(text.substring(start, i));
                parts.add("\n");
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /**
     * Splits {@code text} into pieces of at most {@code maxChars} (where possible), at sentence boundaries
     * first, then at word boundaries. Concatenating the pieces gives back {@code text}.
     */
    public List<String> chunks(String text, String languageTag, int maxChars) {
        List<String> out = new ArrayList<>();
        if (text.length() <= maxChars) {
            out.add(text);
            return out;
        }
        ULocale locale = ULocale.forLanguageTag(languageTag == null ? "und" : languageTag);
        for (String sentence : split(BreakIterator.getSentenceInstance(locale), text)) {
            if (sentence.length() <= maxChars) {
                appendPacked(out, sentence, maxChars);
            } else {
                for (String word : split(BreakIterator.getWordInstance(locale), sentence)) {
                    appendPacked(out, word, maxChars);
                }
            }
        }
        return out;
    }

    /** The sentences of {@code text}, each with its trailing spaces. */
    public List<String> sentences(String text, String languageTag) {
        ULocale locale = ULocale.forLanguageTag(languageTag == null ? "und" : languageTag);
        return split(BreakIterator.getSentenceInstance(locale), text);
    }

    /** Words and the spaces between them, as ICU sees them (dictionary-based for Thai). */
    public List<String> words(String text, String languageTag) {
        ULocale locale = ULocale.forLanguageTag(languageTag == null ? "und" : languageTag);
        return split(BreakIterator.getWordInstance(locale), text);
    }

    private static List<String> split(BreakIterator iterator, String text) {
        iterator.setText(text);
        List<String> parts = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            parts.add(text.substring(start, end));
        }
        return parts;
    }

    /** Adds {@code piece} to the last chunk while it fits, else starts a new chunk. */
    private static void appendPacked(List<String> chunks, String piece, int maxChars) {
        int last = chunks.size() - 1;
        if (last >= 0 && chunks.get(last).length() + piece.length() <= maxChars) {
            chunks.set(last, chunks.get(last) + piece);
        } else {
            chunks.add(piece);
        }
    }
}
