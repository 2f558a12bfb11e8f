package dev.mekong.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusEvaluationTest {

    @Test
    void titlesMatchWhateverTheirCaseSpacingAndQuoteTypography() {
        assertThat(CorpusEvaluation.sameTitle("AI won’t steal your job—but it may save your CD set",
                "AI won't steal your job—but it may save your CD set")).isTrue();
        assertThat(CorpusEvaluation.sameTitle("The  “Best”  Scooters", "the \"best\" scooters")).isTrue();
    }

    @Test
    void titlesDifferingInWordsOrDashesDoNotMatch() {
        assertThat(CorpusEvaluation.sameTitle("The Best Electric Scooters", "Best Electric Scooters")).isFalse();
        assertThat(CorpusEvaluation.sameTitle("AI won’t steal your job—but", "AI won't steal your job - but")).isFalse();
    }
}
