package dev.mekong.site;

import java.util.List;

/**
 * What the pipeline reports about a build besides the articles themselves.
 *
 * @param quarantined inputs that did not become articles, with the reason written for the editor
 * @param warnings    anything else the editor should look at, one sentence each
 */
public record BuildSummary(List<Quarantined> quarantined, List<String> warnings) {

    /** An input moved to quarantine: its file name relative to the inbox and why. */
    public record Quarantined(String input, String reason) {
    }

    public BuildSummary {
        quarantined = quarantined == null ? List.of() : List.copyOf(quarantined);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public static BuildSummary empty() {
        return new BuildSummary(List.of(), List.of());
    }
}
