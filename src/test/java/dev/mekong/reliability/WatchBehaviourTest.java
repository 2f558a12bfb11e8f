package dev.mekong.reliability;

import dev.mekong.model.Article;
import dev.mekong.pipeline.Pipeline;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guarantees 3 and 4 on one running watch: a slow writer's file is read once, complete; a file renamed in
 * is read once; an edited file updates its article (same id and URL, new text, next revision); the same
 * bytes under another name are a duplicate (archived, reported, not published twice). Guarantee 6's last
 * part too: article metadata never becomes a Camel header.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WatchBehaviourTest {

    private static final Duration DEADLINE = Duration.ofMinutes(2);
    /** mekong.read-lock-quiet-period in application.properties. */
    private static final long QUIET_PERIOD_MILLIS = 800;
    private static final String LAST_PARAGRAPH = "The last paragraph, written last: the district office said the new "
            + "shelter would be inspected again before the next rainy season begins in the spring.";

    @TempDir
    static Path work;

    private Workspace ws;
    private Pipeline pipeline;
    /** Every header name and value any exchange carried when it was done. */
    private final Map<String, String> headers = new ConcurrentHashMap<>();
    /** The lines watch prints, one per input handled. */
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startWatch() throws Exception {
        ws = new Workspace(work);
        pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders(), lines::add);
        assertThat(pipeline.awaitBuilt(2, TimeUnit.MINUTES)).isTrue();
        new NotifyBuilder(pipeline.context()).whenAnyDoneMatches(exchange -> {
            exchange.getIn().getHeaders().forEach((k, v) -> headers.merge(k, String.valueOf(v), (a, b) -> a + "\n" + b));
            return false;
        }).create();
    }

    @AfterAll
    void stopWatch() throws Exception {
        pipeline.close();
    }

    @Test
    void aSlowWriterIsReadOnceWhenItIsDone() throws Exception {
        String name = "slow-writer.txt";
        byte[] whole = Inputs.article(501, LAST_PARAGRAPH);
        Path file = ws.inbox.resolve(name);
        int chunks = 20;
        int size = whole.length / chunks + 1;
        long started = System.nanoTime();
        long last = started;
        long longestGapMillis = 0;
        for (int i = 0; i < chunks; i++) {
            int from = i * size;
            Files.write(file, java.util.Arrays.copyOfRange(whole, Math.min(from, whole.length), Math.min(from + size, whole.length)),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            long now = System.nanoTime();
            longestGapMillis = Math.max(longestGapMillis, (now - last) / 1_000_000);
            last = now;
            Thread.sleep(150); // the writer's own pace (well inside the 800 ms quiet period), not a synchroniser
        }
        long writingMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("slow writer: %d chunks over %d ms, longest pause %d ms%n", chunks, writingMillis, longestGapMillis);
        // a writer that stops for longer than the quiet period has, by contract, finished its file
        org.junit.jupiter.api.Assumptions.assumeTrue(longestGapMillis < QUIET_PERIOD_MILLIS,
                "the machine stalled the writer for " + longestGapMillis + " ms");

        Article a = awaitRecord(name, 1);
        assertThat(a.source().size()).as("bytes read").isEqualTo(whole.length);
        assertThat(a.blocks().get(a.blocks().size() - 1).plainText()).isEqualTo(LAST_PARAGRAPH);
        awaitArchived(name, 1);
        assertThat(publishedCount(name)).isEqualTo(1);
    }

    @Test
    void aFileRenamedIntoTheInboxIsReadOnce() throws Exception {
        String name = "renamed-in.txt";
        Path outside = Files.write(ws.staging.resolve(name), Inputs.article(502));
        Files.setLastModifiedTime(outside, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.move(outside, ws.inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);

        assertThat(awaitRecord(name, 1).revision()).isEqualTo(1);
        awaitArchived(name, 1);
        assertThat(publishedCount(name)).isEqualTo(1);
    }

    @Test
    void theSameNameWithNewContentUpdatesTheArticle() throws Exception {
        String name = "edited.txt";
        ws.drop(name, Inputs.article(503));
        Article first = awaitRecord(name, 1);
        // the first file must have left the inbox before its successor takes its name: dropped earlier, the
        // edit would replace it while it is being archived, and be archived unread
        awaitArchived(name, 1);
        ws.drop(name, Inputs.article(503, "Correction: the shelter holds three hundred families, not two hundred."));
        Article second = awaitRecord(name, 2);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.slug()).isEqualTo(first.slug());
        assertThat(second.source().sha256()).isNotEqualTo(first.source().sha256());
        assertThat(second.blocks().get(second.blocks().size() - 1).plainText()).startsWith("Correction:");
        assertThat(ws.records().stream().filter(a -> a.source().fileName().equals(name))).hasSize(1);
        awaitArchived(name, 2);
        Path page = ws.page(second, "en");
        Await.until(DEADLINE, "the page to show the correction", () -> read(page).contains("Correction: the shelter"));
        assertThat(lines).containsSubsequence("published " + name, "updated " + name + " (revision 2)");
    }

    @Test
    void aBadInputIsToldWithItsReason() {
        ws.drop("empty-drop.txt", new byte[0]);
        Await.until(DEADLINE, () -> "a line about empty-drop.txt; lines " + lines,
                () -> lines.contains("quarantined empty-drop.txt: the file is empty"));
        // the line is told when the input is rejected; the file consumer moves it once the exchange is done
        Await.until(DEADLINE, "empty-drop.txt to be in the quarantine", () -> Files.exists(ws.quarantine.resolve("empty-drop.txt")));
    }

    @Test
    void theSameContentUnderAnotherNameIsADuplicate() throws Exception {
        ws.drop("original.txt", Inputs.article(504));
        Article original = awaitRecord("original.txt", 1);
        ws.drop("copy-of-original.txt", Inputs.article(504));

        awaitArchived("copy-of-original.txt", 1);
        assertThat(ws.records().stream().filter(a -> a.source().sha256().equals(original.source().sha256()))).hasSize(1);
        assertThat(pipeline.runLog().duplicates()).anySatisfy(d -> {
            assertThat(d.fileName()).isEqualTo("copy-of-original.txt");
            assertThat(d.originalFileName()).isEqualTo("original.txt");
            assertThat(d.originalId()).isEqualTo(original.id());
        });
        assertThat(pipeline.runLog().warnings()).contains(
                "copy-of-original.txt: duplicate of original.txt (article " + original.id() + ", same content); not published again");
        assertThat(pipeline.runLog().failures()).noneMatch(f -> f.fileName().equals("copy-of-original.txt"));
        assertThat(ws.quarantine.resolve("copy-of-original.txt")).doesNotExist();
        assertThat(lines).contains("published original.txt", "copy-of-original.txt: duplicate of original.txt (article "
                + original.id() + ", same content); not published again");

        // the same file dropped again is no duplicate of itself: same article, nothing new
        ws.drop("original.txt", Inputs.article(504));
        awaitArchived("original.txt", 2);
        assertThat(awaitRecord("original.txt", 1).id()).isEqualTo(original.id());
    }

    @Test
    void articleMetadataNeverBecomesACamelHeader() throws Exception {
        String title = "${sys:user.home} {{mekong.site}} ${header.CamelFileName} <#assign x=1>";
        String text = "Home > News\n\n" + title + "\n\nBy Mai Tran | March 3, 2025 08:30\n\n"
                + new String(Inputs.article(505), StandardCharsets.UTF_8).lines().skip(6).reduce("", (a, b) -> a + b + "\n");
        ws.drop("metadata-probe.txt", text.getBytes(StandardCharsets.UTF_8));
        Article a = awaitRecord("metadata-probe.txt", 1);
        assertThat(a.title()).isEqualTo(title);
        Await.until(DEADLINE, "the probe's page", () -> Files.exists(ws.page(a, "en")) && read(ws.page(a, "en")).contains("Report 505."));

        assertThat(headers).isNotEmpty();
        assertThat(headers.keySet()).allSatisfy(k -> assertThat(k).startsWith("Camel"));
        assertThat(headers.values()).noneSatisfy(v -> assertThat(v).contains("sys:user.home"));
        assertThat(headers.values()).noneSatisfy(v -> assertThat(v).contains("Mai Tran"));
        assertThat(read(ws.page(a, "en"))).contains("${sys:user.home} {{mekong.site}} ${header.CamelFileName} &lt;#assign x=1&gt;");
    }

    private Article awaitRecord(String fileName, int revision) {
        Await.until(DEADLINE, () -> fileName + " at revision " + revision + "; saw " + seen(fileName),
                () -> record(fileName).filter(a -> a.revision() == revision).isPresent());
        return record(fileName).orElseThrow();
    }

    /** What a failed wait saw of one input: its record, where its files are, what the watch said. */
    private String seen(String fileName) {
        return "record " + record(fileName).map(a -> "revision " + a.revision() + ", sha256 " + a.source().sha256()).orElse("none")
                + "; in the inbox " + Files.exists(ws.inbox.resolve(fileName))
                + "; archived " + ws.archivedNames().stream().filter(fileName::equals).count() + " time(s)"
                + "; watch said " + lines.stream().filter(l -> l.contains(fileName)).toList()
                + "; failures " + pipeline.runLog().failures();
    }

    private Optional<Article> record(String fileName) {
        return ws.records().stream().filter(a -> a.source().fileName().equals(fileName)).findFirst();
    }

    private void awaitArchived(String fileName, int copies) {
        Await.until(DEADLINE, () -> fileName + " archived " + copies + " time(s); saw " + seen(fileName),
                () -> ws.archivedNames().stream().filter(fileName::equals).count() == copies && !Files.exists(ws.inbox.resolve(fileName)));
    }

    private long publishedCount(String fileName) {
        return pipeline.runLog().published().stream().filter(fileName::equals).count();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

}
