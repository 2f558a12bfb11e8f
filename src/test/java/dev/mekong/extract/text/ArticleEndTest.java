package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleEndTest {

    private static final String ARTICLE = """
            The council voted on Tuesday to close the old bridge over the river for repairs until the spring, the mayor said.
            Drivers will be diverted through the town centre, and a free shuttle bus will run every hour while it is shut.
            """;

    @Test
    void aSectionLinkOverALinkListEndsTheArticleWhereItsScorePeaked() {
        List<Line> lines = TextLines.read(ARTICLE + """
                More news ›
                • Ferry fares to rise
                • Snow forecast for the hills
                • Mayor opens the new library
                The library will open on Saturdays too, with a reading room for children, the mayor said at the opening.
                """);
        assertThat(new ArticleEnd(TextLines.CLASSIFIER).before(lines, 0, lines.size() - 1)).isEqualTo(1);
    }

    /** Two paragraphs of fifty prose units together below the break: the related box sat inside a long article. */
    @Test
    void proseResumingBelowABreakKeepsTheArticleGoing() {
        List<Line> lines = TextLines.read(ARTICLE + """
                More news ›
                • Ferry fares to rise
                • Snow forecast for the hills
                • Mayor opens the new library
                The library will open on Saturdays too, with a reading room for children and a cafe on the top floor, the mayor said at the opening on Monday.
                The reading room has two thousand books in four languages, and volunteers will read aloud to the youngest visitors every week of the school year.
                """);
        assertThat(new ArticleEnd(TextLines.CLASSIFIER).before(lines, 0, lines.size() - 1)).isEqualTo(lines.size() - 1);
    }

    @Test
    void anAuthorBoxEndsTheArticle() {
        List<Line> lines = TextLines.read(ARTICLE + """
                Jane Doe
                Jane Doe
                Jane Doe is a reporter who covers the council, transport and the river towns for the paper.
                """);
        assertThat(new ArticleEnd(TextLines.CLASSIFIER).before(lines, 0, lines.size() - 1)).isEqualTo(1);
    }
}
