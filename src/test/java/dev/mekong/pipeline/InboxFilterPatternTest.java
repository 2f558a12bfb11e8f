package dev.mekong.pipeline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InboxFilterPatternTest {

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "*.part      | story.txt.part  | true",
            "*.part      | story.txt.PART  | true",
            "*.part      | story.part.txt  | false",
            "~$*         | ~$draft.docx    | true",
            "~$*         | draft.docx      | false",
            "*~          | story.md~       | true",
            "a.b         | axb             | false",
            "a.b         | A.B             | true",
            "?x.md       | ax.md           | true",
            "?x.md       | abx.md          | false",
            "**          | anything.html   | true",
            "drafts/*    | drafts          | false",
            "Thumbs.db   | thumbs.db       | true",
            "É*.txt      | école.txt       | true",
            "[x].txt     | [x].txt         | true",
            "[x].txt     | x.txt           | false",
    })
    void antStylePatternsMatchFileNamesIgnoringCase(String pattern, String name, boolean matches) {
        assertThat(InboxFilter.regex(pattern).matcher(name).matches()).isEqualTo(matches);
    }
}
