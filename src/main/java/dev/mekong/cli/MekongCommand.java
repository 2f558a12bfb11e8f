package dev.mekong.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The top-level command; every feature is a subcommand. */
@Command(name = "mekong", mixinStandardHelpOptions = true, version = "mekong 0.1.0",
        description = "Multilingual news pipeline: an inbox of articles in, a four-language static site out.",
        subcommands = {
                BuildCommand.class,
                WatchCommand.class,
                ServeCommand.class,
                ExtractCommand.class,
                EvalCommand.class,
                DetectCommand.class,
                EvalLangidCommand.class,
                BenchLangidCommand.class,
                BenchCommand.class,
                TranslationsCommand.class,
                WorkerCommand.class,
        })
public class MekongCommand {

    public static final String VERBOSE = "--verbose";

    /** Read by {@link dev.mekong.Main} before picocli runs (the log level must be set before any logger exists). */
    @Option(names = VERBOSE, scope = ScopeType.INHERIT,
            description = "Log what the framework does (info level), and print the stack trace of a failure.")
    boolean verbose;

    /**
     * The command line as every entry point runs it: a failure escaping a command is one line on standard
     * error naming the problem and exit {@link ExitCode#CANNOT_RUN}; a bad option likewise, with a pointer
     * to --help instead of the whole usage text. With --verbose the failure's stack trace follows the line.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MekongCommand());
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            command.getErr().println(command.getCommandName() + ": " + ExitCode.describe(error));
            if (verbose(parsed)) {
                error.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return ExitCode.CANNOT_RUN;
        });
        cli.setParameterExceptionHandler((error, args) -> {
            CommandLine command = error.getCommandLine();
            command.getErr().println(command.getCommandName() + ": " + error.getMessage()
                    + " (see: " + command.getCommandSpec().qualifiedName() + " --help)");
            command.getErr().flush();
            return ExitCode.CANNOT_RUN;
        });
        return cli;
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
