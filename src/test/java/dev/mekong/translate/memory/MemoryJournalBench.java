package dev.mekong.translate.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures how the translation memory file is written during a build: entries are put one article at a
 * time, four target languages per article, with what the translator does after each article and language:
 * <ul>
 * <li>{@code rewrite}: the whole file rewritten, sorted, as the memory did before it became a journal
 * (quadratic: run on fewer articles);
 * <li>{@code journal+fsync}: the entry appended and forced to disk, as after a paid engine;
 * <li>{@code journal}: the entry appended only, as after a local engine.
 * </ul>
 * Each run ends as a build does, with {@link TranslationMemory#compactIfGrown()}. Prints the time, the bytes
 * the process handed to write calls, and the file's size.
 * Run: {@code java -cp target/classes:target/test-classes:DEPS dev.mekong.translate.memory.MemoryJournalBench
 * [ARTICLES [REWRITE_ARTICLES [DIR]]]} (default 10000 and 1000 articles, in a temporary folder).
 */
public final class MemoryJournalBench {

    private static final List<String> TARGETS = List.of("zh", "en", "vi", "th");

    private MemoryJournalBench() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rewriteArticles = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("memory-bench");
        run("rewrite", rewriteArticles, dir, TranslationMemory::compact);
        run("journal+fsync", rewriteArticles, dir, TranslationMemory::sync);
        run("journal", rewriteArticles, dir, memory -> { });
        run("journal+fsync", articles, dir, TranslationMemory::sync);
        run("journal", articles, dir, memory -> { });
    }

    /** What the translator does after an article's translation into one language. */
    private interface AfterEachLanguage {
        void accept(TranslationMemory memory) throws IOException;
    }

    private static void run(String mode, int articles, Path dir, AfterEachLanguage afterEachLanguage)
            throws IOException {
        Path file = dir.resolve(mode + "-" + articles + ".jsonl");
        Files.deleteIfExists(file);
        TranslationMemory memory = TranslationMemory.open(file);
        long writtenBefore = bytesWritten();
        long start = System.nanoTime();
        for (int a = 0; a < articles; a++) {
            String source = "ពិធីបុណ្យអុំទូក " + a + ": the council approved the river festival budget, "
                    + "with boats from every province expected on the Mekong this weekend.";
            for (String target : TARGETS) {
                memory.put(MemoryEntry.machine(source, "km", target, "deepl", MemoryEntry.NO_GLOSSARY,
                        target + " " + a + ": the council approved the budget for the water festival; boats "
                                + "from every province are expected on the river this weekend."));
                afterEachLanguage.accept(memory);
            }
        }
        memory.compactIfGrown();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long written = bytesWritten() - writtenBefore;
        System.out.printf("%-13s %6d articles %7d entries %8d ms  %,16d bytes written  %,12d bytes on disk%n",
                mode, articles, articles * TARGETS.size(), millis, written, Files.size(file));
    }

    /** Bytes this process has handed to write calls so far (Linux), or -1 where that is not known. */
    private static long bytesWritten() throws IOException {
        Path io = Path.of("/proc/self/io");
        if (!Files.isReadable(io)) {
            return -1;
        }
        for (String line : Files.readAllLines(io)) {
            if (line.startsWith("wchar:")) {
                return Long.parseLong(line.substring("wchar:".length()).strip());
            }
        }
        return -1;
    }
}
