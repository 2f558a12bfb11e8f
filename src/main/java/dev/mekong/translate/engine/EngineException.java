package dev.mekong.translate.engine;

import java.time.Duration;

/** A failed engine request, classified by what the caller should do about it. */
public class EngineException extends Exception {

    public enum Kind {
        /** 429, 5xx, timeouts, connection failures: back off and try again. */
        RETRYABLE,
        /** Quota or credit exhausted (DeepL 456, OpenAI insufficient_quota): never retry, stop the engine. */
        QUOTA,
        /** Key refused (401/403): stop the engine for this build. */
        UNAUTHORIZED,
        /** The server refused this request (400, unsupported pair): no retry, try the next engine. */
        REJECTED,
        /** The response could not be understood: no retry. */
        MALFORMED,
        /** Not called: engine stopped, circuit open or budget spent. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final Duration retryAfter;

    public EngineException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public EngineException(Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** The server's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether the engine should not be called again in this build. */
    public boolean stopsEngine() {
        return kind == Kind.QUOTA || kind == Kind.UNAUTHORIZED;
    }
}
