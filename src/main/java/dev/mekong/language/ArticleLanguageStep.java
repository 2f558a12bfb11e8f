package dev.mekong.language;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides an article's language paragraph by paragraph. Every block (and the title) is detected on its
 * own; the article's language is the one with the most confidence-weighted evidence over the whole.
 * A block keeps its own {@code lang} only when it differs from the article's with good confidence and
 * enough text; a short or uncertain block inherits the article's language (lang stays null).
 */
public final class ArticleLanguageStep {

    /** A block needs this much evidence (letters, CJK characters twice) to keep a language of its own. */
    static final int MIN_BLOCK_EVIDENCE = 12;

    private final ScriptFirstLanguageDetector detector;

    public ArticleLanguageStep(ScriptFirstLanguageDetector detector) {
        this.detector = detector;
    }

    public Article apply(Article article) {
        List<Detection> detections = new ArrayList<>();
        for (Block block : article.blocks()) {
            detections.add(detector.analyse(block.plainText()));
        }
        Detection title = detector.analyse(article.title() == null ? "" : article.title());
        Language language = articleLanguage(detections, title);

        List<Block> blocks = new ArrayList<>(article.blocks().size());
        for (int i = 0; i < article.blocks().size(); i++) {
            Block block = article.blocks().get(i);
            Language own = detections.get(i).language();
            boolean differs = !own.isUndetermined() && !own.primary().equals(language.primary());
            boolean sure = !detector.isLowConfidence(own) && detections.get(i).evidence() >= MIN_BLOCK_EVIDENCE;
            blocks.add(block.withLang(differs && sure ? own.tag() : null));
        }
        return article.withLanguage(language, blocks);
    }

    /** True when the article's language is too uncertain to translate from: flag or quarantine it. */
    public boolean isLowConfidence(Language language) {
        return detector.isLowConfidence(language);
    }

    /**
     * The language with the largest sum of evidence × confidence; its confidence is that sum over all
     * evidence, so an article split between languages is less certain. Chinese variants are pooled and
     * the variant is then taken from all the Chinese text together.
     */
    private Language articleLanguage(List<Detection> blocks, Detection title) {
        Map<String, Double> support = new HashMap<>();
        Map<String, Integer> variantEvidence = new HashMap<>();
        double total = 0;
        List<Detection> all = new ArrayList<>(blocks);
        all.add(title);
        for (Detection detection : all) {
            total += detection.evidence();
            Language language = detection.language();
            if (!language.isUndetermined()) {
                support.merge(language.primary(), detection.evidence() * language.confidence(), Double::sum);
                if (language.primary().equals("zh")) {
                    variantEvidence.merge(language.tag(), detection.evidence(), Integer::sum);
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Double> e : support.entrySet()) {
            if (best == null || e.getValue() > support.get(best)) {
                best = e.getKey();
            }
        }
        if (best == null || total == 0) {
            return Language.undetermined();
        }
        String tag = best;
        if (best.equals("zh")) {
            tag = variantEvidence.getOrDefault(HanVariant.TRADITIONAL, 0) > variantEvidence.getOrDefault(HanVariant.SIMPLIFIED, 0)
                    ? HanVariant.TRADITIONAL : HanVariant.SIMPLIFIED;
        }
        return new Language(tag, Math.round(support.get(best) / total * 1000) / 1000.0);
    }
}
