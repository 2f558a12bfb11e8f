package dev.mekong;

import dev.mekong.cli.MekongCommand;

/** Entry point: {@code java -jar mekong.jar COMMAND [OPTIONS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(MekongCommand.commandLine().execute(args));
    }
}
