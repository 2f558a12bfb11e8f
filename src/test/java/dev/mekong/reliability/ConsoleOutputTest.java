package dev.mekong.reliability;

import dev.mekong.cli.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person or CI sees on the console. A start that fails is one line naming the problem, in the real
 * application (its own JVM: logging configured as in production, exit through System.exit): no framework
 * logging, no stack trace, no shutdown message. A build ends with a short summary instead of framework logging.
 */
class ConsoleOutputTest {

    private static final Duration EXIT_DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path work;

    @Test
    void anUnknownTranslatorIsOneLineAndExitTwo() {
        assertWholeOutput(new Workspace(work), List.of("--translator", "klingon"),
                "build: unknown translation engine 'klingon'; known: none, pseudo, libretranslate, deepl, openai, apertium");
    }

    @Test
    void aBadSiteSettingIsOneLineAndExitTwo() {
        assertWholeOutput(new Workspace(work), List.of("-D", "mekong.site.page-size=abc"),
                "build: mekong.site.page-size must be a positive whole number, not 'abc'");
    }

    private static void assertWholeOutput(Workspace ws, List<String> args, String line) {
        try (MekongProcess p = MekongProcess.start("build", ws, Map.of(), args.toArray(String[]::new))) {
            assertThat(p.awaitExit(EXIT_DEADLINE)).as(p.output()).isEqualTo(ExitCode.CANNOT_RUN);
            assertThat(p.output()).isEqualTo(line + System.lineSeparator());
        }
    }

    @Test
    void aBuildPrintsASummaryAndNoFrameworkLogging() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        ws.drop(Inputs.name(2), Inputs.article(2));
        ws.drop("z-copy.txt", Inputs.article(2));
        Files.write(ws.inbox.resolve("empty.txt"), new byte[0]);
        Files.write(ws.inbox.resolve("draft.txt.part"), Inputs.article(3));

        Cli.Result first = Cli.run(ws, "build");

        assertThat(first.code()).as(first.all()).isEqualTo(ExitCode.QUARANTINED);
        List<String> out = first.out().lines().toList();
        assertThat(out.get(0)).isEqualTo("inputs: 4 read: 2 published, 1 quarantined, 1 duplicates skipped; 0 unchanged; 1 files ignored");
        assertThat(out.get(1)).matches("site: [1-9][0-9]* files written, 0 unchanged, 0 deleted \\(" + ws.site + "\\)");
        assertThat(out.get(2)).isEqualTo("translation: none: 0 characters sent in 0 requests");
        // every input read was decoded (the empty one is refused after)
        assertThat(out.get(3)).matches("stages: decode [0-9.]+ ms, extract [0-9.]+ ms, detect [0-9.]+ ms, translate [0-9.]+ ms, "
                + "store [0-9.]+ ms per input \\(4 inputs\\); render [0-9.]+ s");
        assertThat(out.get(4)).isEqualTo("warnings: 2");
        assertThat(out.subList(5, 7)).containsExactlyInAnyOrder(
                "warning: z-copy.txt: duplicate of " + Inputs.name(2) + " (article " + recordId(ws, Inputs.name(2)) + ", same content); not published again",
                "warning: draft.txt.part: ignored, matches mekong.inbox-ignore pattern '*.part'");
        assertThat(out.get(7)).matches("build: done in [0-9.]+ s, exit 1");
        assertThat(out).hasSize(8);
        assertThat(first.out()).doesNotContain("\r");
        assertThat(first.err()).isEqualTo("FAILED empty.txt: the file is empty" + System.lineSeparator());

        Files.delete(ws.inbox.resolve("empty.txt"));
        Cli.Result again = Cli.run(ws, "build");

        assertThat(again.code()).as(again.all()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("inputs: 3 read: 0 published, 0 quarantined, 0 duplicates skipped; 3 unchanged; 1 files ignored")
                .containsPattern("site: [1-9][0-9]* files written, [1-9][0-9]* unchanged, 0 deleted") // the report
                .contains("translation: none: 0 characters sent in 0 requests");
        assertThat(again.err()).isEmpty();
        assertThat(Cli.run(ws, "build").out()).containsPattern("site: 0 files written, [1-9][0-9]* unchanged, 0 deleted");
    }

    private static String recordId(Workspace ws, String fileName) {
        return ws.records().stream().filter(a -> a.source().fileName().equals(fileName)).findFirst().orElseThrow().id();
    }
}
