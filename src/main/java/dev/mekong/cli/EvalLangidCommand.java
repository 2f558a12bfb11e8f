package dev.mekong.cli;

import dev.mekong.language.LangidEvaluation;
import dev.mekong.language.ScriptFirstLanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Measures the language detector on a gold TSV (gold, accept, variant, category, text). */
@Command(name = "eval-langid", mixinStandardHelpOptions = true,
        description = "Accuracy per language and category, misrouting of non-target languages, Hans/Hant, "
                + "confusion rows, model load time, heap and texts/second of the language detector.")
public class EvalLangidCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "TSV: gold accept variant category text, header row; '#' lines are comments")
    Path corpus;

    @Option(names = "--list-misrouted", description = "Also list every non-target row given a target tag.")
    boolean listMisrouted;

    @Option(names = "--list-errors", description = "Also list every row answered wrongly.")
    boolean listErrors;

    @Override
    public Integer call() throws Exception {
        LangidEvaluation.run(LangidEvaluation.read(corpus), ScriptFirstLanguageDetector::new, System.out, listMisrouted,
                listErrors);
        return ExitCode.OK;
    }
}
