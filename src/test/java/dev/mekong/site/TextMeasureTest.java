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

    @Test
    void aThaiParagraphIsCutBetweenDictionaryWords() {
        String paragraph = "กรุงเทพฯ 10 กุมภาพันธ์ รัฐบาลไทยประกาศแผนพัฒนาเศรษฐกิจดิจิทัลในภูมิภาคแม่โขง";
        // 43 characters end inside พัฒนา (after พั): the cut falls before it
        assertThat(TextMeasure.excerpt(paragraph, "th", 43)).isEqualTo("กรุงเทพฯ 10 กุมภาพันธ์ รัฐบาลไทยประกาศแผน…");
        // 55 characters end inside ดิจิทัล
        assertThat(TextMeasure.excerpt(paragraph, "th", 55)).isEqualTo("กรุงเทพฯ 10 กุมภาพันธ์ รัฐบาลไทยประกาศแผนพัฒนาเศรษฐกิจ…");
    }

    @Test
    void aChineseParagraphIsCutBetweenDictionaryWords() {
        String paragraph = "中新社北京1月19日电 中国与东盟正携手打造数字产业新生态，推动数字基础设施和跨境电商合作。";
        // 23 characters end between 数 and 字: the cut falls before 数字
        assertThat(TextMeasure.excerpt(paragraph, "zh-Hans", 23)).isEqualTo("中新社北京1月19日电 中国与东盟正携手打造…");
        // 31 end inside 推动; the comma before the cut gives way to the ellipsis
        assertThat(TextMeasure.excerpt(paragraph, "zh-Hans", 31)).isEqualTo("中新社北京1月19日电 中国与东盟正携手打造数字产业新生态…");
    }

    @Test
    void aFirstWordLongerThanTheExcerptIsCutBetweenCharactersNotInsideOne() {
        // ก่ is a consonant with its tone mark, two code points: five code points end between ก and ่
        assertThat(TextMeasure.excerpt("ก่".repeat(10), "th", 5)).isEqualTo("ก่ก่…");
        assertThat(TextMeasure.excerpt("Supercalifragilisticexpialidocious is long", "en", 10)).isEqualTo("Supercalif…");
    }
}
