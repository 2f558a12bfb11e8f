package dev.mekong.extract;

import dev.mekong.ingest.InputDecoder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unseen-site check set ({@code src/test/resources/unseen-extraction/}, see its README): public pages
 * of sites outside the dev corpus in zh, en, vi and th, saved page and text copy, with gold written by hand.
 * Prints per-language figures and pages/second for both modes (no timed asserts); the F1 floors are below
 * what the extractor scores now, to catch a large drop, not to tune on.
 */
class UnseenExtractionTest {

    private static final Path CORPUS = Path.of("src/test/resources/unseen-extraction");
    private static final double LANGUAGE_FLOOR = 0.85;
    private static final double OVERALL_FLOOR = 0.92;

    @Test
    void everyLanguageAndModeScoresAboveItsFloor() throws IOException {
        CorpusEvaluation evaluation = new CorpusEvaluation(FormatExtractor.standard(), new InputDecoder());
        for (CorpusEvaluation.Mode mode : CorpusEvaluation.Mode.values()) {
            CorpusEvaluation.Report report = evaluation.run(CORPUS, mode);
            CorpusEvaluation.print(report, mode, System.out);
            assertThat(report.pages()).as(mode.name()).hasSize(4);
            assertThat(report.overall().f1()).as(mode + " overall").isGreaterThanOrEqualTo(OVERALL_FLOOR);
            for (CorpusEvaluation.Summary s : report.byLanguage()) {
                assertThat(s.f1()).as(mode + " " + s.group()).isGreaterThanOrEqualTo(LANGUAGE_FLOOR);
                assertThat(s.errors()).as(mode + " " + s.group()).isZero();
            }
        }
    }
}
