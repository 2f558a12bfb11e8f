package dev.mekong.language;

import morfologik.fsa.FSA;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists of the Latin-script languages, as listed in {@code language/lexicons.tsv}. Each word
 * carries a weight: the frequency class (1..26) of a speller dictionary, or {@link #LISTED} for
 * plain common-word lists.
 */
final class Lexicons {

    /** Weight of a word from a plain list (common-word lists hold only frequent words). */
    static final int LISTED = 12;

    private final Map<String, Map<String, Integer>> wordsByLanguage = new LinkedHashMap<>();

    Lexicons() {
        for (String[] row : Resources.table("language/lexicons.tsv", 3)) {
            Map<String, Integer> words = wordsByLanguage.computeIfAbsent(row[0], k -> new HashMap<>());
            switch (row[2]) {
                case "speller-fsa" -> readSpellerDictionary(row[1], words);
                case "lines" -> Resources.lines(row[1]).forEach(line -> add(words, line.strip(), LISTED));
                case "words" -> Resources.lines(row[1]).forEach(line -> {
                    for (String word : line.strip().split("\\s+")) {
                        add(words, word, LISTED);
                    }
                });
                default -> throw new IllegalStateException("Unknown lexicon format " + row[2]);
            }
        }
    }

    /** The languages that have a list, in file order. */
    Set<String> languages() {
        return wordsByLanguage.keySet();
    }

    /** The word's weight in the language's list, 0 when not listed. */
    int weight(String language, String word) {
        return wordsByLanguage.get(language).getOrDefault(word, 0);
    }

    private static void add(Map<String, Integer> words, String word, int weight) {
        if (!word.isEmpty()) {
            words.merge(word.toLowerCase(Locale.ROOT), weight, Math::max);
        }
    }

    /** Entries are "word+F", F a frequency class from 'A' (unseen) to 'Z' (most frequent). */
    private static void readSpellerDictionary(String path, Map<String, Integer> words) {
        try (InputStream in = Resources.open(path)) {
            for (ByteBuffer entry : FSA.read(in)) {
                String text = new String(entry.array(), entry.position(), entry.remaining(), StandardCharsets.UTF_8);
                int plus = text.lastIndexOf('+');
                if (plus > 0 && plus == text.length() - 2) {
                    add(words, text.substring(0, plus), text.charAt(plus + 1) - 'A' + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
