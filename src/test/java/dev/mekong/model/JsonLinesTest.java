package dev.mekong.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesTest {

    private static List<String> lines(String text, int from) {
        List<String> lines = new ArrayList<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        JsonLines.forEach(bytes, from, (b, start, end) -> lines.add(new String(b, start, end - start, StandardCharsets.UTF_8)));
        return lines;
    }

    @Test
    void everyLineWithoutItsLineFeedBlankOnesIncluded() {
        assertThat(lines("{\"a\":1}\n\n{\"b\":2}\n", 0)).containsExactly("{\"a\":1}", "", "{\"b\":2}");
    }

    @Test
    void aLastLineWithoutItsLineFeedToo() {
        assertThat(lines("{\"a\":1}\n{\"b\"", 0)).containsExactly("{\"a\":1}", "{\"b\"");
    }

    @Test
    void fromAnOffsetOn() {
        String text = "header\n{\"a\":1}\n";
        int from = JsonLines.lineEnd(text.getBytes(StandardCharsets.UTF_8), 0) + 1;
        assertThat(from).isEqualTo(7);
        assertThat(lines(text, from)).containsExactly("{\"a\":1}");
    }

    @Test
    void nothingInNoBytes() {
        assertThat(lines("", 0)).isEmpty();
        assertThat(JsonLines.lineEnd(new byte[0], 0)).isZero();
    }
}
