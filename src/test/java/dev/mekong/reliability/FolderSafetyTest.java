package dev.mekong.reliability;

import dev.mekong.ingest.Quarantine;
import dev.mekong.pipeline.CrashRecovery;
import dev.mekong.site.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mekong never destroys files it did not make: a site path that holds the user's files (a checkout, a
 * file, a link elsewhere) and folders that overlap are refused with exit 2 and one line, before anything
 * is read, created or changed; a site made by an earlier version is still accepted.
 */
class FolderSafetyTest {

    @TempDir
    Path work;

    @Test
    void aSiteOverAnExistingFolderOfUserFilesIsRefusedAndEveryFileKept() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        Path checkout = Files.createDirectories(work.resolve("checkout"));
        Files.writeString(Files.createDirectories(checkout.resolve(".git")).resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(checkout.resolve("README.md"), "my project\n");

        Cli.Result result = Cli.run(ws, "build", "--site", checkout.toString());

        assertThat(result.code()).as(result.all()).isEqualTo(2);
        assertThat(Cli.errorLines(result)).containsExactly("build: mekong.site: " + checkout + " is an existing folder Mekong did not create"
                + " (it is not a link into .checkout-generations); choose an empty or new folder");
        assertThat(checkout.resolve(".git/HEAD")).hasContent("ref: refs/heads/main");
        assertThat(checkout.resolve("README.md")).hasContent("my project");
        assertThat(work.resolve(".checkout-generations")).doesNotExist();
        assertThat(ws.content).as("nothing created before the refusal").doesNotExist();
    }

    @Test
    void aSiteOverAFileOrALinkElsewhereIsRefused() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        Path notes = Files.writeString(work.resolve("notes.txt"), "keep me\n");
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("page.html"), "mine");
        Path link = Files.createSymbolicLink(work.resolve("www"), elsewhere);

        Cli.Result file = Cli.run(ws, "build", "--site", notes.toString());
        Cli.Result foreignLink = Cli.run(ws, "build", "--site", link.toString());

        assertThat(file.code()).as(file.all()).isEqualTo(2);
        assertThat(Cli.errorLines(file)).singleElement().asString().contains("mekong.site: " + notes + " is an existing file");
        assertThat(notes).isRegularFile().hasContent("keep me");
        assertThat(foreignLink.code()).as(foreignLink.all()).isEqualTo(2);
        assertThat(Cli.errorLines(foreignLink)).singleElement().asString().contains("mekong.site: " + link + " is a link to " + elsewhere);
        assertThat(Files.readSymbolicLink(link)).isEqualTo(elsewhere);
        assertThat(elsewhere.resolve("page.html")).hasContent("mine");
    }

    @Test
    void aSiteBuiltByThePreviousVersionIsStillAcceptedAndAnEmptyFolderIsUsed() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        Path generations = Files.createDirectories(work.resolve(".site-generations/00000004"));
        Files.writeString(generations.resolve("index.html"), "old site");
        Files.createSymbolicLink(ws.site, Path.of(".site-generations/00000004")); // no marker: made before it existed
        Path empty = Files.createDirectories(work.resolve("fresh"));

        Cli.Result previous = Cli.run(ws, "build");
        Cli.Result fresh = Cli.run(ws, "build", "--site", empty.toString(), "--content", work.resolve("content2").toString());

        assertThat(previous.code()).as(previous.all()).isZero();
        assertThat(ws.liveGeneration()).isEqualTo(work.resolve(".site-generations/00000005").toRealPath());
        assertThat(work.resolve(".site-generations/MADE-BY-MEKONG.txt")).exists();
        assertThat(fresh.code()).as(fresh.all()).isZero();
        assertThat(Files.isSymbolicLink(empty)).isTrue();
        assertThat(empty.resolve("index.html")).exists();
    }

    @Test
    void foldersThatAreTheSameOrNestedAreRefusedBeforeAnythingIsCreated() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        Map<List<String>, String> cases = Map.of(
                List.of("--quarantine", ws.inbox.toString()),
                "mekong.inbox: " + ws.inbox + " is the same folder as mekong.quarantine " + ws.inbox,
                List.of("--site", ws.inbox.resolve("site").toString()),
                "mekong.inbox: " + ws.inbox + " contains mekong.site " + ws.inbox.resolve("site"),
                List.of("--content", ws.site.resolve("content").toString()),
                "mekong.site: " + ws.site + " contains mekong.content " + ws.site.resolve("content"),
                List.of("--archive", work.resolve(".site-generations/archive").toString()),
                "mekong.site: " + work.resolve(".site-generations") + " contains mekong.archive " + work.resolve(".site-generations/archive"));
        for (var entry : cases.entrySet()) {
            Cli.Result result = Cli.run(ws, "build", entry.getKey().toArray(String[]::new));
            assertThat(result.code()).as(result.all()).isEqualTo(2);
            assertThat(Cli.errorLines(result)).as(entry.getKey().toString()).singleElement().asString().contains(entry.getValue());
        }
        try (var left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("inbox", "staging");
        }
        assertThat(Workspace.files(ws.inbox)).containsExactly(ws.inbox.resolve(Inputs.name(1)));
    }

    @Test
    void crashRecoveryLeavesAGenerationsFolderThatIsNotMekongsAlone() throws IOException {
        Path generations = Files.createDirectories(work.resolve(".site-generations/00000009"));
        Files.writeString(generations.resolve("mine.txt"), "user data");
        Files.writeString(work.resolve(".site-generations/notes.txt"), "user notes");

        CrashRecovery.Report report = CrashRecovery.recover(new ArticleStore(work.resolve("content")),
                new Quarantine(work.resolve("quarantine"), Clock.systemUTC()), work.resolve("site"));

        assertThat(report.generations()).isEmpty();
        assertThat(generations.resolve("mine.txt")).hasContent("user data");
    }
}
