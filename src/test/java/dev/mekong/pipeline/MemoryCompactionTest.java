package dev.mekong.pipeline;

import dev.mekong.translate.memory.MemoryEntry;
import dev.mekong.translate.memory.TranslationMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryCompactionTest {

    private static final MemoryEntry NIGHT = MemoryEntry.machine("Good night.", "en", "th", "deepl", "-", "ราตรีสวัสดิ์");
    private static final MemoryEntry MORNING = MemoryEntry.machine("Good morning.", "en", "th", "deepl", "-", "สวัสดี");
    private static final MemoryEntry MORNING_AGAIN =
            MemoryEntry.machine("Good morning.", "en", "th", "deepl", "-", "สวัสดีตอนเช้า");

    @TempDir
    Path dir;

    /** A journal of these entries in this order, as a run that translated them leaves it. */
    private Path journal(MemoryEntry... entries) {
        Path file = dir.resolve("translation-memory.jsonl");
        TranslationMemory memory = TranslationMemory.open(file);
        for (MemoryEntry entry : entries) {
            memory.put(entry);
        }
        return file;
    }

    private static void compactBesideAndStop(TranslationMemory memory) {
        MemoryCompaction compaction = new MemoryCompaction(memory);
        compaction.start();
        compaction.startIfGrown();
        compaction.stop();
    }

    @Test
    void aGrownJournalIsCompactedInTheBackgroundAndStoppingWaitsForIt() throws Exception {
        Path file = journal(NIGHT, MORNING, MORNING_AGAIN);
        TranslationMemory used = TranslationMemory.open(file);
        used.load();

        compactBesideAndStop(used);

        assertThat(Files.readAllLines(file)).hasSize(2)
                .noneMatch(line -> line.contains("\"target\":\"สวัสดี\""));
        Path again = dir.resolve("again.jsonl");
        Files.copy(file, again);
        TranslationMemory.open(again).compact();
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(again));
    }

    @Test
    void aMemoryThisRunNeverReadIsLeftAsItIs() throws Exception {
        Path file = journal(NIGHT, MORNING, MORNING_AGAIN);
        byte[] unsorted = Files.readAllBytes(file);

        compactBesideAndStop(TranslationMemory.open(file));

        assertThat(Files.readAllBytes(file)).isEqualTo(unsorted);
    }
}
