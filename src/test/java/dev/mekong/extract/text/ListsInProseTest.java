package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListsInProseTest {

    @Test
    void aListIntroducedByAColonNextToAParagraphIsArticleText() {
        List<Line> lines = TextLines.classified("""
                With the new plan you can build:
                • Blogs
                • Online courses
                Each site comes with its own address and a free certificate for the first year.
                """);
        ListsInProse.keep(lines);
        assertThat(TextLines.rules(lines)).containsExactly(
                "- | With the new plan you can build:",
                "- | • Blogs",
                "- | • Online courses",
                "- | Each site comes with its own address and a free certificate for the first year.");
    }

    @Test
    void aShortHeadingOverPhrasesIsTheArticlesOwnListWhenProseResumesBelow() {
        List<Line> lines = TextLines.classified("""
                Pros
                • Thousands of themes
                • Integrate tools your business depends on
                The editor is the easiest we tried, and support answered within the hour every time.
                """);
        ListsInProse.keep(lines);
        assertThat(TextLines.rules(lines)).startsWith("- | Pros", "- | • Thousands of themes", "- | • Integrate tools your business depends on");
    }

    @Test
    void aMenuBetweenChromeStaysChrome() {
        List<Line> lines = TextLines.classified("""
                Home | News | Sport | Weather
                • Bridge to reopen
                • Ferry fares rise
                Advertisement
                """);
        ListsInProse.keep(lines);
        assertThat(TextLines.rules(lines)).containsExactly(
                "nav | Home | News | Sport | Weather",
                "link-list | • Bridge to reopen",
                "link-list | • Ferry fares rise",
                "ad | Advertisement");
    }
}
