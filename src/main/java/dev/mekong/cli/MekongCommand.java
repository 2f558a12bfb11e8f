package dev.mekong.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

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
        })
public class MekongCommand {

    /**
     * The command line as every entry point runs it: a failure escaping a command is one line on standard
     * error naming the problem and exit {@link ExitCode#CANNOT_RUN}; a bad option likewise, with a pointer
     * to --help instead of the whole usage text.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new MekongCommand());
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            command.getErr().println(command.getCommandName() + ": " + ExitCode.describe(error));
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
}
