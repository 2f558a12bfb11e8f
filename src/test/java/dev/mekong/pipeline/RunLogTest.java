package dev.mekong.pipeline;

import org.junit.jupiter.api.Test;

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
        assertThat(log.summary(List.of()).quarantined().get(0).input()).isEqualTo("b5.txt");
    }
}
