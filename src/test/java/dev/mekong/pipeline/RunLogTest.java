package dev.mekong.pipeline;

import org.junit.jupiter.api.Test;

import dev.mekong.site.BuildSummary;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunLogTest {

    @Test
    void keepsTheMostRecentEntriesAndCountsThemAll() {
        RunLog log = new RunLog();
        int total = RunLog.KEPT + 5;
        for (int i = 0; i < total; i++) {
            log.published("a" + i + ".txt", 1);
            log.failed("b" + i + ".txt", "reason " + i);
        }

        assertThat(log.publishedCount()).isEqualTo(total);
        assertThat(log.failureCount()).isEqualTo(total);
        assertThat(log.published()).hasSize(RunLog.KEPT).startsWith("a5.txt").endsWith("a" + (total - 1) + ".txt");
        assertThat(log.failures()).hasSize(RunLog.KEPT);
        assertThat(log.summary(List.of()).quarantined()).extracting(BuildSummary.Quarantined::input)
                .contains("b5.txt").doesNotContain("b4.txt");
    }

    /** Workers report in any order; the summary and the report list inputs as the inbox hands them out. */
    @Test
    void listsQuarantinedInputsAndWarningsInInboxOrderWhateverOrderWorkersReportedThem() {
        RunLog log = new RunLog();
        log.warn("engine x rejected 3 outputs");
        log.failed("c.txt", "bad c");
        log.warn("b.txt", "b.txt: language und");
        log.duplicate("d.txt", "a.txt", "id-a");
        log.failed("a.txt", "bad a");
        log.skipped("b.txt.part", "b.txt.part: ignored");
        log.warn("b.txt", "b.txt: second warning");

        assertThat(log.failures()).extracting(RunLog.Failure::fileName).containsExactly("a.txt", "c.txt");
        assertThat(log.warnings()).containsExactly("b.txt: language und", "b.txt: second warning", "b.txt.part: ignored",
                "d.txt: duplicate of a.txt (article id-a, same content); not published again", "engine x rejected 3 outputs");
        BuildSummary summary = log.summary(List.of());
        assertThat(summary.quarantined()).extracting(BuildSummary.Quarantined::input).containsExactly("a.txt", "c.txt");
        assertThat(summary.warnings()).isEqualTo(log.warnings());
    }

    @Test
    void countsEveryReportFromConcurrentWorkers() throws InterruptedException {
        RunLog log = new RunLog();
        int perThread = 2_000;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int worker = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < perThread; i++) {
                    String name = worker + "-" + i + ".txt";
                    log.published(name, 1);
                    log.failed(name, "reason");
                    log.warn(name, name + ": warning");
                }
            });
            thread.start();
            workers.add(thread);
        }
        for (Thread worker : workers) {
            worker.join();
        }

        assertThat(log.publishedCount()).isEqualTo(4L * perThread);
        assertThat(log.handledCount()).isEqualTo(8L * perThread);
        assertThat(log.warnings()).hasSize(4 * perThread).isSorted();
        assertThat(log.failures()).hasSize(4 * perThread);
    }
}
