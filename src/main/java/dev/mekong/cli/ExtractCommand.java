package dev.mekong.cli;

import dev.mekong.extract.ExtractionWriter;
import dev.mekong.extract.FormatExtractor;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code extract INPUT... --out DIR}: the cleaner alone, for inspection and evaluation. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract article text and metadata from inputs; writes DIR/NAME.txt (title, then one paragraph per line)"
                + " and DIR/NAME.json (metadata and removed blocks with their rules).")
public class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files (.txt, .html, .md, .json).")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        FormatExtractor extractor = FormatExtractor.standard();
        InputDecoder decoder = new InputDecoder();
        ExtractionWriter writer = new ExtractionWriter();
        int failed = 0;
        for (Path input : inputs) {
            try {
                Article article = extractor.extract(decoder.decode(input.getFileName().toString(), Files.readAllBytes(input)));
                writer.write(article, out);
            } catch (InputRejectedException e) {
                System.err.println(input + ": " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? ExitCode.OK : ExitCode.QUARANTINED;
    }
}
