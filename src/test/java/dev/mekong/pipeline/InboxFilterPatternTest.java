package dev.mekong.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.List;
import java.util.Optional;
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

    @Test
    void theFirstPatternThatMatchesIsNamed() {
        InboxFilter filter = new InboxFilter(List.of("*.part", "~$*", "*.PART.txt", "Thumbs.db"), null, new RunLog());

        assertThat(filter.ignoringPattern("story.txt.part")).contains("*.part");
        assertThat(filter.ignoringPattern("~$story.part")).contains("*.part");
        assertThat(filter.ignoringPattern("~$draft.docx")).contains("~$*");
        assertThat(filter.ignoringPattern("a.part.TXT")).contains("*.PART.txt");
        assertThat(filter.ignoringPattern("THUMBS.DB")).contains("Thumbs.db");
        assertThat(filter.ignoringPattern("story.md")).isEmpty();
    }

    @Test
    void noPatternsIgnoreNothing() {
        assertThat(new InboxFilter(List.of(), null, new RunLog()).ignoringPattern("")).isEqualTo(Optional.empty());
        assertThat(new InboxFilter(List.of(), null, new RunLog()).ignoringPattern("a.part")).isEmpty();
    }
}
