package dev.mekong.translate.engine;

import java.time.Duration;
import java.util.Map;

/**
 * The settings of one engine.
 *
 * @param url              base URL of the service
 * @param apiKey           key or token; null when the service needs none. Never logged or put in messages.
 * @param model            model name (openai)
 * @param timeout          per request
 * @param concurrency      most requests in flight at once
 * @param ratePerSecond    token-bucket refill rate in requests per second; 0 for no limit
 * @param retries          retries after the first attempt for retryable failures
 * @param backoffBase      first backoff; doubled per retry
 * @param backoffMax       cap on any single backoff
 * @param retryAfterMax    a Retry-After longer than this is not waited for: the request fails instead
 * @param maxWait          most time spent waiting between retries (backoffs and Retry-After) in one build;
 *                         past it the engine is stopped for the build
 * @param breakerFailures  consecutive failed requests that open the circuit
 * @param breakerOpen      how long an open circuit refuses calls before letting one through
 * @param extra            engine-specific keys (mekong.translate.ENGINE.*), e.g. temperature
 */
public record EngineSettings(
        String name,
        String url,
        String apiKey,
        String model,
        Duration timeout,
        int concurrency,
        double ratePerSecond,
        int retries,
        Duration backoffBase,
        Duration backoffMax,
        Duration retryAfterMax,
        Duration maxWait,
        int breakerFailures,
        Duration breakerOpen,
        Map<String, String> extra) {

    public EngineSettings {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** Defaults suitable for tests: short timeouts, tiny backoffs. */
    public static EngineSettings forTest(String name, String url) {
        return new EngineSettings(name, url, null, null, Duration.ofSeconds(2), 2, 0, 2,
                Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(5), Duration.ofMinutes(2), 3, Duration.ofSeconds(30), Map.of());
    }

    public EngineSettings withApiKey(String key) {
        return new EngineSettings(name, url, key, model, timeout, concurrency, ratePerSecond, retries,
                backoffBase, backoffMax, retryAfterMax, maxWait, breakerFailures, breakerOpen, extra);
    }

    public EngineSettings withModel(String newModel) {
        return new EngineSettings(name, url, apiKey, newModel, timeout, concurrency, ratePerSecond, retries,
                backoffBase, backoffMax, retryAfterMax, maxWait, breakerFailures, breakerOpen, extra);
    }

    public EngineSettings withRetries(int newRetries) {
        return new EngineSettings(name, url, apiKey, model, timeout, concurrency, ratePerSecond, newRetries,
                backoffBase, backoffMax, retryAfterMax, maxWait, breakerFailures, breakerOpen, extra);
    }

    public EngineSettings withTimeout(Duration newTimeout) {
        return new EngineSettings(name, url, apiKey, model, newTimeout, concurrency, ratePerSecond, retries,
                backoffBase, backoffMax, retryAfterMax, maxWait, breakerFailures, breakerOpen, extra);
    }

    public EngineSettings withMaxWait(Duration newMaxWait) {
        return new EngineSettings(name, url, apiKey, model, timeout, concurrency, ratePerSecond, retries,
                backoffBase, backoffMax, retryAfterMax, newMaxWait, breakerFailures, breakerOpen, extra);
    }

    @Override
    public String toString() {
        // Records print every component; the key must never reach a log.
        return "EngineSettings[name=" + name + ", url=" + url + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", model=" + model + "]";
    }
}
