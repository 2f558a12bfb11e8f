package dev.mekong.language;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written unseen check set (src/test/resources/langid): prints accuracy per language and
 * category and the misrouted rows of each part (in the surefire output), and holds the detector to the
 * issue #14 goals on the tuning part and to floors on the held-out part. The held-out part was not
 * tuned on; its floors sit just under what the detector last reached on it, so that a change that
 * loses ground on text nobody tuned for shows here.
 */
class UnseenLangidTest {

    /** Goals per category for the site languages (zh and th: 99.5 at every length). */
    private static final Map<String, Map<String, Double>> GOALS = Map.of(
            "zh", Map.of("word", 99.5, "pair", 99.5, "headline", 99.5, "snippet", 99.5, "sentence", 99.5),
            "th", Map.of("word", 99.5, "pair", 99.5, "headline", 99.5, "snippet", 99.5, "sentence", 99.5),
            "vi", Map.of("word", 85.0, "pair", 96.0, "headline", 95.0, "snippet", 95.0, "sentence", 99.5),
            "en", Map.of("word", 75.0, "pair", 95.0, "headline", 95.0, "snippet", 95.0, "sentence", 99.5));
    /** Most non-target rows of a category that may be given a site language, in %. */
    private static final double MAX_MISROUTED = 2.0;

    /**
     * Held-out floors, just under what the detector reached after the Japanese-word and Vietnamese
     * loanword rules (issue #14, second pass): every site language and category at least
     * {@link #HELD_OUT_MIN_ACCURACY} (all were at 100 %) but for the exceptions below (en word 88.0 %,
     * vi word 92.0 %), and misrouting at most the goal (all categories were at 0 %; before, 3.0 % on
     * words and headlines, Japanese kanji answered zh-Hant).
     */
    private static final double HELD_OUT_MIN_ACCURACY = 99.0;
    private static final Map<String, Map<String, Double>> HELD_OUT_EXCEPTIONS = Map.of(
            "en", Map.of("word", 87.0),
            "vi", Map.of("word", 91.0));
    private static final double HELD_OUT_MAX_MISROUTED = MAX_MISROUTED;

    private static List<LangidEvaluation.Row> rows(String name) throws IOException, URISyntaxException {
        return LangidEvaluation.read(Path.of(UnseenLangidTest.class.getResource("/langid/" + name).toURI()));
    }

    private static LangidEvaluation.Scores report(String name) throws IOException, URISyntaxException {
        System.out.println("== " + name);
        PrintStream out = System.out;
        return LangidEvaluation.report(rows(name), SharedDetector.DETECTOR, out, true, true);
    }

    private static double percent(int[] cell) {
        return cell[1] == 0 ? 100 : 100.0 * cell[0] / cell[1];
    }

    @Test
    void tuningPartMeetsTheGoals() throws Exception {
        LangidEvaluation.Scores scores = report("unseen-tune.tsv");
        GOALS.forEach((language, goals) -> goals.forEach((category, goal) ->
                assertThat(percent(scores.accuracy(language, category)))
                        .as("%s %s", language, category).isGreaterThanOrEqualTo(goal)));
        for (String category : LangidEvaluation.CATEGORIES) {
            int[] misrouted = scores.misrouted(category);
            assertThat(misrouted[1] == 0 ? 0 : 100.0 * misrouted[0] / misrouted[1])
                    .as("misrouted %s", category).isLessThanOrEqualTo(MAX_MISROUTED);
        }
        assertThat(percent(scores.variantSentences())).isGreaterThanOrEqualTo(99.0);
        assertThat(percent(scores.variantShorter())).isGreaterThanOrEqualTo(99.0);
    }

    @Test
    void heldOutPartStaysAboveItsFloors() throws Exception {
        LangidEvaluation.Scores scores = report("unseen-heldout.tsv");
        GOALS.forEach((language, goals) -> goals.keySet().forEach(category ->
                assertThat(percent(scores.accuracy(language, category)))
                        .as("%s %s", language, category)
                        .isGreaterThanOrEqualTo(HELD_OUT_EXCEPTIONS.getOrDefault(language, Map.of())
                                .getOrDefault(category, HELD_OUT_MIN_ACCURACY))));
        for (String category : LangidEvaluation.CATEGORIES) {
            int[] misrouted = scores.misrouted(category);
            assertThat(misrouted[1] == 0 ? 0 : 100.0 * misrouted[0] / misrouted[1])
                    .as("misrouted %s", category).isLessThanOrEqualTo(HELD_OUT_MAX_MISROUTED);
        }
        assertThat(percent(scores.variantSentences())).isGreaterThanOrEqualTo(99.0);
    }
}
