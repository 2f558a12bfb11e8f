package dev.mekong.translate.engine;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: {@code ratePerSecond} requests per second on average, bursts up to {@code capacity}.
 * Unlike a throttle it never leaks permits over long runs.
 */
public final class TokenBucket {

    private final double ratePerNano;
    private final double capacity;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;
    private double tokens;
    private long lastRefill;

    public TokenBucket(double ratePerSecond, double capacity, LongSupplier nanoClock, Sleeper sleeper) {
        this.ratePerNano = ratePerSecond / 1e9;
        this.capacity = Math.max(1, capacity);
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
        this.tokens = this.capacity;
        this.lastRefill = nanoClock.getAsLong();
    }

    /** Takes one token, waiting for it when the bucket is empty. */
    public void acquire() throws InterruptedException {
        while (true) {
            long waitNanos;
            synchronized (this) {
                refill();
                if (tokens >= 1) {
                    tokens -= 1;
                    return;
                }
                waitNanos = (long) Math.ceil((1 - tokens) / ratePerNano);
            }
            sleeper.sleep(Duration.ofNanos(waitNanos));
        }
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * ratePerNano);
        lastRefill = now;
    }
}
