package dev.mekong.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What the cleaner found out about an article besides its text.
 *
 * @param title          headline
 * @param published      publish time, ISO-8601 with offset (2025-01-19T23:21:00+08:00), or null; a time in
 *                       the future is an embargo: the article is stored but published only once it is due
 * @param publisher      publisher or source (来源), or null
 * @param authors        authors / reporters, possibly empty
 * @param editor         editor (责任编辑 / 网络编辑), or null
 * @param category       category path from the breadcrumb, outermost first, possibly empty
 * @param canonicalUrl   canonical URL of the page (HTML inputs), or null
 * @param image          lead image URL (HTML inputs), or null
 * @param tags           keywords (front matter / JSON {@code tags}, HTML {@code keywords} and {@code article:tag}),
 *                       possibly empty; each gets a tag page
 * @param draft          true: stored but never published (front matter / JSON {@code draft: true})
 * @param translationKey links the inputs that are versions of one article in several languages (front matter /
 *                       JSON {@code translationKey}), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Metadata(
        String title,
        String published,
        String publisher,
        List<String> authors,
        String editor,
        List<String> category,
        String canonicalUrl,
        String image,
        // left out of records when empty or false, so records stored before these fields keep their bytes
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean draft,
        String translationKey) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        category = category == null ? List.of() : List.copyOf(category);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Metadata without tags, draft flag or translation key (what a page or a text copy tells). */
    public Metadata(String title, String published, String publisher, List<String> authors, String editor,
                    List<String> category, String canonicalUrl, String image) {
        this(title, published, publisher, authors, editor, category, canonicalUrl, image, List.of(), false, null);
    }

    /** Metadata with tags, neither a draft nor linked by a translation key. */
    public Metadata(String title, String published, String publisher, List<String> authors, String editor,
                    List<String> category, String canonicalUrl, String image, List<String> tags) {
        this(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, false, null);
    }

    public Metadata withTitle(String title) {
        return new Metadata(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft,
                translationKey);
    }

    public Metadata withCategory(List<String> category) {
        return new Metadata(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft,
                translationKey);
    }

    public Metadata withTags(List<String> tags) {
        return new Metadata(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft,
                translationKey);
    }

    public Metadata withTitleAndPublished(String title, String published) {
        return new Metadata(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft,
                translationKey);
    }
}
