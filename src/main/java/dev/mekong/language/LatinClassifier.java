package dev.mekong.language;

import dev.mekong.model.Language;

import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides Latin-script text. Vietnamese-only letters decide for Vietnamese. Long text goes to OpenNLP
 * (asked about Latin-script languages only), which is reliable there. Short text (titles, single words)
 * is decided by word lists and alphabets: each word votes for the languages whose list holds it, a
 * letter outside a language's alphabet rules that language out, and a tie or no vote gives {@code und}.
 */
final class LatinClassifier {

    /** From this many words, or letters, a Latin text carries enough signal for the statistical model. */
    private static final int STATISTICAL_MIN_WORDS = 8;
    private static final int STATISTICAL_MIN_LETTERS = 50;
    /** Share of words with a Vietnamese-only letter from which a text is Vietnamese. */
    private static final double VIETNAMESE_LETTER_SHARE = 0.2;
    /** Short text no word list settles goes to the model only from this many words and this probability. */
    private static final int MODEL_FALLBACK_MIN_WORDS = 3;
    private static final double MODEL_FALLBACK_MIN_PROBABILITY = 0.6;
    /** Points a word gives a language: frequent listed word, Vietnamese spelling, bare Vietnamese syllable. */
    private static final double FREQUENT_WORD = 2;
    private static final double VIETNAMESE_SPELLING = 2;
    private static final double BARE_VIETNAMESE_SYLLABLE = 0.5;
    private static final double UNDECIDED_CONFIDENCE = 0.1;

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
            Map.Entry<String, Double> top = modelTop(words);
            return new Language(top.getKey(), top.getValue());
        }
        Language byWords = byWords(words);
        if (byWords.isUndetermined() && words.size() >= MODEL_FALLBACK_MIN_WORDS) {
            Map.Entry<String, Double> top = modelTop(words);
            if (top.getValue() >= MODEL_FALLBACK_MIN_PROBABILITY) {
                return new Language(top.getKey(), top.getValue());
            }
        }
        return byWords;
    }

    private Map.Entry<String, Double> modelTop(List<String> words) {
        return model.predict(String.join(" ", words), UnicodeScript.LATIN).entrySet().iterator().next();
    }

    private Language byWords(List<String> words) {
        Map<String, Double> scores = new HashMap<>();
        for (String language : lexicons.languages()) {
            double score = 0;
            for (String word : words) {
                if (!alphabets.writes(language, word)) {
                    score = Double.NEGATIVE_INFINITY;
                    break;
                }
                score += points(language, word);
            }
            scores.put(language, score);
        }
        String best = null;
        double bestScore = 0;
        double secondScore = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            double score = e.getValue();
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = e.getKey();
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        if (best == null || bestScore <= secondScore) {
            return new Language(Language.UNDETERMINED, UNDECIDED_CONFIDENCE);
        }
        double margin = (bestScore - secondScore) / (FREQUENT_WORD * words.size());
        return new Language(best, Math.min(0.95, 0.4 + 0.5 * margin));
    }

    /** What a word (already known to fit the language's alphabet) says for the language. */
    private double points(String language, String word) {
        double listed = listPoints(lexicons.weight(language, word));
        if (!language.equals("vi")) {
            return listed;
        }
        boolean ascii = word.chars().allMatch(c -> c < 128);
        return Math.max(listed, ascii ? BARE_VIETNAMESE_SYLLABLE : VIETNAMESE_SPELLING);
    }

    /** Frequent words count fully, rarer dictionary words less (weights are frequency classes 1..26). */
    private static double listPoints(int weight) {
        if (weight >= 10) {
            return FREQUENT_WORD;
        }
        if (weight >= 5) {
            return 1.5;
        }
        return weight > 0 ? 1 : 0;
    }
}
