package dev.mekong.pipeline.broker;

import dev.mekong.extract.MarkdownExtractor;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;
import dev.mekong.translate.TranslationStats;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordWireTest {

    private static Article article() {
        return new MarkdownExtractor().extract(new InputDecoder().decode("ferry.md", """
                ---
                title: Ferry resumes
                date: 2025-03-03 07:00
                lang: en
                ---
                The oldest boat on the harbour crossing carried its first passengers since March.
                """.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRecordTravelsAsCompactJsonAndComesBackEqual() {
        RecordWire wire = new RecordWire(1_000_000);
        Article article = article();

        String json = wire.write(article);

        assertThat(json).startsWith("{").doesNotContain("\n");
        assertThat(wire.read(json)).isEqualTo(article);
    }

    @Test
    void aRecordOverTheLimitIsRefusedNamingTheKey() {
        String json = new RecordWire(1_000_000).write(article());
        RecordWire small = new RecordWire(json.getBytes(StandardCharsets.UTF_8).length - 1);

        assertThatThrownBy(() -> small.write(article()))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("mekong.jms.max-body-bytes");
    }

    @Test
    void bodiesThatAreNoRecordAreRefusedSayingWhy() {
        RecordWire wire = new RecordWire(1_000_000);

        assertThatThrownBy(() -> wire.read("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an empty message, not an article record");
        assertThatThrownBy(() -> wire.read("<html>")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not an article record: ");
        assertThatThrownBy(() -> wire.read("{\"id\":\"x\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an article record");
    }

    @Test
    void aWorkersEngineFiguresTravelInAHeaderAndComeBackEqual() {
        Map<String, TranslationStats.EngineFigures> spent = Map.of(
                "pseudo", new TranslationStats.EngineFigures(3, 412, 0, 1, 9, 0, 0, null),
                "deepl", new TranslationStats.EngineFigures(0, 0, 0, 0, 0, 0, 1, "quota exceeded"));

        String json = RecordWire.writeSpent(spent);

        assertThat(json).doesNotContain("\n");
        assertThat(RecordWire.readSpent(json)).isEqualTo(spent);
        assertThat(RecordWire.readSpent(null)).as("a reply without figures (an older worker)").isEmpty();
        assertThatThrownBy(() -> RecordWire.readSpent("[1,2]")).isInstanceOf(IllegalArgumentException.class);
    }
}
