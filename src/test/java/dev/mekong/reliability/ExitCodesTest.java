package dev.mekong.reliability;

import dev.mekong.cli.ExitCode;
import dev.mekong.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exit-code table on the failures that are not an input's fault: a second pipeline on the same content
 * folder and a corrupt article record both mean "cannot run" (2), in one line naming the problem, and no
 * input is quarantined for them.
 */
class ExitCodesTest {

    @TempDir
    Path work;

    @Test
    void aSecondPipelineOnTheSameContentFolderCannotRun() throws Exception {
        Workspace ws = new Workspace(work);
        try (Pipeline first = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders())) {
            assertThat(first.awaitBuilt(2, TimeUnit.MINUTES)).isTrue();
            ws.drop(Inputs.name(1), Inputs.article(1));

            Cli.Result second = Cli.run(ws, "build");

            assertThat(second.code()).as(second.all()).isEqualTo(ExitCode.CANNOT_RUN);
            assertThat(second.err().strip()).startsWith("build: another mekong pipeline is using the content folder " + ws.content)
                    .doesNotContain("\n");
        }
    }

    @Test
    void aCorruptRecordCannotRunAndIsNamedQuarantiningNothing() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        Path corrupt = Files.createDirectories(ws.content.resolve("articles")).resolve("0123456789ab.json");
        Files.writeString(corrupt, "{\"id\": \"0123456789ab\", \"title\": ");

        for (String keepInputs : new String[]{"true", "false"}) {
            Cli.Result result = Cli.run(ws, "build", "--keep-inputs", keepInputs);

            assertThat(result.code()).as(result.all()).isEqualTo(ExitCode.CANNOT_RUN);
            assertThat(result.err().strip()).startsWith("build: corrupt article record " + corrupt + ": ").doesNotContain("\n");
            assertThat(result.out()).isEmpty();
            assertThat(Workspace.files(ws.quarantine)).isEmpty();
            assertThat(ws.inbox.resolve(Inputs.name(1))).exists();
        }
    }
}
