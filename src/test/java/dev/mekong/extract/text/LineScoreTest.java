package dev.mekong.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineScoreTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "The council approved the budget for the coming year on Monday. => 11.0",
            "Ferries wait at the pier | an hour before the first crossing of the day => -1.0",
            "Bridge closed for repairs => -2.0",
            "It is over. => -0.5",
            "Four people were taken to hospital after the crash on the coast road. - Pretoria News => 15.0",
            "市政府决定今年春节期间延长地铁运营时间。 => 19.0"})
    void plainLinesScoreTheirProseMass(String line, double score) {
        assertThat(LineScore.of(line, null)).isEqualTo(score);
    }

    @Test
    void chromeCostsAndSectionHeadingsCostMost() {
        assertThat(LineScore.of("• Home", LineClassifier.LINK_LIST)).isEqualTo(LineScore.CHROME);
        assertThat(LineScore.of("Related Articles", LineClassifier.RELATED)).isEqualTo(-40);
        assertThat(LineScore.of("Loading…", LineClassifier.PLACEHOLDER)).isEqualTo(-0.5);
    }

    @Test
    void aLineTheSiteKeepsScoresAsProse() {
        assertThat(LineScore.keptBySite("Short")).isEqualTo(LineScore.PROSE);
        assertThat(LineScore.keptBySite("one two three four five six seven eight nine ten eleven twelve")).isEqualTo(12);
    }
}
