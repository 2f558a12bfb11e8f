package dev.mekong.translate.engine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A managed engine on a fake clock whose sleeper only records, and advances the clock by, each wait. */
final class EngineHarness {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final FakeApi.RecordingSleeper sleeper = new FakeApi.RecordingSleeper() {
        @Override
        public void sleep(Duration duration) {
            super.sleep(duration);
            nanos.addAndGet(duration.toNanos());
        }
    };
    final StringBuilder events = new StringBuilder();

    ManagedEngine manage(Engine engine, EngineSettings settings) {
        return new ManagedEngine(engine, settings, sleeper, nanos::get, new EngineEvents() {
            @Override
            public void requestSent(String name, long characters) {
                events.append("sent ").append(characters).append(';');
            }

            @Override
            public void retrying(String name, int attempt, Duration wait, String reason) {
                events.append("retry ").append(attempt).append(' ').append(wait.toMillis()).append("ms;");
            }

            @Override
            public void stopped(String name, String reason) {
                events.append("stopped: ").append(reason).append(';');
            }

            @Override
            public void circuitOpened(String name, String reason) {
                events.append("circuit open;");
            }
        });
    }
}
