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
     * The one line a person reads for a failure: the message of the first error in the cause chain that is
     * not a framework's wrapper (Camel and picocli wrap the error that names the problem), followed by its
     * cause's first line when that adds something. A message that only repeats its cause counts as a
     * wrapper too. Errors and exceptions whose message alone says little (a bare path) are named by their
     * type. A parser's location on the next line ("in file:routes/x.yaml, line 5, column 15") is kept.
     */
    public static String describe(Throwable error) {
        Throwable named = error;
        while (named.getCause() != null && named.getCause() != named && isWrapper(named)) {
            named = named.getCause();
        }
        String line = firstLine(named);
        if (line == null) {
            return named.getClass().getSimpleName();
        }
        Throwable cause = named.getCause();
        String detail = cause == null || cause == named ? null : firstLine(cause);
        if (detail != null && !line.contains(detail)) {
            line += ": " + detail;
        }
        return speaksForItself(named) ? line : named.getClass().getSimpleName() + ": " + line;
    }

    private static boolean isWrapper(Throwable t) {
        String type = t.getClass().getName();
        return type.startsWith("org.apache.camel.") || type.startsWith("picocli.")
                || t instanceof java.lang.reflect.InvocationTargetException
                || t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException
                || firstLine(t) == null
                || t.getCause() != null && t.getMessage().equals(t.getCause().toString());
    }

    private static boolean speaksForItself(Throwable t) {
        return t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof java.io.UncheckedIOException || t.getClass().getName().startsWith("dev.mekong.");
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return null;
        }
        List<String> lines = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.size() > 1 && lines.get(1).startsWith("in ") ? lines.get(0) + " " + lines.get(1).replaceFirst(":$", "")
                : lines.get(0);
    }
}
