package dev.mekong.language;

import dev.mekong.model.Language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Language identification that trusts what is reliable first. The script decides wherever it belongs
 * to one language (Han → zh-Hans/zh-Hant, kana → ja, Hangul → ko, Thai, Lao, Khmer, Myanmar …), and a
 * script no target language uses never yields one. Latin text is decided by OpenNLP langdetect-183
 * (asked about Latin-script languages only) when it is long enough to carry statistical signal, and by
 * letters and word lists when it is short (titles, single words), answering {@code und} rather than
 * guessing when the words do not settle it. Thread-safe once built.
 */
public final class ScriptFirstLanguageDetector implements LanguageDetector {

    /** Default confidence under which a decision is flagged as low-confidence. */
    public static final double DEFAULT_LOW_CONFIDENCE_THRESHOLD = 0.5;

    /** Latin text with at least this many words, or this many letters, goes to the statistical model. */
    private static final int STATISTICAL_MIN_WORDS = 5;
    private static final int STATISTICAL_MIN_LETTERS = 40;
    /** A text is Japanese when kana make up at least this share of its Han and kana characters. */
    private static final double JAPANESE_MIN_KANA_SHARE = 0.05;
    private static final double MAX_CONFIDENCE = 0.99;

    private final double lowConfidenceThreshold;
    private final ScriptTable scripts;
    private final HanVariant hanVariant;
    private final LatinAlphabets alphabets;
    private final Lexicons lexicons;
    private final OpenNlpModel model;

    public ScriptFirstLanguageDetector() {
        this(DEFAULT_LOW_CONFIDENCE_THRESHOLD);
    }

    /** @param lowConfidenceThreshold decisions with a lower confidence count as low-confidence */
    public ScriptFirstLanguageDetector(double lowConfidenceThreshold) {
        this.lowConfidenceThreshold = lowConfidenceThreshold;
        this.scripts = new ScriptTable();
        this.hanVariant = new HanVariant();
        this.alphabets = new LatinAlphabets();
        this.lexicons = new Lexicons();
        this.model = new OpenNlpModel(scripts);
    }

    public double lowConfidenceThreshold() {
        return lowConfidenceThreshold;
    }

    /** True for {@code und} and for any decision whose confidence is under the threshold. */
    public boolean isLowConfidence(Language language) {
        return language.isUndetermined() || language.confidence() < lowConfidenceThreshold;
    }

    @Override
    public Language detect(String text) {
        return analyse(text).language();
    }

    public Detection analyse(String text) {
        TextEvidence evidence = TextEvidence.of(text);
        Map<UnicodeScript, Integer> weights = scriptWeights(evidence);
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return new Detection(Language.undetermined(), 0);
        }
        UnicodeScript dominant = null;
        for (Map.Entry<UnicodeScript, Integer> e : weights.entrySet()) {
            if (dominant == null || e.getValue() > weights.get(dominant)) {
                dominant = e.getKey();
            }
        }
        double share = weights.get(dominant) / (double) total;
        Language decided = switch (dominant) {
            case HAN -> new Language(hanVariant.tag(evidence.han()), MAX_CONFIDENCE);
            case LATIN -> latin(evidence.latinWords());
            default -> bySoleLanguageOrModel(dominant, text);
        };
        if (decided.isUndetermined()) {
            return new Detection(decided, total);
        }
        return new Detection(new Language(decided.tag(), round(decided.confidence() * share)), total);
    }

    /** Letters per script, ideographic and syllabic characters doubled; kana pull the Han into ja. */
    private static Map<UnicodeScript, Integer> scriptWeights(TextEvidence evidence) {
        Map<UnicodeScript, Integer> weights = new EnumMap<>(UnicodeScript.class);
        for (Map.Entry<UnicodeScript, Integer> e : evidence.letters().entrySet()) {
            UnicodeScript script = e.getKey() == UnicodeScript.KATAKANA ? UnicodeScript.HIRAGANA : e.getKey();
            int weight = isCjk(script) ? 2 * e.getValue() : e.getValue();
            weights.merge(script, weight, Integer::sum);
        }
        int kana = weights.getOrDefault(UnicodeScript.HIRAGANA, 0);
        int han = weights.getOrDefault(UnicodeScript.HAN, 0);
        if (kana > 0 && kana >= JAPANESE_MIN_KANA_SHARE * (kana + han)) {
            weights.remove(UnicodeScript.HAN);
            weights.put(UnicodeScript.HIRAGANA, kana + han);
        }
        return weights;
    }

    private static boolean isCjk(UnicodeScript script) {
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.HANGUL;
    }

    /** A script of one language names it; a shared one (Cyrillic, Arabic …) asks the model among its languages. */
    private Language bySoleLanguageOrModel(UnicodeScript script, String text) {
        String sole = scripts.soleLanguage(script);
        if (sole != null) {
            return new Language(sole, MAX_CONFIDENCE);
        }
        Iterator<Map.Entry<String, Double>> best = model.predict(text, script).entrySet().iterator();
        if (!best.hasNext()) {
            return Language.undetermined();
        }
        Map.Entry<String, Double> top = best.next();
        return new Language(top.getKey(), top.getValue());
    }

    private Language latin(List<String> words) {
        if (words.isEmpty()) {
            return Language.undetermined();
        }
        int letters = words.stream().mapToInt(String::length).sum();
        if (words.size() >= STATISTICAL_MIN_WORDS || letters >= STATISTICAL_MIN_LETTERS) {
            return latinStatistical(words);
        }
        return latinByWords(words);
    }

    private Language latinStatistical(List<String> words) {
        long vietnameseLetters = words.stream().filter(alphabets::hasVietnameseOnlyLetter).count();
        if (vietnameseLetters * 5 >= words.size()) {
            return new Language("vi", MAX_CONFIDENCE);
        }
        Map<String, Double> probabilities = model.predict(String.join(" ", words), UnicodeScript.LATIN);
        Map.Entry<String, Double> top = probabilities.entrySet().iterator().next();
        return new Language(top.getKey(), top.getValue());
    }

    /**
     * Short Latin text: each word votes for the languages whose list holds it (English by frequency
     * class), a Vietnamese-only letter votes for Vietnamese, and a letter outside a language's alphabet
     * rules that language out. A tie or no vote gives {@code und}.
     */
    private Language latinByWords(List<String> words) {
        Map<String, Double> scores = new HashMap<>();
        for (String language : lexicons.languages()) {
            double score = 0;
            for (String word : words) {
                if (!alphabets.writes(language, word)) {
                    score = Double.NEGATIVE_INFINITY;
                    break;
                }
                score += wordPoints(lexicons.weight(language, word));
                if (language.equals("vi") && alphabets.hasVietnameseOnlyLetter(word)) {
                    score += 2;
                }
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
            return new Language(Language.UNDETERMINED, 0.1);
        }
        double margin = (bestScore - secondScore) / (2.0 * words.size());
        return new Language(best, Math.min(0.95, 0.4 + 0.5 * margin));
    }

    /** Points for a word with a list weight: frequent words count fully, rare dictionary words less. */
    private static double wordPoints(int weight) {
        if (weight >= 10) {
            return 2;
        }
        if (weight >= 5) {
            return 1.5;
        }
        return weight > 0 ? 1 : 0;
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
