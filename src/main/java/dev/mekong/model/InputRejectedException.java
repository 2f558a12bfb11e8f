package dev.mekong.model;

/**
 * An input that cannot become an article. The message is written verbatim into the quarantine reason
 * file, so it must say what was wrong in words an editor understands.
 */
public class InputRejectedException extends RuntimeException {

    public InputRejectedException(String message) {
        super(message);
    }

    public InputRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
