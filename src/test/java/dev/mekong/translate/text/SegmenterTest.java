package dev.mekong.translate.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void cutsLongTextAtSentencesAndPacksThemUpToTheLimit() {
        String text = "First sentence here. Second one is here. Third.";
        assertThat(segmenter.chunks(text, "en", 26)).containsExactly("First sentence here. ", "Second one is here. Third.");
        assertThat(String.join("", segmenter.chunks(text, "en", 26))).isEqualTo(text);
    }

    @Test
    void chineseSentencesEndAtFullWidthStops() {
        assertThat(segmenter.sentences("市议会批准了预算。市长表示满意！", "zh")).containsExactly("市议会批准了预算。", "市长表示满意！");
    }

    @Test
    void thaiWithoutPunctuationIsCutAtDictionaryWordBoundaries() {
        assertThat(segmenter.words("ประเทศไทยมีประชากร", "th")).containsExactly("ประเทศไทย", "มี", "ประชากร");
        assertThat(segmenter.chunks("ประเทศไทยมีประชากร", "th", 12)).containsExactly("ประเทศไทยมี", "ประชากร");
    }

    @Test
    void paragraphsKeepTheirLineBreaks() {
        assertThat(segmenter.paragraphs("one\ntwo")).containsExactly("one", "\n", "two");
    }
}
