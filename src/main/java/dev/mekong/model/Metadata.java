package dev.mekong.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What the cleaner found out about an article besides its text.
 *
 * @param title        headline
 * @param published    publish time, ISO-8601 with offset (2025-01-19T23:21:00+08:00), or null
 * @param publisher    publisher or source (来源), or null
 * @param authors      authors / reporters, possibly empty
 * @param editor       editor (责任编辑 / 网络编辑), or null
 * @param category     category path from the breadcrumb, outermost first, possibly empty
 * @param canonicalUrl canonical URL of the page (HTML inputs), or null
 * @param image        lead image URL (HTML inputs), or null
 * @param tags         free keywords (front matter {@code tags}), possibly empty; each gets a tag page
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
        // left out when empty, so records stored before tags existed keep their bytes
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags) {

    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        category = category == null ? List.of() : List.copyOf(category);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Metadata without tags: what every extractor but front matter finds. */
    public Metadata(String title, String published, String publisher, List<String> authors, String editor,
                    List<String> category, String canonicalUrl, String image) {
        this(title, published, publisher, authors, editor, category, canonicalUrl, image, List.of());
    }
}
