package dev.mekong.reliability;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantee 7: the real application, started wrong, exits non-zero by itself with a message that names
 * the problem, instead of hanging (the Camel duration-option trap) or failing later on the first article.
 * The deadline is the test's; the measured time is printed.
 */
@Tag("slow")
class StartupFailureTest {

    /** Generous for a loaded 2-core CI machine; a start takes a few seconds there. */
    private static final Duration EXIT_DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void aBrokenRouteFileFailsFast() throws IOException {
        Workspace ws = new Workspace(work);
        Path routes = Files.createDirectories(work.resolve("routes"));
        Files.writeString(routes.resolve("broken.camel.yaml"), "- route:\n    from:\n      uri: \"file:inbox\"\n    steps:\n      - bean: [unclosed\n");
        assertFailsFast(ws, Map.of("camel.main.routes-include-pattern", "file:" + routes + "/*.camel.yaml"), "broken.camel.yaml");
    }

    @Test
    void aBadConfigurationValueFailsFast() {
        assertFailsFast(new Workspace(work), Map.of("mekong.max-input-bytes", "lots"), "mekong.max-input-bytes must be a positive whole number");
    }

    @Test
    void anUnwritableOutputFolderFailsFast() throws IOException {
        Workspace ws = new Workspace(work);
        Path notAFolder = Files.writeString(work.resolve("a-file"), "x");
        assertFailsFast(ws, Map.of("mekong.site", notAFolder.resolve("site").toString()), "mekong.site: cannot write to");
    }

    @Test
    void aSecondPipelineOnTheSameContentFailsFastAndAKilledOneLeavesNoStaleLock() {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        try (MekongProcess first = MekongProcess.start("watch", ws, Map.of())) {
            first.awaitOutput("watch: watching", Duration.ofMinutes(2));
            assertFailsFast(ws, Map.of(), "another mekong pipeline is using the content folder");
            // a standby setting is for watch: CI's build still fails fast
            assertFailsFast(ws, Map.of("mekong.ingest.standby", "true"), "another mekong pipeline is using the content folder");
            first.kill();
        }
        try (MekongProcess again = MekongProcess.start("build", ws, Map.of())) {
            assertThat(again.awaitExit(Duration.ofMinutes(2))).as(again.tail()).isZero();
        }
    }

    private static void assertFailsFast(Workspace ws, Map<String, String> properties, String message) {
        long started = System.nanoTime();
        try (MekongProcess p = MekongProcess.start("build", ws, properties)) {
            int code = p.awaitExit(EXIT_DEADLINE);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("startup failure '%s': exit %d after %d ms%n", message, code, millis);
            assertThat(code).as(p.tail()).isNotZero();
            assertThat(p.output()).contains(message);
        }
    }
}
