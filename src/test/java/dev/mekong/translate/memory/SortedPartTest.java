package dev.mekong.translate.memory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortedPartTest {

    private static final ObjectReader READER = new ObjectMapper().readerFor(MemoryEntry.class);

    @TempDir
    Path dir;

    private final List<String> damaged = new ArrayList<>();
    private final List<String> tail = new ArrayList<>();

    private static String line(String hash, String src, String tgt, String engine, String target) {
        return "{\"hash\":\"" + hash + "\",\"src\":\"" + src + "\",\"tgt\":\"" + tgt + "\",\"engine\":\"" + engine
                + "\",\"glossary\":\"-\",\"status\":\"machine\",\"source\":\"S" + hash + "\",\"target\":\"" + target + "\"}\n";
    }

    private static MemoryEntry key(String hash, String src, String tgt, String engine) {
        return new MemoryEntry(hash, src, tgt, engine, "-", null, null, null);
    }

    private SortedPart scan(String content) throws Exception {
        Path file = dir.resolve("memory.jsonl");
        Files.writeString(file, content);
        return SortedPart.scan(file, (text, ended) -> tail.add(text + (ended ? "⏎" : "")));
    }

    @Test
    void aLineAsTheMemoryWritesItGivesItsKeyAnyOtherNone() {
        byte[] written = line("e3522eadca07c950", "en", "th", "deepl", "สวัสดี").getBytes(UTF_8);
        assertThat(SortedPart.keyOf(written, written.length)).isEqualTo(key("e3522eadca07c950", "en", "th", "deepl"));

        for (String other : List.of(
                "{\"hash\": \"e3522eadca07c950\",\"src\":\"en\",\"tgt\":\"th\",\"engine\":\"deepl\",\"glossary\":\"-\",\"status\":\"machine\"}",
                "{\"src\":\"en\",\"hash\":\"e3522eadca07c950\",\"tgt\":\"th\",\"engine\":\"deepl\",\"glossary\":\"-\",\"status\":\"machine\"}",
                "{\"hash\":\"e3522eadca07c950\",\"src\":\"en\",\"tgt\":\"th\",\"engine\":\"de\\\"epl\",\"glossary\":\"-\",\"status\":\"machine\"}",
                "{\"hash\":\"e3522eadca07c950\",\"src\":\"en\",\"tgt\":\"th\",\"engine\":\"deepl\",\"glossary\":\"-\"}",
                "{\"hash\":\"e3522eadca07c950\",\"src\":\"en\",\"tgt\":\"th\",\"engine\":\"deepl\"",
                "")) {
            byte[] bytes = other.getBytes(UTF_8);
            assertThat(SortedPart.keyOf(bytes, bytes.length)).as(other).isNull();
        }
    }

    @Test
    void theSortedPartEndsAtTheFirstLineOutOfOrderOrNotAsTheMemoryWritesIt() throws Exception {
        String a = line("00aa", "en", "th", "deepl", "A");
        String b = line("00bb", "en", "th", "deepl", "B");
        String c = line("00cc", "en", "vi", "deepl", "C");
        try (SortedPart part = scan(a + b + c + a + "\n" + b.strip())) {
            assertThat(part.lines()).isEqualTo(3);
            assertThat(tail).containsExactly(a.strip() + "⏎", "⏎", b.strip());
        }
        tail.clear();
        try (SortedPart part = scan(a + "{ \"hash\":\"00bb\"}\n" + c)) {
            assertThat(part.lines()).isEqualTo(1);
            assertThat(tail).containsExactly("{ \"hash\":\"00bb\"}⏎", c.strip() + "⏎");
        }
        tail.clear();
        try (SortedPart part = scan(a + a)) {
            assertThat(part.lines()).as("strictly in order: a key twice ends it").isEqualTo(1);
        }
        tail.clear();
        try (SortedPart part = scan(a + b.strip())) {
            assertThat(part.lines()).as("a last line without its newline (cut off) is not in it").isEqualTo(1);
            assertThat(tail).containsExactly(b.strip());
        }
    }

    @Test
    void everyLineIsFoundByBisectionAndAKeyBetweenThemIsNot() throws Exception {
        StringBuilder content = new StringBuilder();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String hash = String.format("%04x", i * 2 + 1);
            hashes.add(hash);
            content.append(line(hash, "en", "th", "pseudo", "T" + i));
        }
        try (SortedPart part = scan(content.toString())) {
            assertThat(part.lines()).isEqualTo(1000);
            for (int i = 0; i < 1000; i++) {
                MemoryEntry found = part.find(key(hashes.get(i), "en", "th", "pseudo"), READER, damaged::add);
                assertThat(found).isEqualTo(new MemoryEntry(hashes.get(i), "en", "th", "pseudo", "-", "machine",
                        "S" + hashes.get(i), "T" + i));
                assertThat(part.find(key(String.format("%04x", i * 2), "en", "th", "pseudo"), READER, damaged::add)).isNull();
            }
            assertThat(part.find(key("ffff", "en", "th", "pseudo"), READER, damaged::add)).isNull();
            assertThat(part.find(key("0001", "en", "th", "deepl"), READER, damaged::add)).isNull();
            assertThat(part.find(key("0001", "en", "vi", "pseudo"), READER, damaged::add)).isNull();
        }
        assertThat(damaged).isEmpty();
    }

    @Test
    void aSegmentsEntriesOfEveryEngineAreFoundTogether() throws Exception {
        String content = line("00aa", "en", "th", "pseudo", "X") + line("00bb", "en", "th", "deepl", "B1")
                + line("00bb", "en", "th", "openai", "B2") + line("00bb", "en", "th", "pseudo", "B3")
                + line("00cc", "en", "th", "deepl", "Y") + line("00bb", "en", "vi", "deepl", "Z");
        List<String> targets = new ArrayList<>();
        try (SortedPart part = scan(content)) {
            part.forEachOfSegment("00bb", "en", "th", READER, damaged::add, e -> targets.add(e.target()));
        }
        assertThat(targets).containsExactly("B1", "B2", "B3");
    }

    @Test
    void aFileRewrittenInPlaceSinceTheScanIsAnErrorNotAWrongAnswer() throws Exception {
        String a = line("00aa", "en", "th", "deepl", "A");
        String b = line("00bb", "en", "th", "deepl", "B");
        try (SortedPart part = scan(a + b + line("00cc", "en", "th", "deepl", "C"))) {
            Files.writeString(dir.resolve("memory.jsonl"), b.replace("{\"hash\"", "{ \"hash\"") + a + a);
            assertThatThrownBy(() -> part.find(key("00aa", "en", "th", "deepl"), READER, damaged::add))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining("changed since the file was read");
        }
    }

    @Test
    void aLineDamagedAfterItsKeyIsToldAndNotFoundWhileTheOthersAre() throws Exception {
        String broken = line("00bb", "en", "th", "deepl", "B").replace(",\"target\"", ",\"target");
        String empty = line("00cc", "en", "th", "deepl", " ");
        try (SortedPart part = scan(line("00aa", "en", "th", "deepl", "A") + broken + empty + line("00dd", "en", "th", "deepl", "D"))) {
            assertThat(part.lines()).isEqualTo(4);
            assertThat(part.find(key("00bb", "en", "th", "deepl"), READER, damaged::add)).isNull();
            assertThat(part.find(key("00cc", "en", "th", "deepl"), READER, damaged::add)).isNull();
            assertThat(part.find(key("00aa", "en", "th", "deepl"), READER, damaged::add)).extracting(MemoryEntry::target).isEqualTo("A");
            assertThat(part.find(key("00dd", "en", "th", "deepl"), READER, damaged::add)).extracting(MemoryEntry::target).isEqualTo("D");
            List<String> all = new ArrayList<>();
            part.forEach(READER, damaged::add, e -> all.add(e.target()));
            assertThat(all).containsExactly("A", "D");
        }
        assertThat(damaged).containsExactly("line 2: not a memory entry", "line 3: an empty translation",
                "line 2: not a memory entry", "line 3: an empty translation");
    }
}
