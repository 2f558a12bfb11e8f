package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleFinderTest {

    private final TitleFinder titles = new TitleFinder(TextLines.CLASSIFIER);

    @Test
    void theHeadlineStandsOverItsBylineAboveTheBody() {
        List<Line> lines = TextLines.read("""
                Growing Guides
                Winter Care for Young Fruit Trees
                By Ann Miller
                March 4, 2024
                Young trees lose more water in winter than most gardeners expect, and a dry root ball freezes deeper.
                """);
        assertThat(titles.find(lines, 4, null)).isEqualTo(1);
    }

    @Test
    void aLineEndingABreadcrumbTrailRightAboveIsTheHeadline() {
        List<Line> lines = TextLines.read("""
                Home > Blog > Five Best Tools
                Five Best Tools
                Share this post
                Each of these tools does one thing well, and none of them costs more than a coffee a month to run.
                """);
        assertThat(titles.find(lines, 3, null)).isEqualTo(1);
    }

    /** Issue 14: a date printed over the headline puts the section path ("Sport / Tennis") over a date line. */
    @Test
    void aSectionPathOverTheDateIsNoHeadlineWhenTheDateStandsOverTheHeadline() {
        List<Line> lines = TextLines.read("""
                Local News / Schools and Colleges
                Monday, 08:15, 04/03/2024
                Local club wins its first regional title in twenty years
                The club beat the defending champions in three sets on Sunday, and the captain said the whole town had come to watch.
                """);
        assertThat(titles.find(lines, 3, null)).isEqualTo(2);
    }

    /** Issue 14: the headline right under its date line and right over the body, menu items further up. */
    @Test
    void theHeadlineUnderItsDateLineRightOverTheBody() {
        List<Line> lines = TextLines.read("""
                Politics
                Culture and the Arts
                Local News / Schools and Colleges
                Monday, 08:15, 04/03/2024
                Local club wins its first regional title in twenty years
                The club beat the defending champions in three sets on Sunday, and the captain said the whole town had come to watch.
                """);
        assertThat(titles.find(lines, 5, null)).isEqualTo(4);
    }

    @Test
    void aLabelEndingWithAColonIsNoHeadline() {
        List<Line> lines = TextLines.read("""
                Bridge to close for repairs
                What the council decided:
                The council voted on Tuesday to close the old bridge over the river for repairs until the spring.
                """);
        assertThat(titles.find(lines, 2, null)).isEqualTo(0);
    }

    @Test
    void theTitleIsTheLineWithoutItsBullet() {
        assertThat(TitleFinder.title(new Line(0, "• Bridge to close for repairs ", null, true, true), null))
                .isEqualTo("Bridge to close for repairs");
    }
}
