package dev.mekong.extract.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LineShapeTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "He said it was over. Then he left => true",
            "and the trauma services of the island.\" => true",
            "the minister (who spoke first.) said => true",
            "The Five Best Tools for 2024 => false",
            "version 2.5 of the app => false",
            "春节期间消费。 => true"})
    void hasStop(String line, boolean stop) {
        assertThat(LineShape.hasStop(line)).isEqualTo(stop);
    }
}
