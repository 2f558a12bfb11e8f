package dev.mekong.extract;

import dev.mekong.extract.dates.DateTimeExtractor;
import dev.mekong.language.LanguageFacts;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Metadata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Metadata from the given fields of a structured input (Markdown front matter, a JSON record): accepts
 * the usual spellings (author/authors, date/published, source/publisher, url/canonicalUrl …).
 */
final class ArticleFields {

    private static final DateTimeExtractor DATES = new DateTimeExtractor(LanguageFacts.LOCAL_TIME_ZONES);

    private ArticleFields() {
    }

    static Metadata metadata(Map<String, ?> fields, String titleFallback) {
        String lang = text(fields, "lang", "language").orElse(null);
        String title = text(fields, "title", "headline").orElse(titleFallback);
        String published = text(fields, "published", "date", "publishedAt", "published_at", "datePublished")
                .map(d -> publishTime(d, lang)).orElse(null);
        return new Metadata(title,
                published,
                text(fields, "publisher", "source", "site_name").orElse(null),
                list(fields, "authors", "author", "byline"),
                text(fields, "editor").orElse(null),
                category(fields),
                text(fields, "canonicalUrl", "canonical_url", "url").orElse(null),
                text(fields, "image", "lead_image", "cover").orElse(null),
                tags(fields),
                draft(fields),
                text(fields, "translationKey", "translation_key").orElse(null));
    }

    static Optional<String> language(Map<String, ?> fields) {
        return text(fields, "lang", "language");
    }

    /** Normalises a given date to ISO-8601 with offset; the language's zone when the value has none. */
    static String publishTime(String value, String lang) {
        String primary = lang == null ? null : lang.split("-")[0];
        return DATES.findIso(value, primary).orElseThrow(() ->
                new InputRejectedException("the date '" + value + "' is not a date this tool understands (use 2025-01-19 23:21 or ISO-8601)"));
    }

    static Optional<String> text(Map<String, ?> fields, String... keys) {
        for (String k : keys) {
            Object v = fields.get(k);
            if (v instanceof Collection<?> c && !c.isEmpty()) {
                v = c.iterator().next();
            }
            if (v != null && !(v instanceof Map) && !String.valueOf(v).isBlank()) {
                return Optional.of(String.valueOf(v).strip());
            }
        }
        return Optional.empty();
    }

    static List<String> list(Map<String, ?> fields, String... keys) {
        for (String k : keys) {
            Object v = fields.get(k);
            if (v instanceof Collection<?> c) {
                return c.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList();
            }
            if (v != null && !String.valueOf(v).isBlank()) {
                List<String> out = new ArrayList<>();
                for (String s : String.valueOf(v).split("\\s*(?:[,;、，]|\\band\\b)\\s*")) {
                    if (!s.isBlank()) {
                        out.add(s.strip());
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** {@code tags: [a, b]}, {@code tags: a, b} or {@code keywords}; cleaned and bounded later (FieldCleaner, ArticleGate). */
    private static List<String> tags(Map<String, ?> fields) {
        Object v = fields.containsKey("tags") ? fields.get("tags") : fields.get("keywords");
        if (v instanceof Collection<?> c) {
            return c.stream().filter(t -> t != null && !(t instanceof Map) && !(t instanceof Collection)).map(String::valueOf).toList();
        }
        if (v == null || v instanceof Map) {
            return List.of();
        }
        return List.of(String.valueOf(v).split("\\s*[,;、，]\\s*"));
    }

    /** {@code draft: true} (a YAML or JSON boolean, or the word); anything else is not a draft. */
    private static boolean draft(Map<String, ?> fields) {
        Object v = fields.get("draft");
        return v instanceof Boolean b ? b : v != null && "true".equalsIgnoreCase(String.valueOf(v).strip());
    }

    private static List<String> category(Map<String, ?> fields) {
        Object v = fields.containsKey("category") ? fields.get("category") : fields.get("categories");
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).map(String::strip).toList();
        }
        if (v == null || String.valueOf(v).isBlank()) {
            return List.of();
        }
        return List.of(String.valueOf(v).split("\\s*(?:[/»›>]|\\s-\\s)\\s*")).stream().filter(s -> !s.isBlank()).toList();
    }
}
