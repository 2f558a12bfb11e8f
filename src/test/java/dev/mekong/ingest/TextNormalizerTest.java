package dev.mekong.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    // --- every input ---

    @Test
    void lineEndingsBecomeLineFeeds() {
        assertThat(normalizer.normalizeMarkup("a\r\nb\rc\u0085d\u2028e\u2029f\u000Bg\fh\n"))
                .isEqualTo("a\nb\nc\nd\ne\nf\ng\nh\n");
    }

    @Test
    void crlfIsOneLineBreakNotTwo() {
        assertThat(normalizer.normalizeMarkup("a\r\n\r\nb")).isEqualTo("a\n\nb");
    }

    @Test
    void composesToNfc() {
        assertThat(normalizer.normalizeMarkup("Vie\u0302\u0323t e\u0301")).isEqualTo("Việt é");
    }

    @Test
    void removesInvisibleCharacters() {
        assertThat(normalizer.normalizeMarkup("新\u200B闻\u2060报\uFEFF道 co\u00ADoperation"))
                .isEqualTo("新闻报道 cooperation");
    }

    @Test
    void removesJoinersBetweenHanThaiAndLatin() {
        assertThat(normalizer.normalizeMarkup("中\u200D国 ไทย\u200Cไทย a\u200Db\u200C")).isEqualTo("中国 ไทยไทย ab");
    }

    @Test
    void keepsJoinersInScriptsThatNeedThem() {
        // Persian "mi-xaham" needs ZWNJ; Devanagari "kṣa" half form uses ZWJ.
        assertThat(normalizer.normalizeMarkup("می\u200Cخواهم क्\u200Dष")).isEqualTo("می\u200Cخواهم क्\u200Dष");
    }

    @Test
    void keepsZeroWidthJoinerInsideEmojiSequence() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(normalizer.normalizeMarkup("家庭 " + family)).isEqualTo("家庭 " + family);
    }

    @Test
    void removesControlCharactersButKeepsTabsAndNewlines() {
        assertThat(normalizer.normalizeMarkup("a\u0000b\u0007c\u001Bd\u007Fe\u0081f\u009Dg\th\n"))
                .isEqualTo("abcdefg\th\n");
    }

    @Test
    void c1ControlsAreTheWindows1252CharactersAPageReadAsLatin1MeantThem() {
        assertThat(normalizer.normalizeMarkup("in the dentist\u0092s chair, \u0093quoted\u0094 \u0096 \u0097 \u0080 5"))
                .isEqualTo("in the dentist’s chair, “quoted” – — € 5");
    }

    // --- markup: whitespace untouched ---

    @Test
    void markupKeepsWhitespaceRuns() {
        String html = "<pre>\n\u3000\u3000a  \u00A0b   \n\n\n\n</pre>";
        assertThat(normalizer.normalizeMarkup(html)).isEqualTo(html);
    }

    // --- plain text: whitespace made uniform ---

    @Test
    void noBreakAndTypographicSpacesBecomeSpaces() {
        assertThat(normalizer.normalizePlainText("100\u00A0km a\u2009b c\u202Fd")).isEqualTo("100 km a b c d\n");
    }

    @Test
    void ideographicSpaceInsideALineStays() {
        assertThat(normalizer.normalizePlainText("记者\u3000张三")).isEqualTo("记者\u3000张三\n");
    }

    @Test
    void indentationBecomesAsciiSpacesByWidth() {
        assertThat(normalizer.normalizePlainText("\u3000\u3000中新社北京电\n\u00A0\u00A0b\n\tc\n  d"))
                .isEqualTo("    中新社北京电\n  b\n    c\n  d\n");
    }

    @Test
    void trailingWhitespaceIsStripped() {
        assertThat(normalizer.normalizePlainText("a \t\u3000\u00A0\nb  ")).isEqualTo("a\nb\n");
    }

    @Test
    void singleBlankLinesSeparateParagraphsAndStay() {
        assertThat(normalizer.normalizePlainText("a\n\nb\nc")).isEqualTo("a\n\nb\nc\n");
    }

    @Test
    void runsOfBlankLinesCollapseToOne() {
        assertThat(normalizer.normalizePlainText("a\n\n\nb\n\n\n\n\n\nc\n \n\u3000\n\t\nd")).isEqualTo("a\n\nb\n\nc\n\nd\n");
    }

    @Test
    void blankLinesAtStartAndEndGo() {
        assertThat(normalizer.normalizePlainText("\n\n  \n标题\n\n\n")).isEqualTo("标题\n");
    }

    @Test
    void onlyWhitespaceBecomesEmpty() {
        assertThat(normalizer.normalizePlainText(" \n\u3000\r\n\t\u200B")).isEmpty();
    }

    @Test
    void longSingleLineIsHandled() {
        String line = "新闻".repeat(2_500_000);
        assertThat(normalizer.normalizePlainText(line + "\u00A0")).isEqualTo(line + "\n");
    }
}
