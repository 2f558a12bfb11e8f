package dev.mekong.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CuesTest {

    private final Cues cues = new Cues(Map.of("counter", List.of("Views", "阅读", "a.b"), "related", List.of("Related"),
            "more", List.of("more", "更多")));

    @Test
    void sectionsAreFoldedAndWrittenAsTheFileHasThemLongestFirst() {
        assertThat(cues.section("counter")).containsExactly("views", "a.b", "阅读");
        assertThat(cues.written("counter")).containsExactly("Views", "a.b", "阅读");
    }

    @Test
    void anAlternationMatchesEachCueLiterallyAndAnEmptySectionNothing() {
        Pattern counter = Pattern.compile(cues.alternation("counter") + "\\s*\\d+");
        assertThat(counter.matcher("Views 12").matches()).isTrue();
        assertThat(counter.matcher("阅读 12").matches()).isTrue();
        assertThat(counter.matcher("axb 12").matches()).isFalse();
        assertThat(Pattern.compile(cues.alternation("absent")).matcher("").find()).isFalse();
    }

    @Test
    void aHeadingMayBeFollowedByACountAnArrowOrAMoreLink() {
        assertThat(cues.isHeading("related", "related")).isTrue();
        assertThat(cues.isHeading("related", "related (12) more ›")).isTrue();
        assertThat(cues.isHeading("related", "related 更多>>")).isTrue();
        assertThat(cues.isHeading("related", "related stories of the week")).isFalse();
    }
}
