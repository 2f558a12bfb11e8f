package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentsOutlinesTest {

    @Test
    void threeSectionNumberedLinesInARowAreATableOfContents() {
        List<Line> lines = TextLines.classified("""
                1 Why service style matters
                1.1 Pricing
                2 Types of service
                Guests often judge a restaurant by how they are served, studies show.
                """);
        ContentsOutlines.drop(lines);
        assertThat(TextLines.rules(lines)).containsExactly(
                "link-list | 1 Why service style matters",
                "link-list | 1.1 Pricing",
                "link-list | 2 Types of service",
                "- | Guests often judge a restaurant by how they are served, studies show.");
        assertThat(lines).extracting(l -> l.score).containsExactly(-2.0, -2.0, -2.0, 12.0);
    }

    @Test
    void twoNumberedLinesOrAListItemsNumbersAreNot() {
        List<Line> lines = TextLines.classified("""
                1 Why service style matters
                2 Types of service

                2. Pricing
                3. Conclusion
                4. Further reading
                """);
        ContentsOutlines.drop(lines);
        assertThat(TextLines.rules(lines)).containsExactly(
                "- | 1 Why service style matters",
                "- | 2 Types of service",
                "link-list | 2. Pricing",
                "link-list | 3. Conclusion",
                "link-list | 4. Further reading");
    }
}
