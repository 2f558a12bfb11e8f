package dev.mekong;

import dev.mekong.cli.MekongCommand;
import picocli.CommandLine;

/** Entry point: {@code java -jar mekong.jar COMMAND [OPTIONS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new MekongCommand()).execute(args));
    }
}
