package dev.mekong.translate.engine;

import java.time.Duration;

/** What the resilience layer reports for the build report. */
public interface EngineEvents {

    EngineEvents NONE = new EngineEvents() {
    };

    /** A request went out carrying {@code characters} characters of text. */
    default void requestSent(String engine, long characters) {
    }

    default void retrying(String engine, int attempt, Duration wait, String reason) {
    }

    /** The engine will not be called again in this build (quota, key refused). */
    default void stopped(String engine, String reason) {
    }

    default void circuitOpened(String engine, String reason) {
    }
}
