package dev.mekong.translate.engine;

import java.time.Duration;

/** Waiting between retries and for rate-limit tokens; tests pass one that records instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
