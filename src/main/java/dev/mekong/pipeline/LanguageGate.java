package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Stops an article whose language is uncertain from being translated from a wrong language: it is
 * flagged in the run log, or quarantined when configured so.
 */
public class LanguageGate {

    private final double minConfidence;
    private final boolean quarantine;
    private final RunLog log;
    private final Consumer<String> readAgainNextRun;

    /**
     * @param readAgainNextRun told the name of every input flagged, so that its warning is given by every run
     *                         ({@link UnchangedInputs#readAgainNextRun})
     */
    public LanguageGate(double minConfidence, boolean quarantine, RunLog log, Consumer<String> readAgainNextRun) {
        this.minConfidence = minConfidence;
        this.quarantine = quarantine;
        this.log = log;
        this.readAgainNextRun = readAgainNextRun;
    }

    public Article check(Article article) {
        var language = article.language();
        if (language == null || language.isUndetermined() || language.confidence() < minConfidence) {
            String what = language == null ? "no language" : String.format(Locale.ROOT, "language %s with confidence %.2f",
                    language.tag(), language.confidence());
            String message = what + " is below the threshold " + minConfidence + " (mekong.language.min-confidence)";
            if (quarantine) {
                throw new InputRejectedException("uncertain language: " + message);
            }
            readAgainNextRun.accept(article.source().fileName());
            log.warn(article.source().fileName(), article.source().fileName() + ": " + message);
        }
        return article;
    }
}
