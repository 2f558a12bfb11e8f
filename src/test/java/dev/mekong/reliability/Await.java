package dev.mekong.reliability;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for something observable on disk or in a process to become true, up to a deadline. The deadline
 * only bounds a failing test; a passing test goes on as soon as the condition holds.
 */
final class Await {

    private static final long POLL_MILLIS = 25;

    private Await() {
    }

    static void until(Duration deadline, String what, BooleanSupplier condition) {
        until(deadline, () -> what, condition);
    }

    static void until(Duration deadline, Supplier<String> what, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + deadline.toSeconds() + " s: " + what.get());
            }
            pause();
        }
    }

    /** A short pause between two looks at the condition (a polling interval, not a synchroniser). */
    static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
