package dev.mekong.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BenchTest {

    @Test
    void theRawCorpusIsTranslatedByThePseudoEngineWithoutARateLimit() {
        assertThat(Bench.properties("raw", Map.of())).containsExactly(
                Map.entry("mekong.translator", "pseudo"), Map.entry("mekong.translate.pseudo.rate", "0"));
    }

    @Test
    void theCleanCorpusSuppliesEveryVersionAndNeedsNoEngine() {
        assertThat(Bench.properties("clean", Map.of())).isEmpty();
    }

    @Test
    void keysGivenWithDashDWin() {
        assertThat(Bench.properties("raw", Map.of("mekong.translator", "none", "mekong.workers", "1"))).containsOnly(
                Map.entry("mekong.translator", "none"), Map.entry("mekong.translate.pseudo.rate", "0"),
                Map.entry("mekong.workers", "1"));
    }
}
