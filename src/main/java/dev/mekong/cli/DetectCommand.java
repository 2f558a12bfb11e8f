package dev.mekong.cli;

import dev.mekong.language.ScriptFirstLanguageDetector;
import dev.mekong.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;

/** One text per line on standard input, one BCP-47 tag per line on standard output. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Reads one text per line (UTF-8) on standard input and prints one BCP-47 language tag "
                + "per line (und when unsure).")
public class DetectCommand implements Callable<Integer> {

    @Option(names = "--confidence", description = "Print the confidence after the tag, tab-separated.")
    boolean confidence;

    @Option(names = "--threshold", description = "Answer und below this confidence (default: never).")
    double threshold = 0;

    @Override
    public Integer call() throws Exception {
        ScriptFirstLanguageDetector detector = new ScriptFirstLanguageDetector();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Language language = detector.detect(line);
            String tag = language.confidence() < threshold ? Language.UNDETERMINED : language.tag();
            out.print(tag);
            if (confidence) {
                out.printf(Locale.ROOT, "\t%.3f", language.confidence());
            }
            out.println();
        }
        out.flush();
        return 0;
    }
}
