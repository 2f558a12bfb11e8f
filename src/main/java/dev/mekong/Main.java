package dev.mekong;

import dev.mekong.cli.MekongCommand;

/** Entry point: {@code java -jar mekong.jar COMMAND [OPTIONS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        dev.mekong.cli.FileNameEncoding.requireUtf8(args); // before anything reads a file name
        System.exit(MekongCommand.commandLine().execute(args));
    }
}
