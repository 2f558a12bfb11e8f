package dev.mekong.cli;

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
                TranslationsCommand.class,
        })
public class MekongCommand {
}
