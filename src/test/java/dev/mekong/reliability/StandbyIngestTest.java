package dev.mekong.reliability;

import dev.mekong.model.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standby ingest node (watch --standby), each node a process of its own on the same folders: while the
 * active watch holds the content folder lock the standby only waits, saying for whom, and reads nothing; once
 * the active one is killed (SIGKILL, its lock gone with it) the standby takes over, and every input dropped
 * before and after is published once.
 */
@Tag("slow")
class StandbyIngestTest {

    private static final Duration DEADLINE = Duration.ofMinutes(2);

    @TempDir
    Path work;

    @Test
    void aStandbyWatchWaitsForTheLockAndTakesOverWhenTheActiveOneIsKilled() {
        Workspace ws = new Workspace(work);
        String outputs;
        try (MekongProcess active = MekongProcess.start("watch", ws, Map.of());
             MekongProcess standby = startStandbyOnceActive(ws, active)) {
            standby.awaitOutput("watch: standby: the content folder " + ws.content
                    + " is locked by another mekong pipeline (pid " + active.pid() + " on host ", DEADLINE);

            ws.drop(Inputs.name(1), Inputs.article(1));
            active.awaitOutput("watch: published " + Inputs.name(1), DEADLINE);
            assertThat(standby.output()).as("the standby reads nothing").doesNotContain("watch: watching", "published");
            assertThat(standby.isAlive()).isTrue();

            active.kill();
            standby.awaitOutput("watch: standby: took the content folder lock", DEADLINE);
            standby.awaitOutput("watch: watching", DEADLINE);
            ws.drop(Inputs.name(2), Inputs.article(2));
            standby.awaitOutput("watch: published " + Inputs.name(2), DEADLINE);
            // an input is archived once its exchange completes, just after its article is stored and told
            Await.until(DEADLINE, () -> "both inputs archived: " + ws.archivedNames(), () -> ws.archivedNames().size() == 2);
            outputs = "active:\n" + active.output() + "standby:\n" + standby.output();
        }

        List<Article> records = ws.records();
        assertThat(records).as(outputs + "content: " + Workspace.files(ws.content)).extracting(a -> a.source().fileName())
                .containsExactlyInAnyOrder(Inputs.name(1), Inputs.name(2));
        assertThat(records).allSatisfy(a -> assertThat(a.revision()).as("stored once").isEqualTo(1));
        assertThat(ws.archivedNames()).containsExactlyInAnyOrder(Inputs.name(1), Inputs.name(2));
        assertThat(ws.inboxCount()).isZero();
    }

    private static MekongProcess startStandbyOnceActive(Workspace ws, MekongProcess active) {
        active.awaitOutput("watch: watching", DEADLINE);
        return MekongProcess.start("watch", ws, Map.of(), "--standby");
    }
}
