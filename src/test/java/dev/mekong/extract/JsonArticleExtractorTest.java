package dev.mekong.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonArticleExtractorTest {

    private static Article extract(String json) {
        return new JsonArticleExtractor().extract(new InputDecoder().decode("a.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonNestedBeyondTheParserLimitIsRejectedWithAReason() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> extract(deep))
                .isInstanceOf(dev.mekong.model.InputRejectedException.class)
                .hasMessageStartingWith("invalid JSON")
                .hasMessageContaining("nesting depth");
    }

    @Test
    void flatRecordWithParagraphList() {
        Article a = extract("""
                {"title": "标题", "published": "2025-01-19 23:21", "publisher": "中国新闻网", "authors": ["刘育英"],
                 "category": ["财经", "经济观察"], "lang": "zh-Hans", "body": ["第一段。", "第二段。"]}""");
        assertThat(a.meta()).isEqualTo(new Metadata("标题", "2025-01-19T23:21:00+08:00", "中国新闻网", List.of("刘育英"),
                null, List.of("财经", "经济观察"), null, null));
        assertThat(a.blocks()).containsExactly(Block.paragraph("第一段。"), Block.paragraph("第二段。"));
        assertThat(a.language().tag()).isEqualTo("zh-Hans");
        assertThat(a.source().format()).isEqualTo("json");
    }

    @Test
    void tagsDraftDateAndTranslationKeyFromAFlatRecord() {
        Article a = extract("""
                {"title": "Ferry returns", "date": "2026-12-06T08:00:00+07:00", "lang": "vi",
                 "translationKey": "story-000001", "draft": true, "tags": ["rivers", "ferries"],
                 "body": ["The ferry runs again."]}""");
        assertThat(a.meta()).isEqualTo(new Metadata("Ferry returns", "2026-12-06T08:00:00+07:00", null, List.of(), null,
                List.of(), null, null, List.of("rivers", "ferries"), true, "story-000001"));
        assertThat(a.language().tag()).isEqualTo("vi");
    }

    @Test
    void keywordsStringIsTagsAndDraftMustBeTrueToCount() {
        Article a = extract("{\"title\": \"T\", \"keywords\": \"rivers, ferries\", \"draft\": \"no\", \"body\": \"B.\"}");
        assertThat(a.meta().tags()).containsExactly("rivers", "ferries");
        assertThat(a.meta().draft()).isFalse();
    }

    @Test
    void aFullRecordKeepsItsTagsDraftAndKey() throws Exception {
        Article given = Article.extracted(new Source("old.md", "x", "md", "UTF-8", 1),
                new Metadata("Title", null, null, null, null, null, null, null, List.of("rivers"), true, "k1"),
                List.of(Block.paragraph("Body.")), List.of());
        assertThat(extract(new ObjectMapper().writeValueAsString(given)).meta()).isEqualTo(given.meta());
    }

    @Test
    void bodyStringSplitsOnBlankLines() {
        Article a = extract("{\"title\": \"T\", \"author\": \"A, B\", \"body\": \"One\\nline.\\n\\nTwo.\"}");
        assertThat(a.meta().authors()).containsExactly("A", "B");
        assertThat(a.blocks()).containsExactly(Block.paragraph("One line."), Block.paragraph("Two."));
    }

    @Test
    void fullArticleRecordPassesThrough() throws Exception {
        Article given = Article.extracted(new Source("old.txt", "x", "txt", "UTF-8", 1),
                new Metadata("Title", "2025-01-19T23:21:00+08:00", "P", List.of("A"), "E", List.of("C"), "u", "i"),
                List.of(Block.of(Block.HEADING2, "H"), Block.paragraph("Body.")), List.of());
        Article a = extract(new ObjectMapper().writeValueAsString(given));
        assertThat(a.meta()).isEqualTo(given.meta());
        assertThat(a.blocks()).isEqualTo(given.blocks());
        assertThat(a.source().fileName()).isEqualTo("a.json");
    }

    @Test
    void invalidJsonSaysWhere() {
        assertThatThrownBy(() -> extract("{\"title\": \"x\",\n \"body\": [}"))
                .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("invalid JSON at line 2");
    }

    @Test
    void noTitleNoBodyIsRejected() {
        assertThatThrownBy(() -> extract("{\"author\": \"x\"}"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("no title and no body");
    }

    @Test
    void nonStringParagraphIsRejected() {
        assertThatThrownBy(() -> extract("{\"title\": \"x\", \"body\": [1]}"))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("'body' must be a list of paragraph strings");
    }
}
