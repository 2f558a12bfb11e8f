package dev.mekong.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One block of an article body. Text is plain (never HTML); the renderer escapes it.
 *
 * @param type  one of {@link #PARAGRAPH}, {@link #HEADING2}, {@link #HEADING3}, {@link #LIST},
 *              {@link #ORDERED_LIST}, {@link #QUOTE}, {@link #FIGURE}, {@link #TABLE}
 * @param text  the text (a figure's caption); null for lists and tables
 * @param items list items, or table rows with cells separated by a tab
 * @param src   image URL of a figure
 * @param lang  BCP-47 tag when this block's language differs from the article's, else null
 * @param alt   a figure's text alternative as its page gave it (an image's {@code alt}), when it has no caption;
 *              in the language of the article's source, never translated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Block(String type, String text, List<String> items, String src, String lang, String alt) {

    public static final String PARAGRAPH = "p";
    public static final String HEADING2 = "h2";
    public static final String HEADING3 = "h3";
    public static final String LIST = "ul";
    public static final String ORDERED_LIST = "ol";
    public static final String QUOTE = "quote";
    public static final String FIGURE = "figure";
    public static final String TABLE = "table";

    public Block {
        items = items == null || items.isEmpty() ? null : List.copyOf(items);
    }

    /** A block without a text alternative: every block but a figure whose image had one. */
    public Block(String type, String text, List<String> items, String src, String lang) {
        this(type, text, items, src, lang, null);
    }

    public static Block paragraph(String text) {
        return new Block(PARAGRAPH, text, null, null, null);
    }

    public static Block of(String type, String text) {
        return new Block(type, text, null, null, null);
    }

    public Block withLang(String lang) {
        return new Block(type, text, items, src, lang, alt);
    }

    public Block withSrc(String src) {
        return new Block(type, text, items, src, lang, alt);
    }

    public Block withText(String text, List<String> items) {
        return new Block(type, text, items, src, lang, alt);
    }

    /** All the text of the block, items joined by newlines: what language detection and search see. */
    @JsonIgnore
    public String plainText() {
        if (items == null) {
            return text == null ? "" : text;
        }
        String joined = String.join("\n", items).replace('\t', ' ');
        return text == null ? joined : text + "\n" + joined;
    }
}
