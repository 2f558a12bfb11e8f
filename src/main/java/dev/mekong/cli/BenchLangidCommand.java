package dev.mekong.cli;

import dev.mekong.language.LangidBenchmark;
import dev.mekong.language.LangidEvaluation;
import dev.mekong.language.ScriptFirstLanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** What the language detector costs: load time, heap and texts/second on one thread. */
@Command(name = "bench-langid", mixinStandardHelpOptions = true,
        description = "Model load time, heap held after load and texts/second on one thread (per category "
                + "and overall) of the language detector, on the texts of a gold TSV.")
public class BenchLangidCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "TSV: gold accept variant category text, header row")
    Path corpus;

    @Override
    public Integer call() throws Exception {
        LangidBenchmark.report(LangidBenchmark.load(ScriptFirstLanguageDetector::new),
                LangidEvaluation.read(corpus), System.out);
        return ExitCode.OK;
    }
}
