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
 * a frequency-ranked list weigh the class of their rank, words of a hand-written list {@link #LISTED}.
 * Dictionaries stay in their compact automaton form and are looked up in place, so millions of word
 * forms cost a few megabytes.
 */
final class Lexicons {

    /** Weight of a word from a plain list of common words. */
    static final int LISTED = 12;
    static final String VIETNAMESE_LOANWORDS = "language/words/vi-loanwords.txt";
    /**
     * Most a capitalised entry weighs when looked up for a lower-case word: German nouns mix with names
     * and loanwords (Haus, Meeting), English proper adjectives and plurals (Canadian, Germans) are
     * words of a kind other languages spell their own way; both count as moderately rare.
     */
    static final int CAPITALISED_NOUN = 8;

    /** Letters and frequency class each part of a compound needs: short or rare parts split almost anything. */
    private static final int MIN_COMPOUND_PART = 3;
    private static final int MIN_COMPOUND_PART_CLASS = 10;

    /** Frequency class of a dictionary entry never seen in the corpus the frequencies were counted on. */
    private static final int UNSEEN = 1;

    private interface Source {
        int weight(String word);
    }

    private final Map<String, List<Source>> sourcesByLanguage = new LinkedHashMap<>();
    private final Map<String, Set<String>> pathsByLanguage = new HashMap<>();
    private final Set<String> fullCoverage = new HashSet<>();
    /** The dictionaries, looked up as written: a name there in lower case is a word of that language. */
    private final List<Source> dictionaries = new ArrayList<>();
    /** Dictionaries of languages that capitalise only proper nouns and proper adjectives. */
    private final List<Source> nameSources = new ArrayList<>();
    /** The lists written by hand: what they hold is a word, never a name (Monday, Montag, Isnin). */
    private final List<Source> handWritten = new ArrayList<>();
    private final ProperNouns properNouns = new ProperNouns();
    /** English words Vietnamese text keeps unchanged (video, online, app). */
    private final Set<String> vietnameseLoanwords = new HashSet<>();

    Lexicons() {
        for (String[] row : Resources.table("language/lexicons.tsv", 5)) {
            if (row[4].equals("full")) {
                fullCoverage.add(row[0]);
            }
            Source source = load(row[1], row[2]);
            Source lookup = source;
            if (row[3].contains("capitalised") || row[3].contains("names")) {
                lookup = capitalisedToo(source, CAPITALISED_NOUN);
            }
            if (row[3].contains("names")) {
                nameSources.add(source);
            }
            if (source instanceof FsaDictionary) {
                dictionaries.add(source);
            }
            if (row[2].equals("words")) {
                handWritten.add(source);
            }
            sourcesByLanguage.computeIfAbsent(row[0], k -> new ArrayList<>()).add(lookup);
            pathsByLanguage.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1] + "\t" + row[3]);
        }
        for (String line : Resources.lines(VIETNAMESE_LOANWORDS)) {
            for (String word : line.trim().split("\\s+")) {
                if (!word.isEmpty() && !word.startsWith("#")) {
                    vietnameseLoanwords.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    /** Whether Vietnamese text commonly keeps the (lower-case) English word as it is (video, online). */
    boolean isVietnameseLoanword(String word) {
        return vietnameseLoanwords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The languages that have a list, in file order. */
    Set<String> languages() {
        return sourcesByLanguage.keySet();
    }

    /** Whether the two languages look words up in the very same lists, so that every text scores alike in both. */
    boolean sameLists(String language, String other) {
        return pathsByLanguage.get(language).equals(pathsByLanguage.get(other));
    }

    /** Whether the language's lists hold practically all its words, so a missing word speaks against it. */
    boolean hasFullCoverage(String language) {
        return fullCoverage.contains(language);
    }

    /**
     * Whether the (lower-case) word is a proper name: listed capitalised in a dictionary of a language
     * that capitalises only proper nouns and adjectives, no more than a proper noun there (Patrick,
     * Bangkok, Samsung; not Canadian), and in no dictionary in lower case (français, santos are words
     * there) unless as a form never seen in the dictionary's corpus, and on no hand-written list (day and
     * month names are capitalised in English but are words). A name travels between languages
     * unchanged, so it is evidence for none.
     */
    boolean isProperName(String word) {
        for (Source source : handWritten) {
            if (source.weight(word) > 0) {
                return false;
            }
        }
        String capitalised = capitalise(word);
        boolean listedCapitalised = false;
        for (Source source : nameSources) {
            if (source.weight(word) > UNSEEN) {
                return false;
            }
            listedCapitalised |= source.weight(capitalised) > 0;
        }
        if (!listedCapitalised) {
            return false;
        }
        for (Source source : dictionaries) {
            if (source.weight(word) > UNSEEN) {
                return false;
            }
        }
        return !properNouns.isMoreThanName(capitalised);
    }

    /**
     * Whether the (lower-case) word, missing from the language's lists, is two of its common words
     * written together (peacebuilding, fatcat, Wetterbericht): dictionaries cannot list every compound,
     * so such a word is no evidence against the language.
     */
    boolean isCompound(String language, String word) {
        for (int split = MIN_COMPOUND_PART; split <= word.length() - MIN_COMPOUND_PART; split++) {
            if (weight(language, word.substring(0, split)) >= MIN_COMPOUND_PART_CLASS
                    && weight(language, word.substring(split)) >= MIN_COMPOUND_PART_CLASS) {
                return true;
            }
        }
        return false;
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
        int rank = 0;
        for (String line : Resources.lines(path)) {
            switch (format) {
                case "ranked" -> {
                    String word = line.strip();
                    if (!word.isEmpty()) {
                        words.putIfAbsent(word.toLowerCase(Locale.ROOT), frequencyClassOfRank(++rank));
                    }
                }
                case "words" -> {
                    for (String word : line.strip().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.put(word.toLowerCase(Locale.ROOT), LISTED);
                        }
                    }
                }
                default -> throw new IllegalStateException("Unknown lexicon format " + format + " for " + path);
            }
        }
        return word -> words.getOrDefault(word, 0);
    }

    /**
     * The frequency class of the word at this rank of a frequency-ranked list, on the dictionaries'
     * scale: in LanguageTool's French, German and Spanish dictionaries the words ranked r in the
     * language's common-word list have a median class of about 23 - log2(r) (rank 16 → 19, 1000 → 13,
     * 8000 → 10). Ranked lists also hold the names and foreign words frequent in the corpus they were
     * counted on, so a rank says how common a word is, not how typical of the language.
     */
    static int frequencyClassOfRank(int rank) {
        int log2 = 31 - Integer.numberOfLeadingZeros(rank);
        return Math.max(1, Math.min(26, 23 - log2));
    }

    /** Looks the capitalised form up too, weighing it at most {@code cap}. */
    private static Source capitalisedToo(Source source, int cap) {
        return word -> Math.max(source.weight(word), Math.min(cap, source.weight(capitalise(word))));
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
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
