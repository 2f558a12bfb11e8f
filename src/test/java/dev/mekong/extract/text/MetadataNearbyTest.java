package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataNearbyTest {

    private final List<Line> lines = TextLines.read("""
            Bridge to close for repairs
            Jane Doe
            March 4, 2024
            The council voted on Tuesday to close the old bridge over the river for repairs until the spring.
            Ferry fares to rise
            """);

    @Test
    void aDateBelowPastShortLinesIsTheHeadlinesMetadata() {
        assertThat(TextLines.rules(lines).get(2)).isEqualTo("metadata-line | March 4, 2024");
        assertThat(MetadataNearby.below(lines, 0)).isTrue();
        assertThat(MetadataNearby.belowBeforeProse(lines, 0)).isTrue();
        assertThat(MetadataNearby.below(lines, 3)).isFalse();
    }

    @Test
    void aroundLooksTwoLinesUpAndThreeDown() {
        assertThat(MetadataNearby.around(lines, 4)).isTrue();
        assertThat(MetadataNearby.around(lines, 2)).isFalse();
    }
}
