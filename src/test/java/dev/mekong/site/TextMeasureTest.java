package dev.mekong.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextMeasureTest {

    @Test
    void thaiIsCountedInWordsNotCharactersOrSpaces() {
        // ICU's dictionary finds ประเทศ|ไทย|ประกาศ|แผน|เศรษฐกิจ|ดิจิทัล in one unspaced run.
        assertThat(TextMeasure.words("ประเทศไทยประกาศแผนเศรษฐกิจดิจิทัล", "th")).isBetween(5, 7);
        assertThat(TextMeasure.words("Laos opens a data centre.", "en")).isEqualTo(5);
    }

    @Test
    void thaiExcerptEndsOnAWordBoundary() {
        String text = "ประเทศไทยประกาศแผนเศรษฐกิจดิจิทัล";
        String excerpt = TextMeasure.excerpt(text, "th", 12);
        assertThat(excerpt).endsWith("…");
        String kept = excerpt.substring(0, excerpt.length() - 1);
        assertThat(text).startsWith(kept);
        assertThat(kept).isIn("ประเทศไทย", "ประเทศ");
    }

    @Test
    void chineseExcerptEndsOnAWordBoundary() {
        String excerpt = TextMeasure.excerpt("中国与东盟正携手打造数字产业新生态", "zh-Hans", 9);
        assertThat(excerpt).endsWith("…");
        // "打造" is one word: the cut never falls between 打 and 造.
        assertThat(excerpt).isNotEqualTo("中国与东盟正携手打…");
        assertThat(excerpt.length() - 1).isLessThanOrEqualTo(9);
    }

    @Test
    void englishExcerptNeverCutsAWord() {
        assertThat(TextMeasure.excerpt("Vientiane opened its first data centre today.", "en", 20))
                .isEqualTo("Vientiane opened its…");
        assertThat(TextMeasure.excerpt("Short text.", "en", 20)).isEqualTo("Short text.");
    }

    @Test
    void readingTimeIsAtLeastOneMinute() {
        assertThat(TextMeasure.readingMinutes("Hi.", "en")).isEqualTo(1);
        assertThat(TextMeasure.readingMinutes("word ".repeat(401), "en")).isEqualTo(3);
    }
}
