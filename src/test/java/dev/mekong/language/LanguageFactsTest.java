package dev.mekong.language;

import org.junit.jupiter.api.Test;

import java.lang.Character.UnicodeScript;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageFactsTest {

    @Test
    void sitesOfEachLanguageKeepTheirLocalTime() {
        assertThat(LanguageFacts.LOCAL_TIME_ZONES).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "zh", ZoneOffset.ofHours(8), "vi", ZoneOffset.ofHours(7), "th", ZoneOffset.ofHours(7)));
    }

    @Test
    void vietnameseLettersInEitherCase() {
        assertThat("Người Việt".codePoints().filter(LanguageFacts::isVietnameseLetter).count()).isEqualTo(3);
        assertThat(LanguageFacts.isVietnameseLetter('Đ')).isTrue();
        assertThat(LanguageFacts.isVietnameseLetter('é')).isFalse();
    }

    @Test
    void hangulCarriesAWordPerCharacterButSpacesItsWords() {
        assertThat(LanguageFacts.isIdeographic(UnicodeScript.HANGUL)).isTrue();
        assertThat(LanguageFacts.writesWithoutSpaces(UnicodeScript.HANGUL)).isFalse();
        assertThat(LanguageFacts.isIdeographic(UnicodeScript.THAI)).isFalse();
        assertThat(LanguageFacts.writesWithoutSpaces(UnicodeScript.THAI)).isTrue();
        assertThat(LanguageFacts.isThai('ก')).isTrue();
    }

    @Test
    void aStatementEndsWithAStopAnEllipsisOrASemicolonASentenceAlsoWithAQuestionMark() {
        assertThat(LanguageFacts.STATEMENT_STOPS).contains("。", ".", "…", "；").doesNotContain("?");
        assertThat(LanguageFacts.SENTENCE_STOPS).contains("？", "!", "。");
    }
}
