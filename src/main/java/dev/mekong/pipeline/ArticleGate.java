package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;

import java.util.List;
import java.util.Locale;

/**
 * What every published article must have, whatever extractor made it: some body text, no paragraph so
 * long that it cannot be prose (a megabyte on one line is a data dump or an attack, and would make every
 * page that shows it unusable), and a category path a site can have pages for (a breadcrumb thousands of
 * levels deep or a "category" of a thousand characters is not one). A truncated page whose body was cut
 * away stops here.
 */
public class ArticleGate {

    private final int maxParagraphChars;
    private final int maxCategoryDepth;
    private final int maxCategoryChars;

    public ArticleGate(int maxParagraphChars, int maxCategoryDepth, int maxCategoryChars) {
        this.maxParagraphChars = maxParagraphChars;
        this.maxCategoryDepth = maxCategoryDepth;
        this.maxCategoryChars = maxCategoryChars;
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
                throw new InputRejectedException(String.format(Locale.ROOT,
                        "a paragraph of %,d characters, over the limit of %,d (mekong.max-paragraph-chars): not an article",
                        length, maxParagraphChars));
            }
        }
        List<String> categories = article.meta() == null ? List.of() : article.meta().category();
        if (categories.size() > maxCategoryDepth) {
            throw new InputRejectedException(String.format(Locale.ROOT,
                    "%,d category levels, over the limit of %,d (mekong.max-category-depth): not a breadcrumb",
                    categories.size(), maxCategoryDepth));
        }
        for (String category : categories) {
            int length = category.codePointCount(0, category.length());
            if (length > maxCategoryChars) {
                throw new InputRejectedException(String.format(Locale.ROOT,
                        "a category name of %,d characters, over the limit of %,d (mekong.max-category-chars): not a category",
                        length, maxCategoryChars));
            }
        }
        return article;
    }
}
