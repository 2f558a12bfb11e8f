package dev.mekong.reliability;

import dev.mekong.ingest.Quarantine;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.pipeline.CrashRecovery;
import dev.mekong.pipeline.DuplicateGate;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import dev.mekong.pipeline.InstanceLock;
import dev.mekong.pipeline.RunLog;
import dev.mekong.site.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a restart finds and cleans after a kill, the instance lock, and duplicate recognition in the store. */
class RecoveryTest {

    @TempDir
    Path work;

    @Test
    void aRestartDeletesTemporaryFilesAndUnfinishedGenerationsAndKeepsEverythingPublished() throws IOException {
        ArticleStore store = new ArticleStore(work.resolve("content"));
        store.save(article("a.txt", "aa"));
        Path records = work.resolve("content/articles");
        Files.writeString(records.resolve(".0123456789ab.json.tmp"), "{\"half\":");
        Path media = Files.createDirectories(work.resolve("content/media"));
        Files.writeString(media.resolve(".media-4711.tmp"), "half an image");
        Path quarantineDir = Files.createDirectories(work.resolve("quarantine"));
        Files.writeString(quarantineDir.resolve(".bad.txt.reason.txt.tmp"), "file: bad");
        Files.writeString(quarantineDir.resolve("old.txt.reason.txt"), "reason: kept");
        Path generations = Files.createDirectories(work.resolve(".site-generations"));
        for (String g : List.of("00000001", "00000002", "00000003")) {
            Files.writeString(Files.createDirectories(generations.resolve(g)).resolve("index.html"), g);
        }
        Path site = work.resolve("site");
        Files.createSymbolicLink(site, work.relativize(generations.resolve("00000002")));
        Files.createSymbolicLink(work.resolve(".site.switch"), work.relativize(generations.resolve("00000003")));

        CrashRecovery.Report report = CrashRecovery.recover(store, new Quarantine(quarantineDir, Clock.systemUTC()), site);

        assertThat(report.records()).isEqualTo(1);
        assertThat(report.media()).isEqualTo(1);
        assertThat(media.resolve(".media-4711.tmp")).doesNotExist();
        assertThat(report.reasons()).isEqualTo(1);
        assertThat(report.generations()).containsExactly(generations.resolve("00000003"));
        assertThat(Workspace.files(records)).extracting(p -> p.getFileName().toString()).allMatch(n -> !n.startsWith("."));
        assertThat(store.all()).hasSize(1);
        assertThat(quarantineDir.resolve("old.txt.reason.txt")).exists();
        assertThat(generations.resolve("00000001")).exists();
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("00000002");
        assertThat(Files.exists(work.resolve(".site.switch"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(CrashRecovery.recover(store, new Quarantine(quarantineDir, Clock.systemUTC()), site).isEmpty()).isTrue();
    }

    @Test
    void beforeTheFirstSwitchEveryGenerationIsUnfinished() throws IOException {
        Path generations = Files.createDirectories(work.resolve(".site-generations/00000001"));
        CrashRecovery.Report report = CrashRecovery.recover(new ArticleStore(work.resolve("content")),
                new Quarantine(work.resolve("quarantine"), Clock.systemUTC()), work.resolve("site"));
        assertThat(report.generations()).containsExactly(generations);
        assertThat(generations).doesNotExist();
    }

    @Test
    void oneLockPerContentFolderReleasedOnStop() throws Exception {
        Path content = work.resolve("content");
        InstanceLock first = InstanceLock.acquire(content);
        first.start();
        assertThatThrownBy(() -> InstanceLock.acquire(content))
                .hasMessageStartingWith("another mekong pipeline is using the content folder " + content)
                .hasMessageContaining("pid " + ProcessHandle.current().pid());
        first.stop();
        InstanceLock second = InstanceLock.acquire(content);
        second.stop();
    }

    @Test
    void aStandbyWaitsForTheLockSayingWhoHoldsItAndTakesItOnceReleased() throws Exception {
        Path content = work.resolve("content");
        InstanceLock first = InstanceLock.acquire(content);
        first.start();
        List<String> told = new CopyOnWriteArrayList<>();
        CompletableFuture<InstanceLock> standby = CompletableFuture.supplyAsync(() -> {
            try {
                return InstanceLock.await(content, Duration.ofMillis(20), told::add);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Await.until(Duration.ofSeconds(30), "the standby says it waits", () -> !told.isEmpty());
        assertThat(told).singleElement().asString()
                .startsWith("the content folder " + content + " is locked by another mekong pipeline")
                .contains("pid " + ProcessHandle.current().pid() + " on host ");
        assertThat(standby).as("still waiting while the lock is held").isNotDone();

        first.stop();
        InstanceLock second = standby.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> InstanceLock.acquire(content)).hasMessageContaining("another mekong pipeline");
        assertThat(told).as("told once, however long it waited").hasSize(1);
        second.stop();
    }

    /** Admits the article on an exchange that then completes, as the article route does. */
    private static boolean admitted(DuplicateGate gate, Article article) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        boolean admitted = gate.admit(article, exchange);
        var completions = exchange.getExchangeExtension().handoverCompletions();
        if (completions != null) {
            completions.forEach(done -> done.onComplete(exchange));
        }
        return admitted;
    }

    @Test
    void aCopyReadWhileTheOriginalIsStillInFlightIsADuplicateOfIt() {
        ArticleStore store = new ArticleStore(work.resolve("content"));
        RunLog log = new RunLog();
        DuplicateGate gate = new DuplicateGate(store, log);
        Exchange inFlight = new DefaultExchange(new DefaultCamelContext());

        assertThat(gate.admit(article("a.txt", "sha-1"), inFlight)).isTrue();
        assertThat(admitted(gate, article("copy.txt", "sha-1"))).as("a.txt not stored yet, but in flight").isFalse();
        assertThat(log.duplicates()).singleElement().satisfies(d -> assertThat(d.originalFileName()).isEqualTo("a.txt"));

        inFlight.getExchangeExtension().handoverCompletions().forEach(done -> done.onFailure(inFlight));
        assertThat(admitted(gate, article("copy.txt", "sha-1"))).as("a.txt failed and was never stored").isTrue();
    }

    @Test
    void theSameBytesUnderAnotherNameAreADuplicateButAnEditOrARereadIsNot() {
        ArticleStore store = new ArticleStore(work.resolve("content"));
        RunLog log = new RunLog();
        DuplicateGate gate = new DuplicateGate(store, log);
        Article original = store.save(article("a.txt", "sha-1"));

        assertThat(admitted(gate, article("a.txt", "sha-1"))).as("the same file again").isTrue();
        assertThat(admitted(gate, article("b.txt", "sha-2"))).as("other bytes").isTrue();
        assertThat(admitted(gate, article("copy.txt", "sha-1"))).as("same bytes, other name").isFalse();
        assertThat(log.duplicates()).containsExactly(new RunLog.Duplicate("copy.txt", "a.txt", original.id()));

        store.save(article("a.txt", "sha-3")); // a.txt edited: its old bytes are no longer published
        assertThat(admitted(gate, article("copy.txt", "sha-1"))).isTrue();
        assertThat(new ArticleStore(work.resolve("content")).duplicateOf(article("other.txt", "sha-3")))
                .as("the index is rebuilt from the folder").hasValueSatisfying(a -> assertThat(a.source().fileName()).isEqualTo("a.txt"));
    }

    private static Article article(String fileName, String sha) {
        return Article.extracted(new Source(fileName, sha, "txt", "UTF-8", 10),
                new Metadata("Title of " + fileName, null, null, null, null, null, null, null),
                List.of(Block.paragraph("Text of " + fileName)), List.of());
    }
}
