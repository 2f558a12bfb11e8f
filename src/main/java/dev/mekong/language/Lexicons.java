package dev.mekong.language;

import morfologik.fsa.ByteSequenceIterator;
import morfologik.fsa.FSA;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists of the Latin-script languages, as listed in {@code language/lexicons.tsv}. A word's weight
 * in a language is a frequency class from 1 (in the dictionary, rare) to 26 (most frequent); words of
 * a plain common-word list weigh {@link #LISTED}. Dictionaries stay in their compact automaton form
 * and are looked up in place, so millions of word forms cost a few megabytes.
 */
final class Lexicons {

    /** Weight of a word from a plain list of common words. */
    static final int LISTED = 12;
    /** Most a capitalised entry (a name) weighs when looked up for a lower-case word. */
    static final int NAME = 3;
    /**
     * Most a capitalised entry weighs in a language that capitalises its nouns (German): such entries
     * mix nouns with names and loanwords (China, Bangkok, Meeting), so they count as moderately rare.
     */
    static final int CAPITALISED_NOUN = 8;

    private interface Source {
        int weight(String word);
    }

    private final Map<String, List<Source>> sourcesByLanguage = new LinkedHashMap<>();
    private final Set<String> fullCoverage = new HashSet<>();

    Lexicons() {
        for (String[] row : Resources.table("language/lexicons.tsv", 5)) {
            if (row[4].equals("full")) {
                fullCoverage.add(row[0]);
            }
            Source source = load(row[1], row[2]);
            Source lookup = source;
            if (row[3].contains("capitalised")) {
                lookup = capitalisedToo(source, CAPITALISED_NOUN);
            } else if (row[3].contains("names")) {
                lookup = capitalisedToo(source, NAME);
            }
            sourcesByLanguage.computeIfAbsent(row[0], k -> new ArrayList<>()).add(lookup);
        }
    }

    /** The languages that have a list, in file order. */
    Set<String> languages() {
        return sourcesByLanguage.keySet();
    }

    /** Whether the language's lists hold practically all its words, so a missing word speaks against it. */
    boolean hasFullCoverage(String language) {
        return fullCoverage.contains(language);
    }

    /** The (lower-case) word's weight in the language, 0 when not listed. */
    int weight(String language, String word) {
        int weight = 0;
        for (Source source : sourcesByLanguage.get(language)) {
            weight = Math.max(weight, source.weight(word));
        }
        return weight;
    }

    private static Source load(String path, String format) {
        if (format.startsWith("fsa") && format.length() == 4) {
            return new FsaDictionary(path, (byte) format.charAt(3));
        }
        Map<String, Integer> words = new HashMap<>();
        for (String line : Resources.lines(path)) {
            switch (format) {
                case "lines" -> add(words, line.strip());
                case "words" -> {
                    for (String word : line.strip().split("\\s+")) {
                        add(words, word);
                    }
                }
                default -> throw new IllegalStateException("Unknown lexicon format " + format + " for " + path);
            }
        }
        return word -> words.getOrDefault(word, 0);
    }

    private static void add(Map<String, Integer> words, String word) {
        if (!word.isEmpty()) {
            words.put(word.toLowerCase(Locale.ROOT), LISTED);
        }
    }

    /** Looks the capitalised form up too, weighing it at most {@code cap}. */
    private static Source capitalisedToo(Source source, int cap) {
        return word -> Math.max(source.weight(word),
                Math.min(cap, source.weight(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))));
    }

    /** A morfologik dictionary: entries "word SEP … F", F the frequency class letter. */
    private static final class FsaDictionary implements Source {

        private final FSA fsa;
        private final byte separator;

        FsaDictionary(String path, byte separator) {
            this.separator = separator;
            try (InputStream in = Resources.open(path)) {
                this.fsa = FSA.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }

        @Override
        public int weight(String word) {
            byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
            int node = fsa.getRootNode();
            for (int i = 0; i <= bytes.length; i++) {
                int arc = fsa.getArc(node, i < bytes.length ? bytes[i] : separator);
                if (arc == 0 || fsa.isArcTerminal(arc)) {
                    return 0;
                }
                node = fsa.getEndNode(arc);
            }
            int best = 0;
            ByteSequenceIterator entries = new ByteSequenceIterator(fsa, node);
            while (entries.hasNext()) {
                ByteBuffer entry = entries.next();
                int frequency = entry.get(entry.limit() - 1) - 'A' + 1;
                best = Math.max(best, Math.min(26, Math.max(1, frequency)));
            }
            return best;
        }
    }
}
