package dev.mekong.translate.engine;

import dev.mekong.translate.engine.EngineException.Kind;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * An engine behind its protections: a concurrency limit, a token bucket, retries with capped exponential
 * backoff that honour Retry-After up to a cap, a stop for the rest of the build on quota exhaustion or a
 * refused key (never retried), a bound on the time spent waiting between retries in one build (past it the
 * engine is stopped like an exhausted quota), and a circuit breaker that fails fast after repeated failures.
 * One instance lives for one build; {@link #reset()} starts the next.
 */
public final class ManagedEngine {

    private final Engine engine;
    private final EngineSettings settings;
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;
    private final EngineEvents events;
    private final Semaphore inFlight;
    private final TokenBucket bucket;

    private String stoppedBecause;
    private Duration waited = Duration.ZERO;
    private int consecutiveFailures;
    private long openUntilNanos;
    private boolean open;

    public ManagedEngine(Engine engine, EngineSettings settings, Sleeper sleeper, LongSupplier nanoClock,
                         EngineEvents events) {
        this.engine = engine;
        this.settings = settings;
        this.sleeper = sleeper;
        this.nanoClock = nanoClock;
        this.events = events;
        this.inFlight = new Semaphore(Math.max(1, settings.concurrency()), true);
        this.bucket = settings.ratePerSecond() > 0
                ? new TokenBucket(settings.ratePerSecond(), Math.max(1, settings.concurrency()), nanoClock, sleeper)
                : null;
    }

    public Engine engine() {
        return engine;
    }

    public String name() {
        return engine.name();
    }

    /** Clears the build-scoped state: stop reason, time waited and circuit. */
    public synchronized void reset() {
        stoppedBecause = null;
        waited = Duration.ZERO;
        consecutiveFailures = 0;
        open = false;
    }

    /** Null when the engine may be called; else why not. */
    public synchronized String unavailableBecause() {
        if (stoppedBecause != null) {
            return "stopped for this build: " + stoppedBecause;
        }
        if (open && nanoClock.getAsLong() < openUntilNanos) {
            return "circuit open after " + consecutiveFailures + " consecutive failures";
        }
        return null;
    }

    /** One logical request, retried as the failure allows. */
    public List<String> translate(List<String> texts, String sourceTag, String targetTag) throws EngineException {
        long characters = texts.stream().mapToLong(String::length).sum();
        for (int attempt = 0; ; attempt++) {
            String unavailable = unavailableBecause();
            if (unavailable != null) {
                throw new EngineException(Kind.UNAVAILABLE, engine.name() + " " + unavailable);
            }
            try {
                List<String> out = send(texts, sourceTag, targetTag, characters);
                if (out.size() != texts.size()) {
                    throw new EngineException(Kind.MALFORMED, engine.name() + " returned " + out.size()
                            + " texts for " + texts.size());
                }
                succeeded();
                return out;
            } catch (EngineException e) {
                if (e.stopsEngine()) {
                    stop(e.getMessage());
                    throw e;
                }
                Duration wait = e.kind() == Kind.RETRYABLE && attempt < settings.retries() ? backoff(e, attempt) : null;
                if (wait == null) {
                    failed(e.getMessage());
                    throw e;
                }
                if (!reserveWait(wait)) {
                    String reason = "retries would wait more than " + settings.maxWait().toSeconds()
                            + " s in this build (mekong.translate.max-wait-ms); last error: " + e.getMessage();
                    stop(reason);
                    throw new EngineException(Kind.UNAVAILABLE, engine.name() + " stopped for this build: " + reason,
                            null, e);
                }
                events.retrying(engine.name(), attempt + 1, wait, e.getMessage());
                pause(wait);
            }
        }
    }

    private List<String> send(List<String> texts, String sourceTag, String targetTag, long characters)
            throws EngineException {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(Kind.UNAVAILABLE, "interrupted");
        }
        try {
            if (bucket != null) {
                bucket.acquire();
            }
            events.requestSent(engine.name(), characters);
            return engine.translate(texts, sourceTag, targetTag);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(Kind.UNAVAILABLE, "interrupted");
        } finally {
            inFlight.release();
        }
    }

    /** The wait before the next attempt, or null when a Retry-After asks for longer than we accept. */
    private Duration backoff(EngineException e, int attempt) {
        if (e.retryAfter() != null) {
            return e.retryAfter().compareTo(settings.retryAfterMax()) <= 0 ? e.retryAfter() : null;
        }
        long base = settings.backoffBase().toNanos();
        long exponential = attempt >= 30 ? Long.MAX_VALUE : base << attempt;
        return Duration.ofNanos(Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, settings.backoffMax().toNanos()));
    }

    /** Counts {@code wait} against the build's waiting bound; false when it would pass it. */
    private synchronized boolean reserveWait(Duration wait) {
        Duration after = waited.plus(wait);
        if (after.compareTo(settings.maxWait()) > 0) {
            return false;
        }
        waited = after;
        return true;
    }

    private void pause(Duration wait) throws EngineException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new EngineException(Kind.UNAVAILABLE, "interrupted");
        }
    }

    private synchronized void succeeded() {
        consecutiveFailures = 0;
        open = false;
    }

    private void failed(String reason) {
        boolean opened;
        synchronized (this) {
            consecutiveFailures++;
            opened = consecutiveFailures >= settings.breakerFailures();
            if (opened) {
                open = true;
                openUntilNanos = nanoClock.getAsLong() + settings.breakerOpen().toNanos();
            }
        }
        if (opened) {
            events.circuitOpened(engine.name(), reason);
        }
    }

    private void stop(String reason) {
        synchronized (this) {
            stoppedBecause = reason;
        }
        events.stopped(engine.name(), reason);
    }
}
