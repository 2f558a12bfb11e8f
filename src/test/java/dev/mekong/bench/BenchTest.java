package dev.mekong.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aToolTheRunNeedsIsCheckedBeforeAnythingIsMeasured() throws Exception {
        assertThatThrownBy(() -> Bench.requireTool(List.of("mekong-no-such-tool", "version"), "--hugo needs Hugo"))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageStartingWith("--hugo needs Hugo: cannot run mekong-no-such-tool");
        assertThatThrownBy(() -> Bench.requireTool(List.of("false"), "--hugo needs Hugo"))
                .hasMessage("--hugo needs Hugo: 'false' exited 1");
        Bench.requireTool(List.of("true"), "never said");
    }

    @Test
    void keysGivenWithDashDWin() {
        assertThat(Bench.properties("raw", Map.of("mekong.translator", "none", "mekong.workers", "1"))).containsOnly(
                Map.entry("mekong.translator", "none"), Map.entry("mekong.translate.pseudo.rate", "0"),
                Map.entry("mekong.workers", "1"));
    }
}
