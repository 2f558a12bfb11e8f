package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;

/**
 * What every published article must have, whatever extractor made it: some body text, and no paragraph
 * so long that it cannot be prose (a megabyte on one line is a data dump or an attack, and would make
 * every page that shows it unusable). A truncated page whose body was cut away stops here.
 */
public class ArticleGate {

    private final int maxParagraphChars;

    public ArticleGate(int maxParagraphChars) {
        this.maxParagraphChars = maxParagraphChars;
    }

    public Article check(Article article) {
        if (article.blocks().stream().allMatch(b -> b.plainText().isBlank())) {
            throw new InputRejectedException("no article text found"
                    + (article.title() == null ? "" : " under the title '" + article.title() + "'")
                    + ": the page may be truncated, empty or only navigation");
        }
        for (Block block : article.blocks()) {
            int length = block.plainText().length();
            if (length > maxParagraphChars) {
                throw new InputRejectedException(String.format(java.util.Locale.ROOT,
                        "a paragraph of %,d characters, over the limit of %,d (mekong.max-paragraph-chars): not an article",
                        length, maxParagraphChars));
            }
        }
        return article;
    }
}
