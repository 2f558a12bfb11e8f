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
 * @param titleConfidence {@link #LOW_CONFIDENCE} when the extractor found no headline it can vouch for (the line
 *                       it would take is a section or navigation label, a byline, a related-story line, or
 *                       there is none) and gave the article's first sentence as its title instead; null (left out
 *                       of the record) when the title was found with confidence or given (Markdown, JSON)
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
        String translationKey,
        String titleConfidence) {

    /** The {@code titleConfidence} of a title that stands in for a headline the page did not show clearly. */
    public static final String LOW_CONFIDENCE = "low";

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        category = category == null ? List.of() : List.copyOf(category);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public Metadata(String title, String published, String publisher, List<String> authors, String editor,
                    List<String> category, String canonicalUrl, String image, List<String> tags, boolean draft,
                    String translationKey) {
        this(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft, translationKey, null);
    }

    /** Whether the title stands in for a headline the page did not show clearly ({@link #titleConfidence}). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean titleIsLowConfidence() {
        return LOW_CONFIDENCE.equals(titleConfidence);
    }

    public Metadata withTitleConfidence(String titleConfidence) {
        return new Metadata(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft,
                translationKey, titleConfidence);
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
                translationKey, titleConfidence);
    }

    public Metadata withCategory(List<String> category) {
        return new Metadata(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft,
                translationKey, titleConfidence);
    }

    public Metadata withImage(String image) {
        return new Metadata(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft,
                translationKey, titleConfidence);
    }

    public Metadata withTags(List<String> tags) {
        return new Metadata(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft,
                translationKey, titleConfidence);
    }

    public Metadata withTitleAndPublished(String title, String published) {
        return new Metadata(title, published, publisher, authors, editor, category, canonicalUrl, image, tags, draft,
                translationKey, titleConfidence);
    }
}
