package dev.mekong.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** content/inputs.jsonl as written by hand: which lines are entries. */
class InputIndexTest {

    private static final RecordFingerprint SETTINGS = RecordFingerprint.of(Map.of("mekong.languages", "zh,en"));
    private static final String SHA = "a".repeat(64);

    @TempDir
    Path content;

    private InputIndex open(String... entryLines) throws Exception {
        InputIndex.open(content, SETTINGS, name -> true); // writes the header line
        Path journal = content.resolve(InputIndex.FILE_NAME);
        Files.writeString(journal, Files.readString(journal) + String.join("\n", entryLines) + "\n");
        return InputIndex.open(content, SETTINGS, name -> true);
    }

    private static String line(String file, String size) {
        return "{\"file\":\"" + file + "\",\"size\":" + size + ",\"modified\":1000,\"sha256\":\"" + SHA
                + "\",\"outcome\":\"published\",\"article\":\"c50b35f47218\",\"hashed\":5000}";
    }

    @Test
    void anEntryIsReadWithEveryField() throws Exception {
        InputIndex index = open(line("a.md", "12"));

        assertThat(index.get("a.md")).contains(new InputIndex.Entry("a.md", 12, 1000, SHA, InputIndex.PUBLISHED,
                "c50b35f47218", 5000L));
    }

    @Test
    void fieldsItDoesNotKnowAreSkippedWhateverTheyHold() throws Exception {
        InputIndex index = open(line("a.md", "12").replace("{", "{\"later\":{\"x\":[1,{\"y\":null}]},"));

        assertThat(index.get("a.md")).isPresent();
    }

    @Test
    void anEntryOfAnOlderJournalWithoutItsHashingTimeIsRead() throws Exception {
        InputIndex index = open(line("a.md", "12").replace(",\"hashed\":5000", ""));

        assertThat(index.get("a.md").orElseThrow().hashed()).isNull();
    }

    @Test
    void linesThatAreNotWholeEntriesAreLeftOut() throws Exception {
        InputIndex index = open(
                line("string-size.md", "\"12\""),
                line("no-outcome.md", "12").replace("\"published\"", "\"lost\""),
                line("no-article.md", "12").replace(",\"article\":\"c50b35f47218\"", ""),
                line("cut-short.md", "12").substring(0, 60),
                "[1,2]",
                "",
                line("kept.md", "12"));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.get("kept.md")).isPresent();
        // and the journal was compacted to what was kept
        assertThat(Files.readAllLines(content.resolve(InputIndex.FILE_NAME), StandardCharsets.UTF_8)).hasSize(2);
    }

    @Test
    void aLineThatIsNotUtf8FailsAlone() throws Exception {
        InputIndex.open(content, SETTINGS, name -> true);
        Path journal = content.resolve(InputIndex.FILE_NAME);
        byte[] bad = line("bad\u00e9.md", "12").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bad, "{\"file\":\"bad".length() + 1); // the é cut in the middle
        Files.write(journal, cut, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(journal, "\n" + line("good.md", "12") + "\n", java.nio.file.StandardOpenOption.APPEND);

        InputIndex index = InputIndex.open(content, SETTINGS, name -> true);

        assertThat(index.get("good.md")).isPresent();
        assertThat(index.size()).isEqualTo(1);
    }
}
