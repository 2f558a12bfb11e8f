package dev.mekong.reliability;

import dev.mekong.cli.MekongCommand;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a mekong command in this JVM on a workspace's folders, capturing what it prints. */
final class Cli {

    record Result(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Cli() {
    }

    /** The lines a command printed about its own failure ({@code COMMAND: message}), log lines left out. */
    static List<String> errorLines(Result result) {
        return result.err().lines().filter(line -> line.matches("[a-z-]+: .*")).toList();
    }

    /** Runs the command with the workspace's folders, except those the extra arguments name themselves. */
    static Result run(Workspace ws, String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command));
        List<String> given = List.of(extra);
        for (String[] folder : new String[][]{{"--inbox", ws.inbox.toString()}, {"--site", ws.site.toString()},
                {"--content", ws.content.toString()}, {"--quarantine", ws.quarantine.toString()}, {"--archive", ws.archive.toString()}}) {
            if (!given.contains(folder[0])) {
                args.addAll(List.of(folder));
            }
        }
        args.addAll(given);
        PrintStream previousOut = System.out;
        PrintStream previousErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = MekongCommand.commandLine().execute(args.toArray(String[]::new));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(previousOut);
            System.setErr(previousErr);
        }
    }
}
