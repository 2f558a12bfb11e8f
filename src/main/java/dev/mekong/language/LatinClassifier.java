package dev.mekong.language;

import dev.mekong.model.Language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides Latin-script text. Vietnamese-only letters decide for Vietnamese. Long text goes to OpenNLP
 * (asked about Latin-script languages only), which is reliable there; the word lists only add
 * confidence when they agree. Short text (titles, single words) is decided by word lists and
 * alphabets: each word scores for the languages whose lists hold it, by frequency, and against those
 * whose alphabet lacks one of its letters; a narrow lead gives {@code und}.
 */
final class LatinClassifier {

    /** From this many words, or letters, a Latin text carries enough signal for the statistical model. */
    private static final int STATISTICAL_MIN_WORDS = 8;
    private static final int STATISTICAL_MIN_LETTERS = 50;
    /** Share of words with a Vietnamese-only letter from which a text is Vietnamese. */
    private static final double VIETNAMESE_LETTER_SHARE = 0.2;
    /** Short text no word list settles goes to the model only from this many words and this confidence. */
    private static final int MODEL_FALLBACK_MIN_WORDS = 3;
    private static final double MODEL_FALLBACK_MIN_CONFIDENCE = 0.6;
    /**
     * What a Vietnamese word is worth, on the scale of frequency classes (1..26): a Vietnamese-only
     * letter; a Vietnamese syllable with tone marks or vowel letters of Vietnamese; an a-z syllable
     * with a consonant cluster typical of Vietnamese (nh, kh, ngh …); any other a-z syllable.
     */
    private static final int VIETNAMESE_ONLY_LETTER = 20;
    private static final int VIETNAMESE_SPELLING = 16;
    private static final int DISTINCTLY_VIETNAMESE_SYLLABLE = 5;
    private static final int BARE_VIETNAMESE_SYLLABLE = 3;
    /** What a word with a letter outside a language's alphabet costs the language. */
    private static final int OUTSIDE_ALPHABET = 12;
    /**
     * What a word that is no Vietnamese syllable costs Vietnamese: less, because Vietnamese text is full
     * of foreign names and loanwords (email, website) kept as they are.
     */
    private static final int NOT_A_VIETNAMESE_SYLLABLE = 6;
    /** What a word missing from a dictionary that holds practically every word costs its language. */
    private static final int MISSING_FROM_FULL_DICTIONARY = 12;
    /** Frequency classes by which the best language must lead the next for short text. */
    private static final double MIN_LEAD = 4;
    private static final double UNDECIDED_CONFIDENCE = 0.1;
    /**
     * Share of the words the word lists' language must know to overrule an unsure model whose language
     * has no complete dictionary: English loanwords and names in Malay text do not make it English.
     */
    private static final double MIN_KNOWN_SHARE = 0.8;
    /** How many of the model's next choices word lists may pick from when the model's first has no full dictionary. */
    private static final int MODEL_RUNNERS_UP = 2;
    /** A model answer this confident needs no second opinion from the word lists. */
    private static final double CONFIDENT = 0.8;

    private final LatinAlphabets alphabets;
    private final Lexicons lexicons;
    private final OpenNlpModel model;

    LatinClassifier(LatinAlphabets alphabets, Lexicons lexicons, OpenNlpModel model) {
        this.alphabets = alphabets;
        this.lexicons = lexicons;
        this.model = model;
    }

    Language classify(List<String> words) {
        if (words.isEmpty()) {
            return Language.undetermined();
        }
        long vietnameseLetters = words.stream().filter(alphabets::hasVietnameseOnlyLetter).count();
        if (vietnameseLetters > 0 && vietnameseLetters >= VIETNAMESE_LETTER_SHARE * words.size()) {
            return new Language("vi", vietnameseLetters * 2 >= words.size() ? 0.99 : 0.8);
        }
        int letters = words.stream().mapToInt(String::length).sum();
        if (words.size() >= STATISTICAL_MIN_WORDS || letters >= STATISTICAL_MIN_LETTERS) {
            String text = String.join(" ", words);
            Language statistical = model.best(text, UnicodeScript.LATIN);
            if (statistical.confidence() >= CONFIDENT) {
                return statistical;
            }
            // The model's margins are modest even on clear text: agreeing word lists raise the confidence.
            // When the model is unsure (names, brands and loanwords pull its n-grams towards English, or
            // towards a language it guesses for anything short), word lists that settle the text more
            // surely decide. The lists judge fairly between languages whose dictionaries are complete. A
            // language with a partial list or none (Malay, Sundanese, Dutch) cannot be heard by the lists:
            // it gives way to a complete dictionary only when that knows nearly every word (English
            // loanwords in Malay text do not make it English), to a partial list only when the model
            // has that language among its next choices (Sundanese to Indonesian, not Dutch to Tagalog).
            Language lexical = byWords(words);
            if (lexical.tag().equals(statistical.tag())) {
                return new Language(statistical.tag(), Math.max(statistical.confidence(), lexical.confidence()));
            }
            boolean listsSettleIt = !lexical.isUndetermined() && lexical.confidence() > statistical.confidence()
                    && (lexicons.hasFullCoverage(statistical.tag())
                        || lexicons.hasFullCoverage(lexical.tag()) && knownShare(lexical.tag(), words) >= MIN_KNOWN_SHARE
                        || !lexicons.hasFullCoverage(lexical.tag()) && isRunnerUp(lexical.tag(), text));
            return listsSettleIt ? lexical : statistical;
        }
        Language byWords = byWords(words);
        if (byWords.isUndetermined() && words.size() >= MODEL_FALLBACK_MIN_WORDS) {
            Language guess = model.best(String.join(" ", words), UnicodeScript.LATIN);
            if (guess.confidence() >= MODEL_FALLBACK_MIN_CONFIDENCE) {
                return guess;
            }
        }
        return byWords;
    }

