package dev.mekong.reliability;

import dev.mekong.cli.ExitCode;
import dev.mekong.model.Article;
import dev.mekong.pipeline.InputIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A build of a kept inbox reads only what changed since the last build: {@code content/inputs.jsonl} names
 * each input's bytes and the settings its record was made under. Whether an input was read is seen from
 * outside: the test pause ({@code mekong.test.pause-at=article@N}, released in advance) writes the name of
 * the N-th input entering the article route to a file, and writes nothing when fewer inputs enter it.
 */
class UnchangedInputsTest {

    @TempDir
    Path work;

    private Workspace ws;
    private Path pauseDir;

    @BeforeEach
    void threeInputsBuiltOnce() throws IOException {
        ws = new Workspace(work);
        for (int i = 1; i <= 3; i++) {
            ws.drop(Inputs.name(i), Inputs.article(i));
        }
        pauseDir = Files.createDirectories(work.resolve("pause"));
        Files.createFile(pauseDir.resolve("release"));
        Cli.Result first = build();
        assertThat(first.code()).as(first.all()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("inputs: 3 read: 3 published, 0 quarantined, 0 duplicates skipped; 0 unchanged; 0 files ignored");
        assertThat(readThisBuild()).as("the first input entered the article route").isEqualTo(Inputs.name(1));
    }

    /** A build that notes the first input entering the article route; the pause is released already. */
    private Cli.Result build(String... extra) throws IOException {
        Files.deleteIfExists(pauseDir.resolve("paused"));
        List<String> args = new ArrayList<>(List.of("-D", "mekong.test.pause-at=article@1", "-D", "mekong.test.pause-dir=" + pauseDir));
        args.addAll(List.of(extra));
        return Cli.run(ws, "build", args.toArray(String[]::new));
    }

    /** The first input that entered the article route in the last build, or null when none did. */
    private String readThisBuild() throws IOException {
        Path paused = pauseDir.resolve("paused");
        return Files.exists(paused) ? Files.readString(paused, StandardCharsets.UTF_8) : null;
    }

    /** Each record's bytes and modification time, by input name. */
    private Map<String, String> recordFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Article a : ws.records()) {
            Path record = ws.content.resolve("articles").resolve(a.id() + ".json");
            files.put(a.source().fileName(), Files.readString(record) + "@" + Files.getLastModifiedTime(record).toMillis());
        }
        return files;
    }

    @Test
    void aSecondBuildOfAnUnchangedInboxReadsAndRendersNothing() throws IOException {
        Map<String, String> records = recordFiles();
        Path live = ws.liveGeneration();
        // a new time stamp on unchanged bytes (a fresh CI checkout) changes nothing: the bytes' hash decides
        Files.setLastModifiedTime(ws.inbox.resolve(Inputs.name(2)), FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        Cli.Result again = build();

        assertThat(again.code()).as(again.all()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("inputs: 3 read: 0 published, 0 quarantined, 0 duplicates skipped; 3 unchanged; 0 files ignored")
                .as("not rendered").doesNotContain("site: ");
        assertThat(readThisBuild()).as("no input entered the article route").isNull();
        assertThat(recordFiles()).isEqualTo(records);
        assertThat(ws.liveGeneration()).isEqualTo(live);
    }

    @Test
    void anEditedInputIsReadAloneAndUpdatesOnlyItsRecord() throws IOException {
        Map<String, String> records = recordFiles();
        Files.write(ws.inbox.resolve(Inputs.name(2)), Inputs.article(2, "The ferry will also run at night."));

        Cli.Result again = build("-D", "mekong.test.pause-at=article@2");

        assertThat(again.code()).as(again.all()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("inputs: 3 read: 1 published, 0 quarantined, 0 duplicates skipped; 2 unchanged; 0 files ignored")
                .containsPattern("site: [1-9][0-9]* files written");
        assertThat(readThisBuild()).as("no second input entered the article route").isNull();
        Map<String, String> now = recordFiles();
        assertThat(now.get(Inputs.name(1))).isEqualTo(records.get(Inputs.name(1)));
        assertThat(now.get(Inputs.name(3))).isEqualTo(records.get(Inputs.name(3)));
        assertThat(ws.records()).filteredOn(a -> a.source().fileName().equals(Inputs.name(2)))
                .singleElement().satisfies(a -> assertThat(a.revision()).isEqualTo(2));
    }

    @Test
    void aChangedSettingReadsEveryInputAgain() throws IOException {
        Cli.Result again = build("-D", "mekong.language.min-confidence=0.4", "-D", "mekong.test.pause-at=article@3");

        assertThat(again.out()).as(again.all()).contains("inputs: 3 read: 3 published, 0 quarantined, 0 duplicates skipped; 0 unchanged");
        assertThat(readThisBuild()).isEqualTo(Inputs.name(3));
        assertThat(build("-D", "mekong.language.min-confidence=0.4").out()).as("and then none")
                .contains("read: 0 published, 0 quarantined, 0 duplicates skipped; 3 unchanged");
    }

    @Test
    void aLostIndexOrAKillBeforeItsEntriesWereWrittenOnlyMeansReadingAgain() throws IOException {
        Map<String, String> records = recordFiles();
        // the state a kill -9 leaves between storing the records and appending their entries: the settings line only
        Path index = ws.content.resolve(InputIndex.FILE_NAME);
        Files.writeString(index, Files.readAllLines(index).get(0) + "\n");

        Cli.Result again = build();

        assertThat(again.out()).as(again.all()).contains("inputs: 3 read: 3 published, 0 quarantined, 0 duplicates skipped; 0 unchanged");
        assertThat(recordFiles()).as("the same records, untouched").isEqualTo(records);
        assertThat(ws.records()).allSatisfy(a -> assertThat(a.revision()).isEqualTo(1));

        Files.delete(index);
        assertThat(build().out()).contains("read: 3 published, 0 quarantined, 0 duplicates skipped; 0 unchanged");
        assertThat(build().out()).contains("read: 0 published, 0 quarantined, 0 duplicates skipped; 3 unchanged");
    }

    @Test
    void aDeletedSiteIsRenderedAgainThoughNoInputChanged() throws IOException {
        Path generations = ws.liveGeneration().getParent();
        Files.delete(ws.site);
        try (var list = Files.walk(generations)) {
            for (Path p : list.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }

        Cli.Result again = build();

        assertThat(again.out()).as(again.all()).contains("3 unchanged").containsPattern("site: [1-9][0-9]* files written");
        assertThat(ws.records()).allSatisfy(a -> assertThat(ws.page(a, "en")).exists());
    }

    @Test
    void aDeletedInputRetiresItsArticleAndAQuarantinedOneIsListedByEveryBuild() throws IOException {
        Files.delete(ws.inbox.resolve(Inputs.name(3)));
        ws.drop("empty.txt", new byte[0]);

        Cli.Result again = build();
        assertThat(again.code()).as(again.all()).isEqualTo(ExitCode.QUARANTINED);
        assertThat(again.out()).contains("inputs: 3 read: 0 published, 1 quarantined, 0 duplicates skipped; 2 unchanged");
        assertThat(again.err()).contains("FAILED empty.txt: the file is empty");
        assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactlyInAnyOrder(Inputs.name(1), Inputs.name(2));

        Cli.Result third = build();
        assertThat(third.code()).as(third.all()).isEqualTo(ExitCode.QUARANTINED);
        assertThat(third.err()).contains("FAILED empty.txt: the file is empty");
    }
}
