package dev.mekong;

import dev.mekong.cli.FileNameEncoding;
import dev.mekong.cli.MekongCommand;

import java.util.List;

/** Entry point: {@code java -jar mekong.jar COMMAND [OPTIONS]}. */
public final class Main {

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Main() {
    }

    public static void main(String[] args) {
        FileNameEncoding.requireUtf8(args); // before anything reads a file name
        // before the first logger exists: slf4j-simple reads its level once (simplelogger.properties: warn)
        if (List.of(args).contains(MekongCommand.VERBOSE) && System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "info");
        }
        System.exit(MekongCommand.commandLine().execute(args));
    }
}
