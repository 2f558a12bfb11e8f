package dev.mekong.reliability;

import dev.mekong.cli.ExitCode;
import dev.mekong.model.Article;
import dev.mekong.pipeline.InputIndex;
import dev.mekong.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
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

    // One sequence of builds rather than a test per case: every in-process build costs the suite's JVM memory.
    @Test
    void eachBuildReadsOnlyWhatChangedSinceTheLast() throws IOException {
        // 1. nothing changed, though a time stamp moved (a fresh CI checkout): nothing read, nothing rendered
        Map<String, String> records = recordFiles();
        Path live = ws.liveGeneration();
        Files.setLastModifiedTime(ws.inbox.resolve(Inputs.name(2)), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Cli.Result unchanged = build();
        assertThat(unchanged.code()).as(unchanged.all()).isEqualTo(ExitCode.OK);
        assertThat(unchanged.out()).contains("inputs: 3 read: 0 published, 0 quarantined, 0 duplicates skipped; 3 unchanged; 0 files ignored")
                .as("not rendered").doesNotContain("site: ");
        assertThat(readThisBuild()).as("no input entered the article route").isNull();
        assertThat(recordFiles()).isEqualTo(records);
        assertThat(ws.liveGeneration()).isEqualTo(live);

        // 2. one input edited: read alone, its revision bumped, the others' records untouched
        Files.write(ws.inbox.resolve(Inputs.name(2)), Inputs.article(2, "The ferry will also run at night."));
        Cli.Result edited = build("-D", "mekong.test.pause-at=article@2");
        assertThat(edited.code()).as(edited.all()).isEqualTo(ExitCode.OK);
        assertThat(edited.out()).contains("inputs: 3 read: 1 published, 0 quarantined, 0 duplicates skipped; 2 unchanged; 0 files ignored")
                .containsPattern("site: [1-9][0-9]* files written");
        assertThat(readThisBuild()).as("no second input entered the article route").isNull();
        Map<String, String> afterEdit = recordFiles();
        assertThat(afterEdit.get(Inputs.name(1))).isEqualTo(records.get(Inputs.name(1)));
        assertThat(afterEdit.get(Inputs.name(3))).isEqualTo(records.get(Inputs.name(3)));
        assertThat(ws.records()).filteredOn(a -> a.source().fileName().equals(Inputs.name(2)))
                .singleElement().satisfies(a -> assertThat(a.revision()).isEqualTo(2));

        // 3. the state a kill -9 leaves between storing records and appending their entries (the settings line
        // only), which is also what a lost index means: every input read again, nothing lost or changed
        Path index = ws.content.resolve(InputIndex.FILE_NAME);
        Files.writeString(index, Files.readAllLines(index).get(0) + "\n");
        Cli.Result afterCrash = build();
        assertThat(afterCrash.out()).as(afterCrash.all())
                .contains("inputs: 3 read: 3 published, 0 quarantined, 0 duplicates skipped; 0 unchanged");
        assertThat(recordFiles()).as("the same records, untouched").isEqualTo(afterEdit);

        // 4. the site deleted by the user: rendered again though no input changed
        Path generations = ws.liveGeneration().getParent();
        Files.delete(ws.site);
        try (var walk = Files.walk(generations)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Cli.Result siteGone = build();
        assertThat(siteGone.out()).as(siteGone.all()).contains("3 unchanged").containsPattern("site: [1-9][0-9]* files written");
        assertThat(ws.records()).allSatisfy(a -> assertThat(ws.page(a, "en")).exists());

        // 5. an input deleted retires its article; a quarantined input is listed by every build while it is there
        Files.delete(ws.inbox.resolve(Inputs.name(3)));
        ws.drop("empty.txt", new byte[0]);
        Cli.Result quarantined = build();
        assertThat(quarantined.code()).as(quarantined.all()).isEqualTo(ExitCode.QUARANTINED);
        assertThat(quarantined.out()).contains("inputs: 3 read: 0 published, 1 quarantined, 0 duplicates skipped; 2 unchanged");
        assertThat(quarantined.err()).contains("FAILED empty.txt: the file is empty");
        assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactlyInAnyOrder(Inputs.name(1), Inputs.name(2));
        Cli.Result again = build("-D", "mekong.test.pause-at=article@2");
        assertThat(again.code()).as(again.all()).isEqualTo(ExitCode.QUARANTINED);
        assertThat(again.err()).contains("FAILED empty.txt: the file is empty");
        assertThat(readThisBuild()).as("the quarantined input alone was read").isNull();

        // 6. a changed setting: every input read again
        Files.delete(ws.inbox.resolve("empty.txt"));
        Cli.Result newSetting = build("-D", "mekong.language.min-confidence=0.4", "-D", "mekong.test.pause-at=article@2");
        assertThat(newSetting.out()).as(newSetting.all()).contains("inputs: 2 read: 2 published, 0 quarantined, 0 duplicates skipped; 0 unchanged");
        assertThat(readThisBuild()).isEqualTo(Inputs.name(2));
    }

    @Test
    void aWatchOnAnotherInboxOfTheSameContentLeavesTheBuildsJournalAsItWas() throws Exception {
        Path drops = Files.createDirectories(work.resolve("drops"));
        Map<String, String> watch = new LinkedHashMap<>(ws.folders());
        watch.put("mekong.inbox", drops.toString());
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, watch)) {
            assertThat(pipeline).isNotNull();
        }

        Cli.Result again = build();

        assertThat(again.out()).as(again.all()).contains("inputs: 3 read: 0 published, 0 quarantined, 0 duplicates skipped; 3 unchanged");
        assertThat(readThisBuild()).isNull();
    }
}
