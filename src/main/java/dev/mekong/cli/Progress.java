package dev.mekong.cli;

import java.io.PrintStream;

/**
 * How far a long run has got. On a terminal, one line redrawn in place ("build: 120 inputs handled…") and
 * wiped when the run ends; elsewhere (a CI log, a file) a plain line each time another hundred inputs are
 * done, never a carriage return.
 */
final class Progress {

    static final long PLAIN_STEP = 100;

    private final String label;
    private final PrintStream out;
    private final boolean terminal;
    private long shown;
    private int width;

    Progress(String label, PrintStream out, boolean terminal) {
        this.label = label;
        this.out = out;
        this.terminal = terminal;
    }

    /** Progress on standard output, redrawn in place only when a person watches it. */
    static Progress onStandardOutput(String label) {
        return new Progress(label, System.out, System.console() != null);
    }

    void show(long handled) {
        if (terminal && handled != shown) {
            String line = label + ": " + handled + " inputs handled…";
            width = Math.max(width, line.length());
            out.print("\r" + line);
            out.flush();
            shown = handled;
        } else if (!terminal && handled / PLAIN_STEP > shown / PLAIN_STEP) {
            out.println(label + ": " + handled + " inputs handled");
            shown = handled;
        }
    }

    /** Wipes the redrawn line, so what follows starts on a clean one. */
    void done() {
        if (terminal && width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
            out.flush();
        }
    }
}
