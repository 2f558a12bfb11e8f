package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberedItemsTest {

    @Test
    void aNumberedItemAloneOverItsParagraphIsASectionHeading() {
        List<Line> lines = TextLines.classified("""
                2. Scales Extremely Well
                The platform handles a hundred users as easily as a hundred thousand, the vendor says.
                """);
        NumberedItems.keepHeadings(lines);
        assertThat(TextLines.rules(lines)).containsExactly(
                "- | 2. Scales Extremely Well",
                "- | The platform handles a hundred users as easily as a hundred thousand, the vendor says.");
        assertThat(lines.get(0).listItem).isTrue();
        assertThat(lines.get(0).score).isEqualTo(-2.0);
    }

    @Test
    void numberedItemsOneAfterAnotherStayAList() {
        List<Line> lines = TextLines.classified("""
                1. Bridge to reopen
                2. Ferry fares rise
                The platform handles a hundred users as easily as a hundred thousand, the vendor says.
                """);
        NumberedItems.keepHeadings(lines);
        assertThat(TextLines.rules(lines)).startsWith("link-list | 1. Bridge to reopen", "link-list | 2. Ferry fares rise");
    }

    @Test
    void aProseItemFollowedByTheNextNumbersAsHeadlinesIsAListsExpandedFirstStory() {
        List<Line> lines = TextLines.classified("""
                1. The council voted on Tuesday to close the old bridge for repairs.
                2. Ferry fares rise
                3. Snow forecast for the hills
                """);
        NumberedItems.dropExpandedTeasers(lines);
        assertThat(TextLines.rules(lines)).containsExactly(
                "link-list | 1. The council voted on Tuesday to close the old bridge for repairs.",
                "link-list | 2. Ferry fares rise",
                "link-list | 3. Snow forecast for the hills");
        assertThat(lines.get(0).score).isEqualTo(LineScore.CHROME);
    }
}
