package dev.mekong.translate.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    @Test
    void aBurstUpToCapacityThenOneTokenPerIntervalWithoutLeaking() throws Exception {
        EngineHarness clock = new EngineHarness();
        TokenBucket bucket = new TokenBucket(2, 2, clock.nanos::get, clock.sleeper);

        for (int i = 0; i < 4; i++) {
            bucket.acquire();
        }
        assertThat(clock.sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));

        clock.nanos.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 3; i++) {
            bucket.acquire();
        }
        // An idle hour refills to capacity (2), never more.
        assertThat(clock.sleeper.waits).hasSize(3);
    }
}
