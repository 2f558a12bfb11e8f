package dev.mekong.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The scale-out done as the README's "Running on several machines" tells users to, every role a process of its
 * own: an Artemis broker made with {@code artemis create} from the {@code apache-artemis} distribution and
 * started with {@code artemis run} (on 127.0.0.1, login required), {@code mekong worker} processes, and a
 * {@code mekong build} with {@code mekong.transport=jms} as the ingest node; the password reaches every mekong
 * process through {@code MEKONG_JMS_PASSWORD}. Every article is published exactly once, also when a worker is
 * killed (SIGKILL) while it holds requests. {@code -Pfull} unpacks the distribution to target/artemis.
 */
@Tag("slow")
class RealBrokerProcessTest {

    @TempDir
    static Path work;

    static ArtemisProcess broker;

    final List<MekongProcess> processes = new ArrayList<>();

    @BeforeAll
    static void createAndStartBroker() {
        Path distribution = ArtemisProcess.distribution();
        if (distribution != null) {
            broker = ArtemisProcess.create(distribution, work.resolve("broker")).start(Duration.ofMinutes(3));
        }
    }

    /** Each test skipped with the reason, rather than the class (which the test report would not list). */
    @BeforeEach
    void requireDistribution() {
        assumeTrue(broker != null, "the apache-artemis distribution is not unpacked (mekong.artemis.home: "
                + System.getProperty("mekong.artemis.home") + "); `mvn -Pfull` unpacks it to target/artemis");
    }

    @AfterEach
    void stopMekongProcesses() {
        processes.forEach(MekongProcess::close);
        if (broker != null) {
            awaitConsumers(0); // the next test counts its own workers' consumers
        }
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void articlesTranslatedByTwoWorkerProcessesArePublishedOnceEach() throws Exception {
        Workspace ws = new Workspace(work.resolve("ws-two-workers"));
        int count = 50;
        ScaleOut.articles(ws, count);
        for (String name : List.of("worker-1", "worker-2")) {
            worker(ws, name, "20");
        }
        awaitConsumers(4);

        MekongProcess build = ingest(ws);

        assertBuiltOnce(ws, build, count);
    }

    @Test
    void aWorkerProcessKilledWhileHoldingRequestsLeavesThemToTheOther() throws Exception {
        Workspace ws = new Workspace(work.resolve("ws-killed-worker"));
        int count = 30;
        ScaleOut.articles(ws, count);
        // a worker whose engine never answers: whatever it takes, it holds, until killed
        MekongProcess stuck = worker(ws, "stuck", "3600000", "-D", "mekong.translate.timeout-ms=3600000");
        awaitConsumers(2);
        worker(ws, "worker", "0");
        awaitConsumers(4);

        MekongProcess build = ingest(ws);
        // everything is published but the two requests the stuck worker took: it is mid-translation on them
        Await.until(Duration.ofMinutes(5), () -> "all but the stuck worker's two articles stored; build:\n" + build.tail(),
                () -> ScaleOut.records(ws).size() == count - 2 && broker.delivering(ScaleOut.QUEUE) == 2);
        assertThat(build.isAlive()).as("the build waits for the stuck worker's articles").isTrue();
        stuck.kill();

        assertBuiltOnce(ws, build, count);
    }

    /**
     * A {@code mekong worker} process, as the README starts one ({@code --consumers 2}), with the pseudo engine
     * taking {@code delayMs} per request.
     */
    private MekongProcess worker(Workspace ws, String name, String delayMs, String... extra) {
        List<String> args = new ArrayList<>(List.of("worker", "--broker", broker.url(), "--content", ws.content.toString(),
                "--translator", "pseudo", "--consumers", "2", "-D", "mekong.jms.user=" + ArtemisProcess.USER,
                "-D", "mekong.translate.pseudo.delay-ms=" + delayMs));
        args.addAll(List.of(extra));
        MekongProcess worker = MekongProcess.startIn(ws.root.resolve(name), Map.of(), password(), args.toArray(String[]::new));
        processes.add(worker);
        worker.awaitOutput("worker: translating for " + broker.url(), Duration.ofMinutes(2));
        return worker;
    }

    /** The ingest node: a {@code mekong build} with the README's settings, four articles in flight. */
    private MekongProcess ingest(Workspace ws) {
        MekongProcess build = MekongProcess.start("build", ws, Map.of(), password(), "--translator", "pseudo",
                "-D", "mekong.transport=jms", "-D", "mekong.jms.url=" + broker.url(),
                "-D", "mekong.jms.user=" + ArtemisProcess.USER, "-D", "mekong.workers=4");
        processes.add(build);
        return build;
    }

    private static Map<String, String> password() {
        return Map.of("MEKONG_JMS_PASSWORD", ArtemisProcess.PASSWORD);
    }

    /** The workers' consumers on the translation queue, as the broker counts them. */
    private static void awaitConsumers(int consumers) {
        Await.until(Duration.ofMinutes(1), () -> consumers + " consumers on " + ScaleOut.QUEUE + ", not "
                + broker.consumers(ScaleOut.QUEUE), () -> broker.consumers(ScaleOut.QUEUE) == consumers);
    }

    /**
     * The build ended well, with every input published once, translated by the workers (whose costs the
     * build reports), and nothing left on the broker's queues.
     */
    private static void assertBuiltOnce(Workspace ws, MekongProcess build, int count) throws Exception {
        assertThat(build.awaitExit(Duration.ofMinutes(5))).as(build.tail()).isZero();
        assertThat(build.output())
                .contains(String.format("inputs: %d read: %d published, 0 quarantined, 0 duplicates skipped", count, count))
                // one request per article and other site language, every one answered by a worker, each
                // counted once in the ingest node's summary (the workers' costs come back with their answers)
                .containsPattern("translation: pseudo: [0-9,]+ characters sent in " + 3 * count + " requests")
                .contains("warnings: 0");
        ScaleOut.assertStoredOnce(ws, count);
        assertThat(Workspace.files(ws.quarantine)).isEmpty();
        assertThat(broker.messages(ScaleOut.QUEUE)).isZero();
        assertThat(broker.messages(ScaleOut.DEAD)).isZero();
    }
}
