package dev.mekong.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantee 1: SIGKILL at any point loses nothing and publishes nothing twice. 200 inputs are dropped, and
 * the real application ({@code watch}, its own JVM) is killed with SIGKILL four times at different points:
 * while an input is being picked up and read, while an article is being translated, while records are
 * being stored, and while the site is being rendered. The last start runs to the end; then every input
 * has exactly one record, exactly one archived copy and exactly one page per language, and no temporary
 * or half-assembled file is left anywhere.
 */
@Tag("slow")
class CrashSafetyTest {

    private static final int FILES = 200;
    private static final Duration START_AND_REACH = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void everyInputIsPublishedExactlyOnceWhateverPointTheProcessIsKilledAt() throws IOException {
        Workspace ws = new Workspace(work);
        List<String> names = IntStream.rangeClosed(1, FILES).mapToObj(Inputs::name).toList();
        for (int i = 1; i <= FILES; i++) {
            ws.drop(Inputs.name(i), Inputs.article(i));
        }
        List<String> kills = new ArrayList<>();

        // 1. reading: the 40th input of this run is picked up (read lock taken) and is about to be read
        killWhenPaused(ws, "article@40", kills);
        // 2. translating: the 50th article of this run is inside the translate route
        killWhenPaused(ws, "translate@50", kills);
        // 3. storing: records are being written one after another
        try (MekongProcess p = MekongProcess.start("watch", ws, Map.of())) {
            Await.until(START_AND_REACH, () -> "150 records; have " + ws.recordCount() + "\n" + p.tail(),
                    () -> ws.recordCount() >= 150);
            p.kill();
            kills.add("store (" + ws.recordCount() + " records)");
        }
        assertConsistentAfterCrash(ws);
        // 4. rendering: a new site generation is being assembled beside the live one. Another site title makes
        // this start's render a whole new generation: the runs above may have rendered the site already
        // (whether one got that far is a matter of timing), and a watch updates a site it has in place.
        boolean midRender;
        try (MekongProcess p = MekongProcess.start("watch", ws, Map.of("mekong.site.title", "Crash-tested news"))) {
            Await.until(START_AND_REACH, () -> "a render to start\n" + p.tail(), () -> unfinishedGeneration(ws) != null);
            p.kill();
            Path unfinished = unfinishedGeneration(ws);
            midRender = unfinished != null;
            kills.add("render (" + (midRender ? "killed with " + Workspace.files(unfinished).size()
                    + " files of the new generation written" : "just after the switch") + ")");
        }
        assertConsistentAfterCrash(ws);

        // the last run: no kill, stopped gracefully once everything is published
        try (MekongProcess p = MekongProcess.start("watch", ws, Map.of())) {
            Await.until(START_AND_REACH, () -> "all published; records " + ws.recordCount() + ", inbox " + ws.inboxCount()
                    + "\n" + p.tail(), () -> ws.inboxCount() == 0 && ws.recordCount() == FILES && allPagesPresent(ws));
            p.terminate();
            p.awaitExit(Duration.ofMinutes(2));
        }

        List<Article> records = ws.records();
        Map<String, Long> recordsPerInput = records.stream()
                .collect(Collectors.groupingBy(a -> a.source().fileName(), Collectors.counting()));
        Map<String, Long> archivedPerInput = ws.archivedNames().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> lost = names.stream().filter(n -> !recordsPerInput.containsKey(n)).toList();
        long duplicated = recordsPerInput.values().stream().filter(c -> c > 1).count()
                + archivedPerInput.values().stream().filter(c -> c > 1).count();
        System.out.printf("crash safety: %d files, %d kills survived (%s), %d lost, %d duplicated%n",
                FILES, kills.size(), String.join("; ", kills), lost.size(), duplicated);

        assertThat(kills).hasSize(4);
        assertThat(lost).as("inputs without a record").isEmpty();
        assertThat(recordsPerInput).hasSize(FILES).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1));
        assertThat(archivedPerInput.keySet()).containsExactlyInAnyOrderElementsOf(names);
        assertThat(archivedPerInput).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1));
        assertThat(records).allSatisfy(a -> assertThat(a.revision()).as(a.source().fileName()).isEqualTo(1));
        assertThat(ws.inboxCount()).isZero();
        assertThat(Workspace.files(ws.quarantine)).isEmpty();

        // one page per article per language, and no other article page
        Map<String, Integer> pages = new HashMap<>();
        for (String language : Workspace.LANGUAGES) {
            pages.put(language, Workspace.files(ws.site.resolve(language).resolve("articles")).size());
        }
        assertThat(pages).allSatisfy((language, count) -> assertThat(count).as(language).isEqualTo(FILES));
        for (Article a : records) {
            String text = Files.readString(ws.page(a, "en"), StandardCharsets.UTF_8);
            assertThat(text).as(a.source().fileName()).contains("Report " + Integer.parseInt(a.source().fileName().replaceAll("\\D", "")) + ".");
        }
        assertThat(ws.leftovers()).as("temporary or half-written files").isEmpty();
        assertThat(unfinishedGeneration(ws)).as("unfinished site generation").isNull();
        assertThat(ws.generations()).as("live and previous generation only").hasSizeLessThanOrEqualTo(2);
    }

    /**
     * The same guarantee for a kept inbox ({@code build}) with several workers: killed while articles are
     * processed four at a time, the content folder's journal of inputs ({@code inputs.jsonl}) names only
     * records that are stored, from exactly the bytes it names; the next build publishes every input once,
     * and the one after reads nothing.
     */
    @Test
    void aKeptInboxBuildKilledWithWorkersInFlightLosesNothing() throws IOException {
        Workspace ws = new Workspace(work);
        int files = 120;
        for (int i = 1; i <= files; i++) {
            ws.drop(Inputs.name(i), Inputs.article(i));
        }
        Map<String, String> fourWorkers = Map.of("mekong.workers", "4");
        try (MekongProcess p = MekongProcess.start("build", ws, fourWorkers)) {
            Await.until(START_AND_REACH, () -> "40 records; have " + ws.recordCount() + "\n" + p.tail(),
                    () -> ws.recordCount() >= 40);
            p.kill();
        }
        long stored = ws.recordCount();
        List<Map<String, Object>> entries = inputEntries(ws);
        Map<String, Article> byId = ws.records().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        System.out.printf("kept inbox: killed with %d records stored and %d inputs journaled%n", stored, entries.size());
        assertThat(entries).as("journal entries written only after their record").allSatisfy(entry -> {
            Article record = byId.get((String) entry.get("article"));
            assertThat(record).as("record of " + entry).isNotNull();
            assertThat(record.source().sha256()).isEqualTo(entry.get("sha256"));
            assertThat(record.source().fileName()).isEqualTo(entry.get("file"));
        });
        assertThat(ws.inboxCount()).as("a build never moves inputs").isEqualTo(files);

        try (MekongProcess p = MekongProcess.start("build", ws, fourWorkers)) {
            assertThat(p.awaitExit(START_AND_REACH)).as(p.tail()).isZero();
        }
        assertThat(ws.records()).hasSize(files).allSatisfy(a -> assertThat(a.revision()).isEqualTo(1));
        assertThat(inputEntries(ws).stream().map(e -> e.get("file")).distinct()).hasSize(files);
        for (String language : Workspace.LANGUAGES) {
            assertThat(Workspace.files(ws.site.resolve(language).resolve("articles"))).as(language).hasSize(files);
        }
        assertThat(ws.leftovers()).as("temporary or half-written files").isEmpty();

        try (MekongProcess p = MekongProcess.start("build", ws, fourWorkers)) {
            assertThat(p.awaitExit(START_AND_REACH)).as(p.tail()).isZero();
            assertThat(p.output()).contains("inputs: " + files + " read: 0 published, 0 quarantined, 0 duplicates skipped; "
                    + files + " unchanged");
        }
    }

    /** The entries of content/inputs.jsonl (its first line holds the settings), a line cut by the kill left out. */
    private static List<Map<String, Object>> inputEntries(Workspace ws) throws IOException {
        Path journal = ws.content.resolve("inputs.jsonl");
        List<Map<String, Object>> entries = new ArrayList<>();
        if (!Files.exists(journal)) {
            return entries;
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            try {
                entries.add(ArticleStore.json().readValue(line, new TypeReference<Map<String, Object>>() { }));
            } catch (JsonProcessingException cutByTheKill) {
                assertThat(line).as("only the last line may be cut").isEqualTo(lines.get(lines.size() - 1));
            }
        }
        return entries;
    }

    /** Starts a watch that holds one input at a step, and kills it there. */
    private static void killWhenPaused(Workspace ws, String pauseAt, List<String> kills) throws IOException {
        Path pauseDir = Files.createTempDirectory(ws.root, "pause-");
        try (MekongProcess p = MekongProcess.start("watch", ws,
                Map.of("mekong.test.pause-at", pauseAt, "mekong.test.pause-dir", pauseDir.toString()))) {
            Path paused = pauseDir.resolve("paused");
            Await.until(START_AND_REACH, () -> "the pause at " + pauseAt + "\n" + p.tail(), () -> Files.exists(paused));
            String held = Files.readString(paused, StandardCharsets.UTF_8);
            p.kill();
            assertThat(ws.inbox.resolve(held)).as("the input held at " + pauseAt + " is still in the inbox").exists();
            kills.add(pauseAt.replace("article", "read") + " (" + held + ")");
        }
        assertConsistentAfterCrash(ws);
    }

    /**
     * What must hold the moment after a SIGKILL, before any recovery: every record is whole JSON, every
     * input is either still in the inbox or archived, and the live site (if any) is a complete generation.
     */
    private static void assertConsistentAfterCrash(Workspace ws) throws IOException {
        List<Article> records = ws.records(); // throws on a half-written record
        assertThat(records).allSatisfy(a -> assertThat(a.source()).isNotNull());
        long archived = ws.archivedNames().size();
        assertThat(archived + ws.inboxCount()).as("archived + still in the inbox").isEqualTo(FILES);
        Path live = ws.liveGeneration();
        if (live != null) {
            Document sitemap = Jsoup.parse(dev.mekong.site.SiteFiles.sitemap(live), "", org.jsoup.parser.Parser.xmlParser());
            for (var loc : sitemap.select("loc")) {
                String path = loc.text().replaceFirst("^https?://[^/]+/", "");
                Path page = live.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                assertThat(page).as("page listed in the live sitemap").exists();
            }
        }
    }

    /** A site generation numbered above the live one: one that was being assembled. */
    private static Path unfinishedGeneration(Workspace ws) {
        Path live = ws.liveGeneration();
        long liveNumber = live == null ? 0 : Long.parseLong(live.getFileName().toString());
        return ws.generations().stream()
                .filter(g -> Long.parseLong(g.getFileName().toString()) > liveNumber)
                .findFirst().orElse(null);
    }

    private static boolean allPagesPresent(Workspace ws) {
        List<Article> records = ws.records();
        return records.size() == FILES && records.stream().allMatch(a -> Files.exists(ws.page(a, "en")) && Files.exists(ws.page(a, "th")));
    }
}
