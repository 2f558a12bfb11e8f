package dev.mekong.extract;

import dev.mekong.ingest.InputDecoder;
import dev.mekong.ingest.InputFormat;
import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Metadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatExtractorTest {

    private static final InputDecoder DECODER = new InputDecoder();

    @Test
    void dispatchesByFormat() {
        ArticleExtractor html = in -> Article.extracted(in.source(), new Metadata("from html", null, null, null, null, null, null, null),
                List.of(), List.of());
        FormatExtractor extractor = new FormatExtractor(FormatExtractor.nonHtmlExtractors()).with(InputFormat.HTML, html);
        assertThat(extractor.extract(DECODER.decode("a.html", "<p>x</p>".getBytes(StandardCharsets.UTF_8))).title())
                .isEqualTo("from html");
        assertThat(extractor.extract(DECODER.decode("a.md", "# Md title\n\nText.".getBytes(StandardCharsets.UTF_8))).title())
                .isEqualTo("Md title");
        assertThat(extractor.extract(DECODER.decode("a.json", "{\"title\":\"Json title\"}".getBytes(StandardCharsets.UTF_8))).title())
                .isEqualTo("Json title");
    }

    @Test
    void missingFormatIsRejectedClearly() {
        FormatExtractor extractor = new FormatExtractor(Map.of());
        assertThat(extractor.extractorFor(InputFormat.HTML)).isEmpty();
        assertThatThrownBy(() -> extractor.extract(DECODER.decode("a.html", "<p>x</p>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("no extractor is configured for .html inputs");
    }
}
