package dev.mekong.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Options shared by the commands that run the pipeline; each maps to one configuration key. */
public class PipelineOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file overriding the defaults.")
    Path configFile;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Inbox folder (mekong.inbox).")
    Path inbox;

    @Option(names = "--site", paramLabel = "DIR", description = "Output folder for the site (mekong.site).")
    Path site;

    @Option(names = "--content", paramLabel = "DIR", description = "Article records folder (mekong.content).")
    Path content;

    @Option(names = "--quarantine", paramLabel = "DIR", description = "Folder for rejected inputs (mekong.quarantine).")
    Path quarantine;

    @Option(names = "--archive", paramLabel = "DIR", description = "Folder for processed inputs (mekong.archive).")
    Path archive;

    @Option(names = "--keep-inputs", arity = "1", paramLabel = "true|false",
            description = "Leave inputs in the inbox (true) or move them out (false) (mekong.keep-inputs).")
    Boolean keepInputs;

    @Option(names = "--allow-mass-retire",
            description = "Retire articles whose inputs left the inbox even when they are more than mekong.retire.max-share of the site (mekong.retire.allow-mass).")
    boolean allowMassRetire;

    @Option(names = "--translator", paramLabel = "NAME", description = "Translation engine (mekong.translator).")
    String translator;

    @Option(names = "-D", paramLabel = "KEY=VALUE", description = "Set any configuration key.")
    Map<String, String> properties = new LinkedHashMap<>();

    Map<String, String> overrides() {
        Map<String, String> overrides = new LinkedHashMap<>(properties);
        put(overrides, "mekong.inbox", inbox);
        put(overrides, "mekong.site", site);
        put(overrides, "mekong.content", content);
        put(overrides, "mekong.quarantine", quarantine);
        put(overrides, "mekong.archive", archive);
        put(overrides, "mekong.keep-inputs", keepInputs);
        put(overrides, "mekong.translator", translator);
        if (allowMassRetire) {
            overrides.put("mekong.retire.allow-mass", "true");
        }
        return overrides;
    }

    private static void put(Map<String, String> map, String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof Path p ? p.toAbsolutePath().toString() : value.toString());
        }
    }
}
