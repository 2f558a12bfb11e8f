package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SidebarBlurbsTest {

    private static final String BLURB = "The council voted on Tuesday to close the old bridge for repairs.";

    @Test
    void fourLoneParagraphsInARowAreASidebarAndCountForHalf() {
        List<Line> lines = TextLines.classified(String.join("\n", BLURB, "More", BLURB, "More", BLURB, "More", BLURB));
        SidebarBlurbs.discount(lines);
        assertThat(lines).extracting(l -> l.score).containsExactly(6.0, -2.0, 6.0, -2.0, 6.0, -2.0, 6.0);
    }

    @Test
    void paragraphsSideBySideAreTheArticle() {
        List<Line> lines = TextLines.classified(String.join("\n", BLURB, BLURB, "More", BLURB, "More", BLURB, "More", BLURB));
        SidebarBlurbs.discount(lines);
        assertThat(lines).extracting(l -> l.score).containsExactly(12.0, 12.0, -2.0, 12.0, -2.0, 12.0, -2.0, 12.0);
    }
}
