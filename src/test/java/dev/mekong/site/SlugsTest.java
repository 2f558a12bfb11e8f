package dev.mekong.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void chineseBecomesPinyinWithTheShortId() {
        assertThat(Slugs.slug("中国—东盟携手打造数字产业", "2881879f7339e84c"))
                .isEqualTo("zhong-guo-dong-meng-xie-shou-da-zao-shu-zi-chan-ye-2881879f");
    }

    @Test
    void thaiBecomesLatin() {
        assertThat(Slugs.slug("ข่าวเศรษฐกิจ", "abcd1234")).matches("[a-z0-9-]+-abcd1234").doesNotContain("--");
        assertThat(Slugs.segment("ข่าวเศรษฐกิจ")).isNotEmpty().matches("[a-z0-9-]+");
    }

    @Test
    void vietnameseLosesItsDiacritics() {
        assertThat(Slugs.slug("Đồng bằng sông Cửu Long được mùa", "0011aabb"))
                .isEqualTo("dong-bang-song-cuu-long-duoc-mua-0011aabb");
    }

    @Test
    void sameInputSameSlug() {
        assertThat(Slugs.slug("老挝开设数据中心", "x1y2z3w4")).isEqualTo(Slugs.slug("老挝开设数据中心", "x1y2z3w4"));
    }

    @Test
    void longTitlesAreCutAtADash() {
        String slug = Slugs.slug("word ".repeat(40), "12345678");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_TEXT_LENGTH + 1 + Slugs.ID_LENGTH).endsWith("word-12345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a\u0000b", "\u202Egnp.exe", "CON", "nul", "COM1", "..", "/", "",
            "   ", "🙂🙂", "<script>alert(1)</script>", "C:\\Windows\\system32"})
    void hostileTitlesGiveSafeSlugs(String title) {
        for (String id : new String[]{"deadbeefcafe", "../..", "", null}) {
            String slug = Slugs.slug(title, id);
            assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").isNotIn("con", "nul", "com1", "aux", "prn");
            assertThat(Slugs.isSafe(slug)).isTrue();
        }
    }

    @Test
    void hostileInputsInDetail() {
        assertThat(Slugs.slug("../../etc/passwd", "deadbeef")).isEqualTo("etc-passwd-deadbeef");
        assertThat(Slugs.slug("a\u0000b", "deadbeef")).isEqualTo("a-b-deadbeef");
        assertThat(Slugs.slug("\u202Egnp.exe", "deadbeef")).isEqualTo("gnp-exe-deadbeef");
        assertThat(Slugs.slug("CON", "deadbeef")).isEqualTo("con-x-deadbeef");
        assertThat(Slugs.segment("CON")).isEqualTo("con-x");
        assertThat(Slugs.slug("", "")).matches("article-[0-9a-f]{8}");
    }

    @Test
    void aCategorySegmentIsAsciiBoundedInBytesAndHashedWhenCut() {
        String thai = "ข่าวเศรษฐกิจ".repeat(40);
        String segment = Slugs.categorySegment(thai);
        assertThat(segment).matches("[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{8}");
        assertThat(segment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(Slugs.MAX_TEXT_LENGTH + 1 + Slugs.ID_LENGTH);
        assertThat(Slugs.categorySegment(thai + "ก")).isNotEqualTo(segment);
        assertThat(Slugs.isSafe(segment)).isTrue();
    }

    @Test
    void aShortCategorySegmentIsTheSlugOfItsName() {
        assertThat(Slugs.categorySegment("财经")).isEqualTo("cai-jing");
        assertThat(Slugs.categorySegment("CON")).isEqualTo("con-x");
        assertThat(Slugs.categorySegment("🙂")).matches("article-[0-9a-f]{8}");
    }

    /** Slugs of ASCII text skip the transliteration: it must leave every ASCII text as it is, lower-cased. */
    @Test
    void theTransliterationLeavesAsciiAsItIsLowerCased() {
        com.ibm.icu.text.Transliterator toAscii = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        for (char a = 0; a < 0x80; a++) {
            for (char b = 0; b < 0x80; b++) {
                String text = "A" + a + b + "z";
                assertThat(toAscii.transliterate(text)).isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
            }
        }
        String headline = "New Ward (No. 8823): 40 Beds & \"Modern\" Kit!";
        assertThat(toAscii.transliterate(headline)).isEqualTo(headline.toLowerCase(java.util.Locale.ROOT));
        assertThat(Slugs.segment(headline)).isEqualTo("new-ward-no-8823-40-beds-modern-kit");
    }
}
