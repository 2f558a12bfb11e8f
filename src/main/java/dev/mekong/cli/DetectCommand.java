package dev.mekong.cli;

import dev.mekong.language.LanguageDetector;
import dev.mekong.language.ScriptFirstLanguageDetector;
import dev.mekong.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
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
    public Integer call() throws IOException {
        detect(new ScriptFirstLanguageDetector(), new InputStreamReader(System.in, StandardCharsets.UTF_8),
                new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        return ExitCode.OK;
    }

    /** One line in, one tag (and confidence) out, in order. */
    void detect(LanguageDetector detector, Reader input, Writer output) throws IOException {
        BufferedReader in = new BufferedReader(input);
        PrintWriter out = new PrintWriter(output);
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
    }
}
