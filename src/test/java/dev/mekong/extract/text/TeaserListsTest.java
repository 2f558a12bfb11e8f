package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TeaserListsTest {

    @Test
    void headlinesCutShortInARunAreTeasers() {
        List<Line> lines = TextLines.classified("""
                Council votes to close the old bridge for…
                Ferry fares to rise again as fuel prices…
                Snow forecast for the hills this weekend…
                Mayor opens the new library
                """);
        TeaserLists.mark(lines);
        assertThat(lines).extracting(l -> l.teaser).containsExactly(true, true, true, false);
        assertThat(lines).extracting(l -> l.score).containsExactly(-1.0, -1.0, -1.0, -2.0);
    }

    @Test
    void oneSummaryCutShortIsNoTeaserUnlessItsLinkFollows() {
        List<Line> lines = TextLines.classified("""
                The council voted on Tuesday to close the old bridge over the river for repairs…

                申城地铁与市民的出行 ......  [详情]
                """);
        TeaserLists.mark(lines);
        assertThat(lines).extracting(l -> l.teaser).containsExactly(false, true);
    }
}
