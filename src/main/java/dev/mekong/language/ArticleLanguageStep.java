package dev.mekong.language;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides an article's language paragraph by paragraph. Every block (and the title) is detected on its
 * own; the article's language is the one with the most confidence-weighted evidence over the whole.
 * A block keeps its own {@code lang} only when it differs from the article's with good confidence and
 * enough text; a short or uncertain block inherits the article's language (lang stays null).
 *
 * <p>A language the input declares (Markdown front matter or JSON {@code lang}) is trusted when the whole
 * text is written the way that language is ({@link ScriptFirstLanguageDetector#isWrittenIn}): then only the
 * blocks that are not (a paragraph in another script, an English quote in a Vietnamese article) are
 * detected. A declaration the text contradicts is ignored and the article detected as if it had none;
 * for Chinese the text always decides between zh-Hans and zh-Hant.
 */
public final class ArticleLanguageStep {

    /** A block needs this much evidence (letters, CJK characters twice) to keep a language of its own. */
    static final int MIN_BLOCK_EVIDENCE = 12;

    private final ScriptFirstLanguageDetector detector;

    public ArticleLanguageStep(ScriptFirstLanguageDetector detector) {
        this.detector = detector;
    }

    public Article apply(Article article) {
        String declared = declaredPrimary(article);
        if (declared != null) {
            // each block looked at once: the whole text's profile is its blocks' and its title's together
            List<ScriptProfile> profiles = article.blocks().stream().map(block -> ScriptProfile.of(block.plainText())).toList();
            List<ScriptProfile> all = new ArrayList<>(profiles);
            all.add(ScriptProfile.of(article.title() == null ? "" : article.title()));
            if (detector.isWrittenIn(ScriptProfile.sum(all), declared)) {
                return withDeclared(article, declared, profiles);
            }
        }
        // Every block, then the title: the title counts towards the article's language only.
        List<String> texts = new ArrayList<>(article.blocks().stream().map(Block::plainText).toList());
        texts.add(article.title() == null ? "" : article.title());
        List<Detection> detections = texts.stream().map(detector::analyse).toList();
        Language language = articleLanguage(detections, texts);

        List<Block> blocks = new ArrayList<>(article.blocks().size());
        for (int i = 0; i < article.blocks().size(); i++) {
            blocks.add(withOwnLanguage(article.blocks().get(i), detections.get(i), language));
        }
        return article.withLanguage(language, blocks);
    }

    /** The declared language, and each block not written in it detected on its own. */
    private Article withDeclared(Article article, String declared, List<ScriptProfile> profiles) {
        Language language = new Language(declared.equals("zh") ? detector.chineseVariant(wholeText(article)) : declared, 1.0);
        List<Block> blocks = new ArrayList<>(article.blocks().size());
        for (int i = 0; i < article.blocks().size(); i++) {
            Block block = article.blocks().get(i);
            blocks.add(detector.isWrittenIn(profiles.get(i), declared) ? block.withLang(null)
                    : withOwnLanguage(block, detector.analyse(block.plainText()), language));
        }
        return article.withLanguage(language, blocks);
    }

    /** The block tagged with its own language when that differs from the article's, surely and on enough text. */
    private Block withOwnLanguage(Block block, Detection detection, Language article) {
        Language own = detection.language();
        boolean differs = !own.isUndetermined() && !own.primary().equals(article.primary());
        boolean sure = !detector.isLowConfidence(own) && detection.evidence() >= MIN_BLOCK_EVIDENCE;
        return block.withLang(differs && sure ? own.tag() : null);
    }

    /** The primary subtag of the language the input declares (front matter, JSON), or null. */
    private static String declaredPrimary(Article article) {
        Language given = article.language();
        return given == null || !given.isDeclared() ? null : given.primary().toLowerCase(Locale.ROOT);
    }

    private static String wholeText(Article article) {
        StringBuilder text = new StringBuilder(article.title() == null ? "" : article.title());
        article.blocks().forEach(block -> text.append('\n').append(block.plainText()));
        return text.toString();
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
