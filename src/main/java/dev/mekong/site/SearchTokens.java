package dev.mekong.site;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words a search matches, made the same way for the index as the site's search script makes them for
 * a query: NFKC, lower case, ICU words for the text's language (Thai and Chinese runs split into dictionary
 * words); every Han character and pair of adjacent Han characters too, so that a two-character query inside
 * a longer word finds it; and a word with Latin diacritics also without them, so that Vietnamese typed
 * without accents matches.
 */
final class SearchTokens {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    // only the Latin combining block: Thai vowels and tone marks are combining marks too, and are kept
    private static final Pattern LATIN_MARKS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Map<String, BreakIterator> WORD_ITERATORS = new ConcurrentHashMap<>();

    private SearchTokens() {
    }

    /** The distinct tokens of the text, in the order they first appear. */
    static List<String> of(String text, String languageTag) {
        String normal = normalize(text);
        Set<String> tokens = new LinkedHashSet<>();
        BreakIterator words = (BreakIterator) WORD_ITERATORS.computeIfAbsent(languageTag,
                tag -> BreakIterator.getWordInstance(ULocale.forLanguageTag(tag))).clone();
        words.setText(normal);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
                String word = normal.substring(start, end);
                tokens.add(word);
                tokens.add(fold(word));
            }
        }
        addHan(normal, tokens);
        return List.copyOf(tokens);
    }

    static String normalize(String text) {
        return NFKC.normalize(text).toLowerCase(Locale.ROOT);
    }

    /** Without Latin diacritics: {@code việt} → {@code viet}, {@code đà} → {@code da}. */
    static String fold(String word) {
        return NFC.normalize(LATIN_MARKS.matcher(NFD.normalize(word)).replaceAll("")).replace('đ', 'd');
    }

    /** Each Han character and each pair of adjacent ones, across word boundaries. */
    private static void addHan(String text, Set<String> tokens) {
        List<String> run = new ArrayList<>();
        text.codePoints().forEach(cp -> {
            if (UScript.getScript(cp) == UScript.HAN) {
                String han = Character.toString(cp);
                tokens.add(han);
                if (!run.isEmpty()) {
                    tokens.add(run.get(run.size() - 1) + han);
                }
                run.add(han);
            } else {
                run.clear();
            }
        });
    }
}
