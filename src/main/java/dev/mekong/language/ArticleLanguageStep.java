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
        // Every block, then the title: the title counts towards the article's language only.
        List<String> texts = new ArrayList<>(article.blocks().stream().map(Block::plainText).toList());
        texts.add(article.title() == null ? "" : article.title());
        List<Detection> detections = texts.stream().map(detector::analyse).toList();
        Language language = articleLanguage(detections, texts);

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
     * the variant is then taken from the characters of all the Chinese blocks together.
     */
    private Language articleLanguage(List<Detection> detections, List<String> texts) {
        Map<String, Double> support = new HashMap<>();
        StringBuilder chinese = new StringBuilder();
        double total = 0;
        for (int i = 0; i < detections.size(); i++) {
            Detection detection = detections.get(i);
            total += detection.evidence();
            Language language = detection.language();
            if (!language.isUndetermined()) {
                support.merge(language.primary(), detection.evidence() * language.confidence(), Double::sum);
                if (language.primary().equals("zh")) {
                    chinese.append(texts.get(i)).append('\n');
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
        String tag = best.equals("zh") ? detector.chineseVariant(chinese.toString()) : best;
        return new Language(tag, Math.round(support.get(best) / total * 1000) / 1000.0);
    }
}
