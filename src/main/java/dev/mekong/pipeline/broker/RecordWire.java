package dev.mekong.pipeline.broker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;
import dev.mekong.site.ArticleStore;
import dev.mekong.translate.TranslationStats;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The article record as it travels between machines: the JSON of the store (compact), never a file path.
 * A record larger than {@code mekong.jms.max-body-bytes} does not go: its input is quarantined saying so.
 */
public final class RecordWire {

    /** On a worker's reply: the request could not be translated and was dead-lettered; the value is why. */
    public static final String FAILURE_HEADER = "MekongTranslationFailed";
    /** On a dead letter: why it could not be translated. */
    public static final String REASON_HEADER = "MekongReason";
    /** On a worker's reply: what its engines spent on the article, per engine ({@link #writeSpent}). */
    public static final String SPENT_HEADER = "MekongTranslationSpent";

    private static final ObjectWriter WRITER = ArticleStore.json().writer().without(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectReader READER = ArticleStore.json().readerFor(Article.class);
    private static final ObjectReader SPENT_READER = ArticleStore.json()
            .readerFor(new TypeReference<Map<String, TranslationStats.EngineFigures>>() { });

    private final long maxBytes;

    public RecordWire(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public String write(Article article) {
        String json;
        try {
            json = WRITER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the article record as JSON", e);
        }
        long bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new InputRejectedException("the article record is " + bytes + " bytes, more than the "
                    + maxBytes + " that may go to a translation worker (mekong.jms.max-body-bytes)");
        }
        return json;
    }

    /** A worker's engine figures for one article, as JSON for {@link #SPENT_HEADER}. */
    public static String writeSpent(Map<String, TranslationStats.EngineFigures> spent) {
        try {
            return WRITER.writeValueAsString(spent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the translation figures as JSON", e);
        }
    }

    /** The figures of {@link #SPENT_HEADER}; none for a reply without it. IllegalArgumentException when unreadable. */
    public static Map<String, TranslationStats.EngineFigures> readSpent(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return SPENT_READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable translation figures: " + e.getOriginalMessage(), e);
        }
    }

    /** The record in a message body; IllegalArgumentException when it is none. */
    public Article read(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("an empty message, not an article record");
        }
        try {
            Article article = READER.readValue(json);
            if (article == null || article.source() == null) {
                throw new IllegalArgumentException("not an article record (no source)");
            }
            return article;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an article record: " + e.getOriginalMessage(), e);
        }
    }
}
