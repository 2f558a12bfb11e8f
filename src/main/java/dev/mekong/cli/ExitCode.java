package dev.mekong.cli;

/**
 * The exit codes of every command, one table for people and CI (the README's Commands section):
 * 0 everything went well, 1 the run completed but inputs were quarantined, 2 the command could not do its
 * work (a bad option or setting, unusable folders, a second instance, a corrupt record, a failed render).
 */
public final class ExitCode {

    public static final int OK = 0;
    public static final int QUARANTINED = 1;
    public static final int CANNOT_RUN = 2;

    private ExitCode() {
    }

    /**
     * The one line a person reads for a failure: the innermost message in the cause chain (frameworks wrap
     * the error that names the problem), or the error's type when nothing says more.
     */
    public static String describe(Throwable error) {
        String message = null;
        Throwable described = error;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
                described = t;
            }
        }
        if (message == null) {
            return error.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse(message);
        return described instanceof RuntimeException || described instanceof java.io.IOException
                && !(described instanceof java.io.UncheckedIOException)
                ? line : described.getClass().getSimpleName() + ": " + line;
    }
}
