package dev.mekong.cli;

import dev.mekong.extract.CorpusEvaluation;
import dev.mekong.extract.FormatExtractor;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.ingest.InputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code eval --corpus DIR [--mode text|html]}: scores extraction against a gold corpus. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction on a gold corpus (manifest.tsv, NAME.page.txt / NAME.html, NAME.gold.txt, NAME.meta.json):"
                + " token and 4-shingle precision/recall/F1 per language, title and date accuracy.")
public class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Corpus folder.")
    Path corpus;

    @Option(names = "--mode", defaultValue = "text", paramLabel = "text|html",
            description = "Which copy of each page to extract: text (NAME.page.txt) or html (NAME.html). Default: ${DEFAULT-VALUE}.")
    String mode;

    @Option(names = "--pages", description = "Also print each page's precision, recall and F1, worst first.")
    boolean pages;

    @Override
    public Integer call() throws Exception {
        CorpusEvaluation.Mode m;
        try {
            m = CorpusEvaluation.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("unknown --mode '" + mode + "': use text or html");
            return ExitCode.CANNOT_RUN;
        }
        if (!Files.isRegularFile(corpus.resolve("manifest.tsv"))) {
            System.err.println(corpus + " is not a corpus folder: manifest.tsv is missing");
            return ExitCode.CANNOT_RUN;
        }
        FormatExtractor extractor = FormatExtractor.standard();
        InputFormat format = m == CorpusEvaluation.Mode.HTML ? InputFormat.HTML : InputFormat.TEXT;
        if (extractor.extractorFor(format).isEmpty()) {
            System.err.println("no extractor for ." + format.id() + " inputs is registered in this build: cannot evaluate --mode " + mode);
            return ExitCode.CANNOT_RUN;
        }
        CorpusEvaluation.Report report = new CorpusEvaluation(extractor, new InputDecoder()).run(corpus, m);
        CorpusEvaluation.print(report, m, System.out);
        if (pages) {
            System.out.println();
            CorpusEvaluation.printPages(report, System.out);
        }
        return ExitCode.OK;
    }
}
