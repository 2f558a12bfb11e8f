package dev.mekong.reliability;

import dev.mekong.pipeline.Pipeline;
import dev.mekong.pipeline.broker.Worker;
import dev.mekong.site.BuildSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline across several processes (mekong.transport=jms) on an Artemis broker in this JVM, persistent:
 * an ingest node (a build) and three translation workers, each its own Camel context, sharing the content
 * folder for the translation memory only. The slow variants (500 articles, a worker killed, the broker
 * restarted, a real broker process) are in {@link ScaleOutTest}.
 */
class BrokerTransportTest {

    @TempDir
    Path work;

    EmbeddedBroker broker;
    final List<Worker> workers = new ArrayList<>();
    Pipeline pipeline;

    @BeforeEach
    void startBroker() {
        broker = new EmbeddedBroker(work.resolve("broker")).start();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
        workers.forEach(Worker::close);
        broker.close();
    }

    @Test
    void threeWorkersTranslateEveryArticleAndEachIsPublishedOnce() throws Exception {
        Workspace ws = new Workspace(work.resolve("ws"));

        pipeline = ScaleOut.buildOverWorkers(broker, ws, 30, 3, 6, workers);

        ScaleOut.assertPublishedOnce(ws, pipeline, 30);
        assertThat(broker.messages(ScaleOut.QUEUE)).as("requests left on the broker").isZero();
        assertThat(broker.messages(ScaleOut.DEAD)).isZero();
        // the memory the workers shared holds every segment they translated
        assertThat(Files.readString(ws.content.resolve("translation-memory.jsonl"), StandardCharsets.UTF_8))
                .contains("Harbour report number 29");
    }

    @Test
    void whatTheWorkersEnginesSpentIsInTheIngestNodesBuildReportAsInALocalBuild() throws Exception {
        Workspace ws = new Workspace(work.resolve("ws"));

        pipeline = ScaleOut.buildOverWorkers(broker, ws, 8, 2, 4, workers);
        ScaleOut.assertPublishedOnce(ws, pipeline, 8);
        BuildSummary.TranslationCost remote = cost(pipeline, "pseudo");

        Workspace same = new Workspace(work.resolve("local"));
        ScaleOut.articles(same, 8);
        Map<String, String> local = ScaleOut.ingest(broker, same, 4);
        local.put("mekong.transport", "local");
        try (Pipeline alone = ScaleOut.build(local).get(10, TimeUnit.MINUTES)) {
            BuildSummary.TranslationCost spentHere = cost(alone, "pseudo");
            assertThat(spentHere.requests()).isPositive();
            assertThat(remote).as("the workers' figures, as the same articles cost in one process")
                    .isEqualTo(spentHere);
        }
        String report = Files.readString(ws.site.resolve("_report/index.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("<code>pseudo</code></th><td>" + remote.requests() + "</td>");
    }

    private static BuildSummary.TranslationCost cost(Pipeline pipeline, String engine) {
        return pipeline.siteUpdater().lastSummary().translation().stream().filter(c -> c.engine().equals(engine))
                .findFirst().orElseThrow(() -> new AssertionError("no figures for " + engine + " in "
                        + pipeline.siteUpdater().lastSummary().translation()));
    }

    @Test
    void poisonMessagesAreDeadLetteredWithTheirReasonAndTheOthersGoOn() throws Exception {
        Workspace ws = new Workspace(work.resolve("ws"));
        ScaleOut.articles(ws, 12);
        // a record that its translation makes too large to send back: it fails on every worker, every time
        StringBuilder big = new StringBuilder("---\ntitle: The long harbour chronicle\n---\n\n");
        for (int i = 0; i < 200; i++) {
            big.append("Paragraph ").append(i).append(" of the chronicle tells of boats, tides and the old harbour master.\n\n");
        }
        ScaleOut.write(ws.inbox.resolve("chronicle.md"), big.toString());
        Map<String, String> workerSettings = ScaleOut.jms(broker, ws);
        workerSettings.put("mekong.jms.max-body-bytes", "40000");
        workers.addAll(ScaleOut.workers(3, workerSettings));
        // messages that are no article record at all, sent by something else on the broker
        ScaleOut.send(workers.get(0), ScaleOut.QUEUE, "this is not JSON");
        ScaleOut.send(workers.get(0), ScaleOut.QUEUE, "{\"title\": \"no source\"}");

        pipeline = ScaleOut.build(ScaleOut.ingest(broker, ws, 4)).get(10, TimeUnit.MINUTES);

        assertThat(pipeline.runLog().published()).hasSize(12).doesNotContain("chronicle.md");
        assertThat(pipeline.runLog().failures()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("chronicle.md");
            assertThat(f.reason()).contains("dead-lettered in mekong.translate.dead", "mekong.jms.max-body-bytes",
                    "attempt 3 of 3");
        });
        assertThat(broker.messages(ScaleOut.DEAD)).isEqualTo(3);
        assertThat(broker.messages(ScaleOut.QUEUE)).isZero();
        String report = Files.readString(ws.site.resolve("_report/index.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("dead-letter queue mekong.translate.dead", "not an article record",
                "chronicle.md");
    }
}
