package dev.mekong.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.ingest.DecodedInput;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON article: either a full {@link Article} record (with {@code meta} and {@code blocks}), or a flat
 * record with Metadata-like fields and a {@code body} that is a list of paragraphs or one string
 * (paragraphs separated by blank lines), or {@code blocks}. Given fields pass through.
 */
public class JsonArticleExtractor implements ArticleExtractor {

    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public Article extract(DecodedInput input) {
        JsonNode root;
        try {
            root = mapper.readTree(input.text());
        } catch (JsonProcessingException e) {
            // some errors (the nesting limit among them) come without a location
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new InputRejectedException("invalid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InputRejectedException("invalid article JSON: expected an object with a title and a body");
        }
        try {
            return root.has("meta") && root.has("blocks") ? fullRecord(root, input) : flatRecord(root, input);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InputRejectedException("invalid article JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private Article fullRecord(JsonNode root, DecodedInput input) throws JsonProcessingException {
        Article given = mapper.treeToValue(root, Article.class);
        requireContent(given.meta() == null ? null : given.meta().title(), given.blocks());
        return new Article(given.id(), given.slug(), given.revision(), input.source(), given.language(), given.meta(),
                given.blocks(), given.removed(), given.versions());
    }

    private Article flatRecord(JsonNode root, DecodedInput input) throws JsonProcessingException {
        Map<String, Object> fields = mapper.convertValue(root, new TypeReference<Map<String, Object>>() { });
        Metadata meta = ArticleFields.metadata(fields, null);
        List<Block> blocks = new ArrayList<>();
        JsonNode body = root.get("body");
        if (root.has("blocks") && root.get("blocks").isArray()) {
            blocks.addAll(List.of(mapper.treeToValue(root.get("blocks"), Block[].class)));
        } else if (body != null && body.isArray()) {
            for (JsonNode p : body) {
                if (!p.isTextual()) {
                    throw new InputRejectedException("invalid article JSON: 'body' must be a list of paragraph strings");
                }
                addParagraphs(p.asText(), blocks);
            }
        } else if (body != null && body.isTextual()) {
            addParagraphs(body.asText(), blocks);
        } else if (body != null && !body.isNull()) {
            throw new InputRejectedException("invalid article JSON: 'body' must be a string or a list of strings");
        }
        requireContent(meta.title(), blocks);
        Article article = Article.extracted(input.source(), meta, blocks, List.of());
        return ArticleFields.language(fields).map(l -> article.withLanguage(Language.declared(l), blocks)).orElse(article);
    }

    private static void addParagraphs(String text, List<Block> blocks) {
        for (String p : text.split("\\n\\s*\\n")) {
            String t = p.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!t.isEmpty()) {
                blocks.add(Block.paragraph(t));
            }
        }
    }

    private static void requireContent(String title, List<Block> blocks) {
        if ((title == null || title.isBlank()) && (blocks == null || blocks.isEmpty())) {
            throw new InputRejectedException("no article found: the JSON record has no title and no body");
        }
    }
}
