package dev.mekong.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TokenScorerTest {

    @Test
    void tokensSplitScriptsAsDefined() {
        assertThat(TokenScorer.tokens("中国—东盟 Digital_Silk-Road 2025年！ ＡＢＣ"))
                .containsExactly("中", "国", "东", "盟", "digital_silk", "road", "2025", "年", "abc");
        assertThat(TokenScorer.tokens("ข่าว ไทย")).containsExactly("ข", "่", "า", "ว", "ไ", "ท", "ย");
        assertThat(TokenScorer.tokens("Thứ Hai, 19/1")).containsExactly("thứ", "hai", "19", "1");
        assertThat(TokenScorer.tokens("カナ한글")).containsExactly("カ", "ナ", "한", "글");
    }

    @Test
    void bagOverlapGivesPrecisionRecallF1() {
        TokenScorer.Score s = TokenScorer.tokenScore("a b c d", "a b e");
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.f1()).isCloseTo(4.0 / 7, within(1e-9));
    }

    @Test
    void repeatedTokensCountOnlyAsOftenAsInGold() {
        TokenScorer.Score s = TokenScorer.tokenScore("a a a", "a");
        assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void emptyCases() {
        assertThat(TokenScorer.tokenScore("", "").f1()).isEqualTo(1.0);
        assertThat(TokenScorer.tokenScore("", "a").f1()).isEqualTo(0.0);
        assertThat(TokenScorer.tokenScore("a", "").f1()).isEqualTo(0.0);
    }

    @Test
    void shinglesOfFourTokens() {
        assertThat(TokenScorer.shingles(List.of("a", "b", "c", "d", "e"))).containsExactly("a b c d", "b c d e");
        assertThat(TokenScorer.shingles(List.of("a", "b"))).containsExactly("a b");
        TokenScorer.Score s = TokenScorer.shingleScore("x a b c d", "a b c d");
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1.0);
    }
}
