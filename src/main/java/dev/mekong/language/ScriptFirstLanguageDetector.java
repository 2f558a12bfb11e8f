package dev.mekong.language;

import dev.mekong.model.Language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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

    /** A text is Japanese when kana make up at least this share of its Han and kana characters. */
    private static final double JAPANESE_MIN_KANA_SHARE = 0.05;
    /**
     * Han text with at least one Japanese-only form (続, 経, 駅 …) per this many Han characters is Japanese:
     * a kanji-only Japanese headline has one in a few characters, a Chinese article quoting a Japanese
     * name one in hundreds.
     */
    private static final int HAN_PER_JAPANESE_FORM = 20;
    private static final double MAX_CONFIDENCE = 0.99;
    /** Letters of other scripts from which the capitalised Latin words of a text count as quoted names. */
    private static final int MIN_OTHER_SCRIPT_LETTERS = 2;

    private final double lowConfidenceThreshold;
    private final ScriptTable scripts;
    /** The word lists and the statistical model: read at the first text, so a run that reads none pays nothing. */
    private volatile Parts parts;

    private record Parts(HanVariant hanVariant, JapaneseHan japaneseHan, OpenNlpModel model, LatinClassifier latin) {
    }

    /**
     * The Hans/Hant table on its own: a declared Chinese article needs only it, so a build of declared
     * inputs never reads the model (a second of an incremental build).
     */
    private static final class Han {
        static final HanVariant VARIANT = new HanVariant();
    }

    public ScriptFirstLanguageDetector() {
        this(DEFAULT_LOW_CONFIDENCE_THRESHOLD);
    }

    /** @param lowConfidenceThreshold decisions with a lower confidence count as low-confidence */
    public ScriptFirstLanguageDetector(double lowConfidenceThreshold) {
        this.lowConfidenceThreshold = lowConfidenceThreshold;
        this.scripts = new ScriptTable();
    }

    /** Reads the word lists and the model now, on a background thread (a watch, so its first drop does not wait). */
    public void preload() {
        Thread loader = new Thread(this::parts, "language-model-load");
        loader.setDaemon(true);
        loader.start();
    }

    private Parts parts() {
        Parts loaded = parts;
        if (loaded == null) {
            synchronized (this) {
                loaded = parts;
                if (loaded == null) {
                    parts = loaded = load();
                }
            }
        }
        return loaded;
    }

    private Parts load() {
        // The statistical model takes most of the load time: it is read on a second thread meanwhile.
        FutureTask<OpenNlpModel> modelLoad = new FutureTask<>(() -> new OpenNlpModel(scripts));
        Thread loader = new Thread(modelLoad, "opennlp-model-load");
        loader.setDaemon(true);
        loader.start();
        HanVariant hanVariant = Han.VARIANT;
        JapaneseHan japaneseHan = new JapaneseHan();
        Lexicons lexicons = new Lexicons();
        OpenNlpModel model = join(modelLoad);
        return new Parts(hanVariant, japaneseHan, model, new LatinClassifier(new LatinAlphabets(), lexicons, model));
    }

    private static OpenNlpModel join(FutureTask<OpenNlpModel> load) {
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the language model", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot load the language model", e.getCause());
        }
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
        Language decided = byScript(dominant, evidence);
        if (dominant == UnicodeScript.HAN && parts().japaneseHan().onlyPlaceNames(evidence.cleaned())) {
            // 東京, 大阪: Japanese and Traditional Chinese write these names alike; alone they tell nothing.
            return new Detection(Language.undetermined(), total);
        }
        if (decided.isUndetermined() && dominant == UnicodeScript.LATIN) {
            // Latin words that settle nothing (names, loanwords) leave the decision to the other script.
            UnicodeScript next = null;
            for (Map.Entry<UnicodeScript, Integer> e : weights.entrySet()) {
                if (e.getKey() != UnicodeScript.LATIN && e.getValue() > 0
                        && (next == null || e.getValue() > weights.get(next))) {
                    next = e.getKey();
                }
            }
            if (next != null) {
                dominant = next;
                decided = byScript(next, evidence);
            }
        }
        double share = weights.get(dominant) / (double) total;
        if (decided.isUndetermined()) {
            return new Detection(decided, total);
        }
        return new Detection(new Language(decided.tag(), round(decided.confidence() * share)), total);
    }

    /**
     * Whether a text is written the way a language is (by its primary subtag): mostly in that language's
     * script; Chinese without kana; Vietnamese with its own letters, another Latin-script language without
     * them. A text without letters says nothing against any language; a language whose script is not
     * known is never confirmed.
     */
    public boolean isWrittenIn(String text, String primary) {
        return isWrittenIn(ScriptProfile.of(text), primary);
    }

    /** {@link #isWrittenIn(String, String)} for the text of this profile. */
    boolean isWrittenIn(ScriptProfile profile, String primary) {
        UnicodeScript expected = scripts.scriptOfTag(primary);
        if (expected == null) {
            return false;
        }
        if (profile.letters() == 0) {
            return true;
        }
        if (profile.dominant() != expected) {
            return false;
        }
        return switch (expected) {
            case HAN -> profile.letters(UnicodeScript.HIRAGANA) == 0;
            case LATIN -> primary.equals("vi") == profile.looksVietnamese();
            default -> true;
        };
    }

    /** zh-Hans or zh-Hant, from the Han characters of the text (zh-Hans when none tells them apart). */
    public String chineseVariant(String text) {
        return Han.VARIANT.tag(TextEvidence.of(text).han());
    }

    /**
     * Letters per script. Letters of any script but Latin count twice: Latin names, brands and acronyms
     * are common inside text in other scripts, the reverse is rare; and a CJK character carries about as
     * much as two letters. Next to a word of another script, capitalised Latin words (names, brands,
     * titles) do not count. Kana, or Han characters in forms or words only Japanese writes, pull the
     * Han characters into Japanese.
     */
    private Map<UnicodeScript, Integer> scriptWeights(TextEvidence evidence) {
        Map<UnicodeScript, Integer> weights = new EnumMap<>(UnicodeScript.class);
        int otherScripts = 0;
        for (Map.Entry<UnicodeScript, Integer> e : evidence.letters().entrySet()) {
            UnicodeScript script = e.getKey() == UnicodeScript.KATAKANA ? UnicodeScript.HIRAGANA : e.getKey();
            int weight = script == UnicodeScript.LATIN ? e.getValue() : 2 * e.getValue();
            weights.merge(script, weight, Integer::sum);
            otherScripts += script == UnicodeScript.LATIN ? 0 : e.getValue();
        }
        if (otherScripts >= MIN_OTHER_SCRIPT_LETTERS && weights.containsKey(UnicodeScript.LATIN)) {
            // Thai or Chinese text quotes names, brands and titles in Latin letters (ดู Highlights,
            // รีวิว Samsung Galaxy): there, only Latin words in lower case are running text of a language.
            weights.put(UnicodeScript.LATIN, evidence.lowerCaseLatinLetters());
        }
        int kana = weights.getOrDefault(UnicodeScript.HIRAGANA, 0);
        int han = weights.getOrDefault(UnicodeScript.HAN, 0);
        int japaneseForms = han > 0
                ? parts().japaneseHan().count(evidence.han()) + parts().japaneseHan().compounds(evidence.cleaned())
                : 0;
        boolean kanaSayJapanese = kana > 0 && kana >= JAPANESE_MIN_KANA_SHARE * (kana + han);
        boolean formsSayJapanese = japaneseForms > 0
                && japaneseForms * HAN_PER_JAPANESE_FORM >= evidence.letters(UnicodeScript.HAN);
        if (kanaSayJapanese || formsSayJapanese) {
            weights.remove(UnicodeScript.HAN);
            weights.put(UnicodeScript.HIRAGANA, kana + han);
        }
        return weights;
    }

    private Language byScript(UnicodeScript script, TextEvidence evidence) {
        return switch (script) {
            case HAN -> new Language(parts().hanVariant().tag(evidence.han()), MAX_CONFIDENCE);
            case LATIN -> parts().latin().classify(evidence.latinWords());
            default -> bySoleLanguageOrModel(script, evidence.cleaned());
        };
    }

    /** A script of one language names it; a shared one (Cyrillic, Arabic …) asks the model among its languages. */
    private Language bySoleLanguageOrModel(UnicodeScript script, String text) {
        String sole = scripts.soleLanguage(script);
        if (sole != null) {
            return new Language(sole, MAX_CONFIDENCE);
        }
        return parts().model().best(text, script);
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
