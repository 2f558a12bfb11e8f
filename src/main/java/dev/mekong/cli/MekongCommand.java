package dev.mekong.cli;

import picocli.CommandLine.Command;

/** The top-level command; every feature is a subcommand. */
@Command(name = "mekong", mixinStandardHelpOptions = true, version = "mekong 0.1.0",
        description = "Multilingual news pipeline: an inbox of articles in, a four-language static site out.",
        subcommands = {DetectCommand.class, EvalLangidCommand.class, BenchLangidCommand.class})
public class MekongCommand {
}
