package dev.mekong.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.site.Views.ArticleView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** schema.org NewsArticle JSON-LD for an article page, safe to place inside a script element. */
final class JsonLd {

    private JsonLd() {
    }

    static String newsArticle(ObjectMapper json, ArticleView view, ArticleView original, String siteTitle) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("@id", view.url());
        data.put("url", view.url());
        data.put("mainEntityOfPage", view.url());
        data.put("headline", view.title());
        data.put("inLanguage", view.textLang());
        if (view.isoDate() != null) {
            data.put("datePublished", view.isoDate());
        }
        if (!view.authors().isEmpty()) {
            data.put("author", view.authors().stream().map(name -> entity("Person", name)).toList());
        }
        data.put("publisher", entity("Organization", view.publisher() == null ? siteTitle : view.publisher()));
        if (view.image() != null) {
            data.put("image", List.of(view.image()));
        }
        if (!view.categories().isEmpty()) {
            data.put("articleSection", view.categories().get(view.categories().size() - 1).label());
        }
        if (original != null && ("machine".equals(view.status()) || "reviewed".equals(view.status()))) {
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "NewsArticle");
            work.put("@id", original.url());
            work.put("url", original.url());
            work.put("headline", original.title());
            work.put("inLanguage", original.textLang());
            data.put("translationOfWork", work);
            if (view.engine() != null) {
                data.put("translator", entity("Organization", view.engine()));
            }
        }
        return scriptSafe(write(json, data));
    }

    private static Map<String, Object> entity(String type, String name) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("@type", type);
        entity.put("name", name);
        return entity;
    }

    static String write(ObjectMapper json, Object data) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD not serialisable", e);
        }
    }

    /**
     * Escapes the characters that could end a script element or open a comment. In JSON they can only
     * occur inside strings, where the \\u form means the same.
     */
    static String scriptSafe(String jsonText) {
        return jsonText.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
