package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WrappedParagraphsTest {

    @Test
    void evenlyWrappedProseIsOneRunScoredLineByLine() {
        List<Line> lines = TextLines.classified("""
                The council voted on Tuesday to close the old bridge over the
                river for repairs, which are expected to last until the spring.

                Bridge closed
                Ferry fares rise
                """);
        WrappedParagraphs.mark(lines);
        assertThat(lines).extracting(l -> l.run).containsExactly(0, 0, -1, -1);
        assertThat(lines).extracting(l -> l.score).containsExactly(12.0, 11.0, -2.0, -2.0);
    }

    @Test
    void paragraphsWithNoBlankLineBetweenEndOnAShortLineWithAStop() {
        List<Line> lines = TextLines.classified("""
                The council voted on Tuesday to close the old bridge over the
                river for repairs, which are expected to last until the spring.
                Drivers will be diverted.
                The mayor said the work could not wait any longer, and that the
                town would pay for a free shuttle bus while the bridge is shut.
                """);
        WrappedParagraphs.mark(lines);
        assertThat(lines).extracting(l -> l.run).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void aListOfHeadlinesIsNoWrappedParagraph() {
        List<Line> lines = TextLines.classified("""
                Council votes to close the old bridge for repairs until spring
                Ferry fares to rise
                Snow forecast for the hills this weekend, with roads closed.
                """);
        WrappedParagraphs.mark(lines);
        assertThat(lines).extracting(l -> l.run).containsExactly(-1, -1, -1);
    }

    @Test
    void wrappedPiecesJoinWithASpaceExceptBetweenCjkCharacters() {
        assertThat(WrappedParagraphs.join("over the", "river")).isEqualTo("over the river");
        assertThat(WrappedParagraphs.join("延长地铁", "运营时间")).isEqualTo("延长地铁运营时间");
        assertThat(WrappedParagraphs.join("方便市民出行。", "除夕当晚")).isEqualTo("方便市民出行。除夕当晚");
        assertThat(WrappedParagraphs.join("", "river")).isEqualTo("river");
    }
}
