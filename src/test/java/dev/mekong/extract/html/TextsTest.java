package dev.mekong.extract.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void chineseCountsByCharacterNotByWord() {
        assertThat(Texts.weightedLength("市图书馆")).isEqualTo(4 * Texts.CJK_WEIGHT);
        assertThat(Texts.weightedLength("a b\u3000c")).isEqualTo(3);
    }

    @Test
    void normalizeSpaceHandlesIdeographicAndNoBreakSpaces() {
        assertThat(Texts.normalizeSpace("\u3000\u3000本报讯\u00A0 记者\u200B王明 ")).isEqualTo("本报讯 记者王明");
    }
}
