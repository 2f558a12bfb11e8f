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
 * levels deep or a "category" of a thousand characters is not one), and tags a site can have pages for.
 * A truncated page whose body was cut away stops here. Tags an editor gave (Markdown front matter, a JSON
 * record) beyond the limits quarantine the input; a page's own keywords (HTML meta, often a long SEO list)
 * are cut to the limits instead.
 */
public class ArticleGate {

    private final int maxParagraphChars;
    private final int maxCategoryDepth;
    private final int maxCategoryChars;
    private final int maxTags;
    private final int maxTagChars;

    public ArticleGate(int maxParagraphChars, int maxCategoryDepth, int maxCategoryChars, int maxTags, int maxTagChars) {
        this.maxParagraphChars = maxParagraphChars;
        this.maxCategoryDepth = maxCategoryDepth;
        this.maxCategoryChars = maxCategoryChars;
        this.maxTags = maxTags;
        this.maxTagChars = maxTagChars;
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
        return checkTags(article);
    }

    private Article checkTags(Article article) {
        List<String> tags = article.meta() == null ? List.of() : article.meta().tags();
        if (!givenByEditor(article)) {
            List<String> kept = tags.stream().filter(t -> length(t) <= maxTagChars).limit(maxTags).toList();
            return kept.equals(tags) ? article : new Article(article.id(), article.slug(), article.revision(),
                    article.source(), article.language(), article.meta().withTags(kept), article.blocks(),
                    article.removed(), article.versions());
        }
        if (tags.size() > maxTags) {
            throw new InputRejectedException(String.format(Locale.ROOT,
                    "%,d tags, over the limit of %,d (mekong.max-tags)", tags.size(), maxTags));
        }
        for (String tag : tags) {
            if (length(tag) > maxTagChars) {
                throw new InputRejectedException(String.format(Locale.ROOT,
                        "a tag of %,d characters, over the limit of %,d (mekong.max-tag-chars): not a tag",
                        length(tag), maxTagChars));
            }
        }
        return article;
    }

    /** Markdown and JSON inputs: their fields were written by an editor, not found on a page. */
    private static boolean givenByEditor(Article article) {
        String format = article.source() == null ? null : article.source().format();
        return "md".equals(format) || "json".equals(format);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