    /**
     * Each word gives each language its frequency class there (0 when unlisted, less than 0 when missing
     * from a dictionary that holds practically every word of the language); a word with a letter
     * outside a language's alphabet (or no Vietnamese syllable, for Vietnamese) counts strongly against
     * it without ruling it out, so that a Vietnamese title with one English loanword stays Vietnamese.
     * The language with the highest total wins when it
     * leads the next one by at least {@link #MIN_LEAD} classes; otherwise {@code und}. Proper names say
     * nothing: a text of names only is {@code und}.
     */
    private Language byWords(List<String> allWords) {
        Map<String, Double> scores = scores(allWords);
        String best = null;
        double bestScore = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        if (best == null) {
            return new Language(Language.UNDETERMINED, UNDECIDED_CONFIDENCE);
        }
        // Languages that share all their lists (Indonesian and Malay) score alike: the lead is over the others.
        double secondScore = 0;
        List<String> group = new ArrayList<>();
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (lexicons.sameLists(best, e.getKey())) {
                group.add(e.getKey());
            } else {
                secondScore = Math.max(secondScore, e.getValue());
            }
        }
        double lead = bestScore - secondScore;
        if (lead < MIN_LEAD) {
            return new Language(Language.UNDETERMINED, UNDECIDED_CONFIDENCE);
        }
        return new Language(group.size() == 1 ? best : modelsChoice(group, allWords), Math.min(0.95, 0.5 + lead / 40));
    }

    /** The language of the group the statistical model finds likeliest for the words (the first on a tie). */
    private String modelsChoice(List<String> group, List<String> words) {
        Map<String, Double> probabilities = model.predict(String.join(" ", words), UnicodeScript.LATIN);
        String choice = group.get(0);
        for (String language : group) {
            if (probabilities.getOrDefault(language, 0.0) > probabilities.getOrDefault(choice, 0.0)) {
                choice = language;
            }
        }
        return choice;
    }

    /** Whether the language is among the model's next choices after its first for the text. */
    private boolean isRunnerUp(String language, String text) {
        return model.predict(text, UnicodeScript.LATIN).keySet().stream()
                .limit(1 + MODEL_RUNNERS_UP).anyMatch(language::equals);
    }

    /**
     * The share of the words (proper names aside) that the language's lists hold, compounds of its
     * words included.
     */
    private double knownShare(String language, List<String> allWords) {
        List<String> words = allWords.stream().filter(w -> !lexicons.isProperName(w)).toList();
        long known = words.stream()
                .filter(w -> lexicons.weight(language, w) > 0 || lexicons.isCompound(language, w))
                .count();
        return words.isEmpty() ? 0 : known / (double) words.size();
    }

    /**
     * Each word-list language's total over the words that are no proper names (for Vietnamese, also the
     * names spelled as Vietnamese syllables), in list order.
     */
    Map<String, Double> scores(List<String> allWords) {
        List<String> words = allWords.stream().filter(w -> !lexicons.isProperName(w)).toList();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String language : lexicons.languages()) {
            double score = 0;
            if (language.equals("vi")) {
                // Vietnamese names are Vietnamese syllables (Thanh, Nguyen, Khanh): a name spelled so is some
                // evidence for Vietnamese, though none for the languages that merely print it.
                score += allWords.stream()
                        .filter(w -> lexicons.isProperName(w) && LatinAlphabets.isVietnameseSyllable(w)
                                && LatinAlphabets.hasVietnameseConsonantCluster(w))
                        .count() * DISTINCTLY_VIETNAMESE_SYLLABLE;
            }
            for (String word : words) {
                if (alphabets.writes(language, word)) {
                    score += points(language, word);
                } else if (language.equals("vi")) {
                    // English loanwords Vietnamese keeps (Xem video) cost nothing; other foreign words some.
                    score -= lexicons.isVietnameseLoanword(word) ? 0 : NOT_A_VIETNAMESE_SYLLABLE;
                } else {
                    score -= OUTSIDE_ALPHABET;
                }
            }
            scores.put(language, score);
        }
        return scores;
    }

    /** What a word (already known to fit the language's alphabet) says for the language. */
    private double points(String language, String word) {
        int listed = lexicons.weight(language, word);
        if (!language.equals("vi")) {
            if (listed > 0 || !lexicons.hasFullCoverage(language)) {
                return listed;
            }
            return lexicons.isCompound(language, word) ? 0 : -MISSING_FROM_FULL_DICTIONARY;
        }
        if (alphabets.hasVietnameseOnlyLetter(word)) {
            return Math.max(listed, VIETNAMESE_ONLY_LETTER);
        }
        if (!word.chars().allMatch(c -> c < 128)) {
            return Math.max(listed, VIETNAMESE_SPELLING);
        }
        return Math.max(listed, LatinAlphabets.hasVietnameseConsonantCluster(word)
                ? DISTINCTLY_VIETNAMESE_SYLLABLE : BARE_VIETNAMESE_SYLLABLE);
    }
}
