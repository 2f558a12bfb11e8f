package dev.mekong.translate.memory;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Version;
import dev.mekong.translate.ChainTranslator;
import dev.mekong.translate.Translators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

class TranslationMemoryJournalTest {

    private static final String MORNING_TH = """
            {"hash":"e3522eadca07c950","src":"en","tgt":"th","engine":"deepl","glossary":"-","status":"machine","source":"Good morning.","target":"สวัสดีตอนเช้า"}
            """;
    private static final String MORNING_VI = """
            {"hash":"e3522eadca07c950","src":"en","tgt":"vi","engine":"human","glossary":"-","status":"reviewed","source":"Good morning.","target":"Chào buổi sáng."}
            """;
    private static final String RIVER_REJECTED = """
            {"hash":"0c365a6c41e0c917","src":"zh","tgt":"en","engine":"libretranslate","glossary":"3","status":"rejected","source":"河水上涨。","target":"output is in zh, not en"}
            """;
    /** Written by the memory before it became a journal: sorted, one line per key. */
    private static final String OLD_FORMAT = MORNING_TH + MORNING_VI + RIVER_REJECTED;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("translation-memory.jsonl");
    }

    @Test
    void aPutAppendsOneLineAndLeavesEveryEarlierByteAsItWas() throws Exception {
        Files.writeString(file(), OLD_FORMAT);
        byte[] before = Files.readAllBytes(file());
        TranslationMemory memory = TranslationMemory.open(file());

        memory.put(MemoryEntry.machine("Good night.", "en", "th", "deepl", "-", "ราตรีสวัสดิ์"));
        memory.put(MemoryEntry.machine("Good night.", "en", "th", "deepl", "-", "ราตรีสวัสดิ์"));

        byte[] after = Files.readAllBytes(file());
        assertThat(Arrays.copyOf(after, before.length)).isEqualTo(before);
        assertThat(new String(after, before.length, after.length - before.length, UTF_8)).isEqualTo("""
                {"hash":"bbc899f2b8d76af8","src":"en","tgt":"th","engine":"deepl","glossary":"-","status":"machine","source":"Good night.","target":"ราตรีสวัสดิ์"}
                """);
    }

    @Test
    void replayingTheJournalGivesTheLatestLineOfEachKey() throws Exception {
        Files.writeString(file(), """
                {"hash":"e3522eadca07c950","src":"en","tgt":"th","engine":"deepl","glossary":"-","status":"machine","source":"Good morning.","target":"สวัสดี"}
                {"hash":"e3522eadca07c950","src":"en","tgt":"vi","engine":"human","glossary":"-","status":"reviewed","source":"Good morning.","target":"Chào buổi sáng."}
                {"hash":"e3522eadca07c950","src":"en","tgt":"th","engine":"deepl","glossary":"-","status":"machine","source":"Good morning.","target":"สวัสดีตอนเช้า"}
                {"hash":"e3522eadca07c950","src":"en","tgt":"vi","engine":"human","glossary":"-","status":"reviewed","source":"Good morning.","target":"Xin chào buổi sáng."}
                """);

        TranslationMemory memory = TranslationMemory.open(file());

        assertThat(memory.size()).isEqualTo(2);
        assertThat(memory.machine("Good morning.", "en", "th", "deepl", "-")).get()
                .extracting(MemoryEntry::target).isEqualTo("สวัสดีตอนเช้า");
        assertThat(memory.reviewed("Good morning.", "en", "vi")).get()
                .extracting(MemoryEntry::target).isEqualTo("Xin chào buổi sáng.");
    }

    @Test
    void aReviewedEntryWinsOverAMachineLineWrittenAfterIt() throws Exception {
        Files.writeString(file(), """
                {"hash":"e3522eadca07c950","src":"en","tgt":"th","engine":"human","glossary":"-","status":"reviewed","source":"Good morning.","target":"อรุณสวัสดิ์"}
                {"hash":"e3522eadca07c950","src":"en","tgt":"th","engine":"pseudo","glossary":"-","status":"machine","source":"Good morning.","target":"[Ĝööđ ɱöŕñíñĝ. ~~~~]"}
                """);
        ChainTranslator translator = Translators.fromSettings(Map.of("mekong.translator", "pseudo"), Map.of(), dir, null);
        Article article = new Article("a", "a", 1, null, new Language("en", 0.99),
                new Metadata("Good morning.", null, null, null, null, null, null, null),
                List.of(Block.paragraph("Good morning.")), null, null);

        Version th = translator.translate(article, "th");

        assertThat(th.status()).isEqualTo(Version.REVIEWED);
        assertThat(th.title()).isEqualTo("อรุณสวัสดิ์");
        assertThat(th.blocks()).containsExactly(Block.paragraph("อรุณสวัสดิ์"));
    }

    @Test
    void aLastLineCutOffByAKillIsSkippedAndTheNextPutStartsOnALineOfItsOwn() throws Exception {
        // The write stopped inside 河, a three-byte character.
        int cut = RIVER_REJECTED.indexOf('河');
        byte[] torn = (RIVER_REJECTED.substring(0, cut) + "河").getBytes(UTF_8);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes((MORNING_TH + MORNING_VI).getBytes(UTF_8));
        content.write(torn, 0, torn.length - 2);
        Files.write(file(), content.toByteArray());

        TranslationMemory memory = TranslationMemory.open(file());
        assertThat(memory.size()).isEqualTo(2);
        assertThat(memory.rejected("河水上涨。", "zh", "en", "libretranslate", "3")).isEmpty();

        memory.put(MemoryEntry.machine("Good night.", "en", "th", "deepl", "-", "ราตรีสวัสดิ์"));

        TranslationMemory reloaded = TranslationMemory.open(file());
        assertThat(reloaded.size()).isEqualTo(3);
        assertThat(reloaded.machine("Good night.", "en", "th", "deepl", "-")).get()
                .extracting(MemoryEntry::target).isEqualTo("ราตรีสวัสดิ์");
        assertThat(reloaded.machine("Good morning.", "en", "th", "deepl", "-")).isPresent();
    }

    @Test
    void aCompactionCutOffByAKillLeavesTheJournalAsItWasAndNoTemporaryFile() throws Exception {
        Files.writeString(file(), OLD_FORMAT);
        Files.writeString(dir.resolve("translation-memory.jsonl8071632.tmp"), MORNING_TH + "{\"hash\":\"e35");

        TranslationMemory memory = TranslationMemory.open(file());

        assertThat(memory.size()).isEqualTo(3);
        assertThat(dir.toFile().list()).containsExactly("translation-memory.jsonl");
    }

    @Test
    void compactionWaitsUntilAQuarterOfTheFileFollowsItsSortedPartThenKeepsOnlyTheLatestLinesSorted() throws Exception {
        Files.writeString(file(), OLD_FORMAT);
        TranslationMemory memory = TranslationMemory.open(file());
        memory.put(MemoryEntry.machine("Good morning.", "en", "th", "deepl", "-", "สวัสดี"));
        String oneLineOfFourAppended = Files.readString(file());

        assertThat(memory.compactIfGrown()).isFalse();
        assertThat(Files.readString(file())).isEqualTo(oneLineOfFourAppended);

        memory.put(MemoryEntry.machine("Good morning.", "en", "th", "deepl", "-", "สวัสดีตอนเช้า"));
        assertThat(memory.compactIfGrown()).isTrue();

        assertThat(Files.readString(file())).isEqualTo(OLD_FORMAT);
        assertThat(TranslationMemory.open(file()).entries()).containsExactlyInAnyOrderElementsOf(memory.entries());
        assertThat(dir.toFile().list()).containsExactly("translation-memory.jsonl");

        memory.put(MemoryEntry.machine("Good night.", "en", "th", "deepl", "-", "ราตรีสวัสดิ์"));
        assertThat(Files.readString(file())).startsWith(OLD_FORMAT);
        assertThat(TranslationMemory.open(file()).size()).isEqualTo(4);
    }

    @Test
    void aJournalWrittenOutOfOrderIsSortedByTheNextCompaction() throws Exception {
        TranslationMemory memory = TranslationMemory.open(file());
        memory.put(MemoryEntry.rejected("河水上涨。", "zh", "en", "libretranslate", "3", "output is in zh, not en"));
        memory.put(MemoryEntry.reviewed("Good morning.", "en", "vi", "Chào buổi sáng."));
        memory.put(MemoryEntry.machine("Good morning.", "en", "th", "deepl", "-", "สวัสดีตอนเช้า"));
        assertThat(Files.readString(file())).isEqualTo(RIVER_REJECTED + MORNING_VI + MORNING_TH);

        TranslationMemory nextRun = TranslationMemory.open(file());
        assertThat(nextRun.machine("Good morning.", "en", "th", "deepl", "-")).isPresent();
        assertThat(nextRun.compactIfGrown()).isTrue();

        assertThat(Files.readString(file())).isEqualTo(OLD_FORMAT);
    }

    @Test
    void aMemoryIsReadAtItsFirstUseNotWhenOpened() throws Exception {
        Files.writeString(file(), MORNING_TH);
        TranslationMemory memory = TranslationMemory.open(file());

        Files.writeString(file(), MORNING_VI, java.nio.file.StandardOpenOption.APPEND);

        assertThat(memory.reviewed("Good morning.", "en", "vi")).get()
                .extracting(MemoryEntry::target).isEqualTo("Chào buổi sáng.");
        assertThat(memory.size()).isEqualTo(2);
    }

    @Test
    void aRunThatUsesNoTranslationLeavesAGrownJournalForTheNextRunThatDoes() throws Exception {
        String unsorted = RIVER_REJECTED + MORNING_VI + MORNING_TH;
        Files.writeString(file(), unsorted);

        assertThat(TranslationMemory.open(file()).compactIfGrown()).isFalse();
        assertThat(Files.readString(file())).isEqualTo(unsorted);

        TranslationMemory used = TranslationMemory.open(file());
        used.load();
        assertThat(used.compactIfGrown()).isTrue();
        assertThat(Files.readString(file())).isEqualTo(OLD_FORMAT);
    }

    @Test
    void aGrownJournalIsCompactedOnlyWhenAskedAndTranslatingNeverRewritesIt() throws Exception {
        String journal = OLD_FORMAT + """
                {"hash":"e3522eadca07c950","src":"en","tgt":"th","engine":"deepl","glossary":"-","status":"machine","source":"Good morning.","target":"สวัสดี"}
                """ + MORNING_TH;
        Files.writeString(file(), journal);
        ChainTranslator translator = Translators.fromSettings(Map.of("mekong.translator", "pseudo"), Map.of(), dir, null);
        Article article = new Article("a", "a", 1, null, new Language("en", 0.99),
                new Metadata("Good night.", null, null, null, null, null, null, null),
                List.of(Block.paragraph("Good night.")), null, null);

        translator.translate(article, "th");
        assertThat(Files.readString(file())).startsWith(journal);
        translator.newBuild();
        assertThat(Files.readString(file())).startsWith(journal);

        assertThat(translator.memory().compactIfGrown()).isTrue();

        List<String> compacted = Files.readAllLines(file());
        assertThat(compacted).hasSize(4).contains(MORNING_TH.strip(), MORNING_VI.strip(), RIVER_REJECTED.strip());
        assertThat(TranslationMemory.open(file()).entries())
                .containsExactlyInAnyOrderElementsOf(translator.memory().entries());
    }

    @Test
    void aFileWrittenBeforeTheJournalLoadsUnchangedAndIsNotRewritten() throws Exception {
        Files.writeString(file(), OLD_FORMAT);

        TranslationMemory memory = TranslationMemory.open(file());

        assertThat(memory.size()).isEqualTo(3);
        assertThat(memory.machine("Good morning.", "en", "th", "deepl", "-")).get()
                .extracting(MemoryEntry::target).isEqualTo("สวัสดีตอนเช้า");
        assertThat(memory.reviewed("Good morning.", "en", "vi")).get()
                .extracting(MemoryEntry::target).isEqualTo("Chào buổi sáng.");
        assertThat(memory.rejected("河水上涨。", "zh", "en", "libretranslate", "3")).get()
                .extracting(MemoryEntry::target).isEqualTo("output is in zh, not en");
        assertThat(memory.compactIfGrown()).isFalse();
        assertThat(Files.readString(file())).isEqualTo(OLD_FORMAT);
    }

    /**
     * A compacted memory with lines appended after it, as a build leaves it: the sorted part is searched on
     * disk, a later line still wins, a put of what the sorted part holds appends nothing, and listing or
     * compacting sees both parts.
     */
    @Test
    void theSortedPartIsSearchedWhereItLiesAndTheLinesAfterItWin() throws Exception {
        TranslationMemory first = compactedOf(500);
        first.put(MemoryEntry.machine("Segment 7.", "en", "th", "pseudo", "-", "ส่วนที่เจ็ด"));
        first.put(MemoryEntry.machine("Segment 7.", "en", "th", "deepl", "-", "เจ็ด"));
        long size = Files.size(file());

        TranslationMemory next = TranslationMemory.open(file());
        assertThat(next.machine("Segment 7.", "en", "th", "pseudo", "-")).get()
                .extracting(MemoryEntry::target).isEqualTo("ส่วนที่เจ็ด");
        assertThat(next.machine("Segment 499.", "en", "th", "pseudo", "-")).get()
                .extracting(MemoryEntry::target).isEqualTo("ส่วน 499");
        assertThat(next.machine("Segment 500.", "en", "th", "pseudo", "-")).isEmpty();
        assertThat(next.anyMachine("Segment 7.", "en", "th", "pseudo")).get()
                .extracting(MemoryEntry::target).isEqualTo("ส่วนที่เจ็ด");
        assertThat(next.anyMachine("Segment 7.", "en", "th", "deepl")).get()
                .extracting(MemoryEntry::target).isEqualTo("เจ็ด");
        assertThat(next.anyMachine("Segment 8.", "en", "th", "deepl")).get()
                .extracting(MemoryEntry::target).isEqualTo("ส่วน 8");

        next.put(MemoryEntry.machine("Segment 3.", "en", "th", "pseudo", "-", "ส่วน 3"));
        assertThat(Files.size(file())).as("the sorted part holds it already").isEqualTo(size);
        next.put(MemoryEntry.machine("Segment 3.", "en", "th", "pseudo", "-", "ส่วนที่สาม"));
        assertThat(next.machine("Segment 3.", "en", "th", "pseudo", "-")).get()
                .extracting(MemoryEntry::target).isEqualTo("ส่วนที่สาม");

        assertThat(next.size()).isEqualTo(501);
        assertThat(next.entries()).contains(MemoryEntry.machine("Segment 7.", "en", "th", "pseudo", "-", "ส่วนที่เจ็ด"))
                .doesNotContain(MemoryEntry.machine("Segment 7.", "en", "th", "pseudo", "-", "ส่วน 7"));
        next.compact();
        assertThat(TranslationMemory.open(file()).entries()).containsExactlyInAnyOrderElementsOf(next.entries());
        assertThat(Files.readAllLines(file())).hasSize(501);
    }

    /** A memory of segments "Segment 0." … (Thai "ส่วน 0" …), compacted: the whole file its sorted part. */
    private TranslationMemory compactedOf(int segments) throws Exception {
        TranslationMemory memory = TranslationMemory.open(file());
        for (int i = 0; i < segments; i++) {
            memory.put(MemoryEntry.machine("Segment " + i + ".", "en", "th", "pseudo", "-", "ส่วน " + i));
        }
        memory.compact();
        return memory;
    }

    /** A stopping pipeline interrupts its workers: one interrupted while it looks up leaves the file readable to all. */
    @Test
    void aLookupByAnInterruptedThreadLeavesTheSortedPartReadableToEveryOther() throws Exception {
        compactedOf(100);
        TranslationMemory memory = TranslationMemory.open(file());
        memory.load();

        ExecutorService worker = Executors.newSingleThreadExecutor();
        Future<String> interrupted = worker.submit(() -> {
            Thread.currentThread().interrupt();
            String target = memory.machine("Segment 42.", "en", "th", "pseudo", "-").orElseThrow().target();
            return target + (Thread.interrupted() ? " (still interrupted)" : "");
        });
        assertThat(interrupted.get()).isEqualTo("ส่วน 42 (still interrupted)");
        worker.shutdown();

        assertThat(memory.machine("Segment 7.", "en", "th", "pseudo", "-")).get()
                .extracting(MemoryEntry::target).isEqualTo("ส่วน 7");
    }

    @Test
    void putsFromSeveralThreadsAllSurviveAReload() throws Exception {
        TranslationMemory memory = TranslationMemory.open(file());
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    memory.put(MemoryEntry.machine("Segment " + thread + "." + i, "en", "th", "deepl", "-",
                            "ส่วน " + thread + "." + i));
                    // Every thread also rewrites one shared key: the last line written must be the value kept.
                    memory.put(MemoryEntry.machine("Headline.", "en", "th", "deepl", "-", "พาดหัว " + thread + "." + i));
                    if (i % 50 == 0) {
                        memory.sync();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        TranslationMemory reloaded = TranslationMemory.open(file());
        assertThat(reloaded.size()).isEqualTo(threads * perThread + 1);
        assertThat(reloaded.entries()).containsExactlyInAnyOrderElementsOf(memory.entries());
        assertThat(Files.readAllLines(file())).hasSize(threads * perThread * 2);
    }
}
