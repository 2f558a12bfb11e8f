package dev.mekong.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class InputNamesTest {

    @Test
    void aShortNameIsKept() {
        assertThat(InputNames.bounded("Cần Thơ bus.txt")).isEqualTo("Cần Thơ bus.txt");
        assertThat(InputNames.bounded("x".repeat(InputNames.MAX_BYTES))).isEqualTo("x".repeat(InputNames.MAX_BYTES));
    }

    @Test
    void aLongNameKeepsItsStartAndExtensionWithAHashOfTheWhole() {
        String name = "x".repeat(246) + ".html";
        String bounded = InputNames.bounded(name);
        assertThat(bounded).hasSize(InputNames.MAX_BYTES).startsWith("xxxx").matches("x+~[0-9a-f]{8}\\.html");
        assertThat(InputNames.bounded("x".repeat(245) + "y.html")).isNotEqualTo(bounded);
    }

    @Test
    void multiByteCharactersAreNeverCutInHalf() {
        String name = "ข่าว".repeat(40) + ".txt"; // Thai: 3 bytes a character, 484 bytes in all
        String bounded = InputNames.bounded(name);
        assertThat(bounded.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(InputNames.MAX_BYTES);
        assertThat(bounded).doesNotContain("\uFFFD").endsWith(".txt");
        assertThat(new String(bounded.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(bounded);
    }

    @Test
    void bytesThatAreNotUtf8BecomeUnderscores() {
        assertThat(InputNames.bounded("bad\uFFFDname.txt")).isEqualTo("bad_name.txt");
    }
}
