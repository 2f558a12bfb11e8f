package dev.mekong.site;

import java.util.List;

/**
 * What the pipeline reports about a build besides the articles themselves.
 *
 * @param quarantined inputs that did not become articles, with the reason written for the editor
 * @param warnings    anything else the editor should look at, one sentence each
 * @param translation what each translation engine was sent since the previous render
 */
public record BuildSummary(List<Quarantined> quarantined, List<String> warnings, List<TranslationCost> translation) {

    /** An input moved to quarantine: its file name relative to the inbox and why. */
    public record Quarantined(String input, String reason) {
    }

    /**
     * One engine's cost: requests and characters sent (or only counted, in a dry run), retries, and
     * why it was stopped for the build, if it was.
     */
    public record TranslationCost(String engine, long requests, long charactersSent, long charactersDryRun,
                                  long retries, String stopped) {
    }

    public BuildSummary {
        quarantined = quarantined == null ? List.of() : List.copyOf(quarantined);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        translation = translation == null ? List.of() : List.copyOf(translation);
    }

    public BuildSummary(List<Quarantined> quarantined, List<String> warnings) {
        this(quarantined, warnings, List.of());
    }

    public static BuildSummary empty() {
        return new BuildSummary(List.of(), List.of(), List.of());
    }
}
