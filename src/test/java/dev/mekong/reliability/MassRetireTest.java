package dev.mekong.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wrong inbox never takes the site down: a build refuses a missing inbox instead of creating it, and a
 * build that would retire more than mekong.retire.max-share of the articles (from mekong.retire.min-count
 * on) stops until --allow-mass-retire says the inputs really were removed.
 */
class MassRetireTest {

    @TempDir
    Path work;

    @Test
    void aMistypedInboxStopsTheBuildAndRetiresNothing() {
        Workspace ws = new Workspace(work);
        for (int i = 1; i <= 3; i++) {
            ws.drop(Inputs.name(i), Inputs.article(i));
        }
        assertThat(Cli.run(ws, "build").code()).isZero();
        Path typo = work.resolve("inbx");

        Cli.Result result = Cli.run(ws, "build", "--inbox", typo.toString());

        assertThat(result.code()).as(result.all()).isEqualTo(2);
        assertThat(Cli.errorLines(result)).containsExactly("build: mekong.inbox: " + typo + " does not exist; check --inbox"
                + " (a build reads an existing folder, a watch creates it)");
        assertThat(typo).doesNotExist();
        assertThat(ws.recordCount()).isEqualTo(3);
    }

    @Test
    void retiringMostOfTheSiteNeedsAllowMassRetire() throws IOException {
        Workspace ws = new Workspace(work);
        for (int i = 1; i <= 4; i++) {
            ws.drop(Inputs.name(i), Inputs.article(i));
        }
        assertThat(Cli.run(ws, "build").code()).isZero();
        for (int i = 2; i <= 4; i++) {
            Files.delete(ws.inbox.resolve(Inputs.name(i)));
        }

        Cli.Result refused = Cli.run(ws, "build");

        assertThat(refused.code()).as(refused.all()).isEqualTo(2);
        assertThat(Cli.errorLines(refused)).containsExactly("build: 3 of the site's 4 articles would be retired because their inputs are"
                + " not in the inbox " + ws.inbox + ", more than mekong.retire.max-share=0.5 allows; check --inbox,"
                + " or pass --allow-mass-retire if they were really removed");
        assertThat(ws.recordCount()).isEqualTo(4);
        assertThat(ws.content.resolve("retired")).doesNotExist();

        Cli.Result allowed = Cli.run(ws, "build", "--allow-mass-retire");

        assertThat(allowed.code()).as(allowed.all()).isZero();
        assertThat(ws.recordCount()).isEqualTo(1);
        assertThat(Workspace.count(ws.content.resolve("retired"), ".json")).isEqualTo(3);
    }

    @Test
    void retiringOneOfTwoArticlesIsNormal() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        ws.drop(Inputs.name(2), Inputs.article(2));
        assertThat(Cli.run(ws, "build").code()).isZero();
        Files.delete(ws.inbox.resolve(Inputs.name(2)));

        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(ws.recordCount()).isEqualTo(1);
    }
}
