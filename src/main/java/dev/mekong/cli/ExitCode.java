package dev.mekong.cli;

import java.util.List;

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
     * The one line a person reads for a failure: the outermost message that says something of its own.
     * Framework wrappers (Camel's exceptions around a cause, "Error starting CamelContext") and messages that
     * only repeat their cause are passed over; an error without any message is named by its type. A
     * parser's location on the next line ("in file:routes/x.yaml, line 5, column 15") is kept.
     */
    public static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (saysSomething(t)) {
                return (t instanceof RuntimeException || t instanceof java.io.IOException ? ""
                        : t.getClass().getSimpleName() + ": ") + firstLine(t.getMessage());
            }
        }
        return error.getClass().getSimpleName();
    }

    private static boolean saysSomething(Throwable t) {
        String message = t.getMessage();
        Throwable cause = t.getCause();
        if (message == null || message.isBlank()) {
            return false;
        }
        if (cause == null) {
            return true;
        }
        boolean frameworkWrapper = t.getClass().getName().startsWith("org.apache.camel.");
        return !frameworkWrapper && !message.equals(cause.toString());
    }

    private static String firstLine(String message) {
        List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.size() > 1 && lines.get(1).startsWith("in ") ? lines.get(0) + " " + lines.get(1).replaceFirst(":$", "")
                : lines.get(0);
    }
}
