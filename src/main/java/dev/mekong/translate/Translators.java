package dev.mekong.translate;

import dev.mekong.language.LanguageDetector;
import dev.mekong.translate.engine.DeepLEngine;
import dev.mekong.translate.engine.EngineRegistry;
import dev.mekong.translate.engine.EngineSettings;
import dev.mekong.translate.engine.OpenAiEngine;
import dev.mekong.translate.glossary.Glossary;
import dev.mekong.translate.glossary.GlossaryLoader;
import dev.mekong.translate.memory.TranslationMemory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the configured translator. Keys (all optional; {@code ENGINE} is an engine name):
 * <pre>
 * mekong.translator                          none | pseudo | libretranslate | deepl | openai | apertium,
 *                                            or a chain in order of preference: deepl,libretranslate
 * mekong.translate.memory                    memory file, relative to the content folder
 *                                            (translation-memory.jsonl; empty: not persisted)
 * mekong.translate.glossaries                comma-separated CSV/TBX files (relative to the working dir)
 * mekong.translate.budget-chars              most characters sent per build, 0 = no limit
 * mekong.translate.dry-run                   count what would be sent, send nothing
 * mekong.translate.length-ratio-tolerance    3.0
 * mekong.translate.min-chars-ratio           20 (shorter segments skip the length check)
 * mekong.translate.min-chars-detect          40 (shorter outputs skip the language re-detection)
 * mekong.translate[.ENGINE].timeout-ms       30000
 * mekong.translate[.ENGINE].concurrency      2 requests in flight per engine
 * mekong.translate[.ENGINE].rate             2 requests per second per engine (0 = no limit)
 * mekong.translate[.ENGINE].retries          3
 * mekong.translate[.ENGINE].backoff-ms       500, doubled per retry
 * mekong.translate[.ENGINE].backoff-max-ms   30000
 * mekong.translate[.ENGINE].retry-after-max-ms 60000 (a longer Retry-After fails the request instead)
 * mekong.translate[.ENGINE].max-wait-ms      120000 (retry waits per build; past it the engine is stopped)
 * mekong.translate[.ENGINE].breaker-failures 5
 * mekong.translate[.ENGINE].breaker-open-ms  60000
 * mekong.translate.ENGINE.url                base URL (defaults below)
 * mekong.translate.ENGINE.api-key            else env MEKONG_ENGINE_API_KEY, else DEEPL_AUTH_KEY /
 *                                            OPENAI_API_KEY / LIBRETRANSLATE_API_KEY
 * mekong.translate.openai.model              gpt-4o-mini
 * mekong.translate.openai.temperature        0
 * mekong.translate.ENGINE.batch-chars        characters per request (libretranslate, openai, apertium)
 * </pre>
 * Keys are never logged: {@link EngineSettings#toString()} masks them.
 */
public final class Translators {

    public static final String NONE = "none";
    private static final String PREFIX = "mekong.translate.";
    private static final Map<String, String> DEFAULT_URLS = Map.of(
            "libretranslate", "http://127.0.0.1:5000",
            "openai", "https://api.openai.com/v1",
            "apertium", "http://127.0.0.1:2737");
    private static final Map<String, String> CONVENTIONAL_KEY_VARIABLES = Map.of(
            DeepLEngine.NAME, "DEEPL_AUTH_KEY",
            OpenAiEngine.NAME, "OPENAI_API_KEY",
            "libretranslate", "LIBRETRANSLATE_API_KEY");

    private Translators() {
    }

    public static ChainTranslator fromSettings(Map<String, String> settings, Path contentDir, LanguageDetector detector) {
        return fromSettings(settings, System.getenv(), contentDir, detector);
    }

    public static ChainTranslator fromSettings(Map<String, String> settings, Map<String, String> env, Path contentDir,
                                               LanguageDetector detector) {
        String spec = settings.getOrDefault("mekong.translator", NONE).strip();
        List<String> names = new ArrayList<>();
        for (String n : spec.split(",")) {
            String engine = n.strip().toLowerCase(Locale.ROOT);
            if (!engine.isEmpty() && !engine.equals(NONE)) {
                names.add(engine);
            }
        }
        ChainTranslator.Builder builder = ChainTranslator.builder(names.isEmpty() ? NONE : String.join(",", names))
                .memory(memory(settings, contentDir))
                .glossary(glossary(settings))
                .detector(detector)
                .validation(number(settings, PREFIX + "length-ratio-tolerance", 3.0),
                        (int) number(settings, PREFIX + "min-chars-ratio", 20),
                        (int) number(settings, PREFIX + "min-chars-detect", 40))
                .budget((long) number(settings, PREFIX + "budget-chars", 0))
                .dryRun(Boolean.parseBoolean(settings.getOrDefault(PREFIX + "dry-run", "false")));
        for (String name : names) {
            EngineSettings engineSettings = engineSettings(name, settings, env);
            builder.engine(EngineRegistry.create(engineSettings), engineSettings);
        }
        return builder.build();
    }

    private static TranslationMemory memory(Map<String, String> settings, Path contentDir) {
        String file = settings.getOrDefault(PREFIX + "memory", "translation-memory.jsonl").strip();
        if (file.isEmpty() || contentDir == null) {
            return TranslationMemory.inMemory();
        }
        TranslationMemory memory = TranslationMemory.open(contentDir.resolve(file));
        // several machines (the ingest node and the translation workers) append to one file on shared storage
        return "jms".equals(settings.getOrDefault("mekong.transport", "local").strip()) ? memory.shared() : memory;
    }

    private static Glossary glossary(Map<String, String> settings) {
        String files = settings.getOrDefault(PREFIX + "glossaries", "").strip();
        if (files.isEmpty()) {
            return Glossary.empty();
        }
        List<Path> paths = new ArrayList<>();
        for (String f : files.split(",")) {
            if (!f.isBlank()) {
                paths.add(Path.of(f.strip()));
            }
        }
        try {
            return GlossaryLoader.load(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read glossary: " + e.getMessage(), e);
        }
    }

    static EngineSettings engineSettings(String name, Map<String, String> settings, Map<String, String> env) {
        Map<String, String> own = new HashMap<>();
        String enginePrefix = PREFIX + name + ".";
        settings.forEach((k, v) -> {
            if (k.startsWith(enginePrefix)) {
                own.put(k.substring(enginePrefix.length()), v.strip());
            }
        });
        String apiKey = firstNonBlank(own.get("api-key"),
                env.get("MEKONG_" + name.toUpperCase(Locale.ROOT) + "_API_KEY"),
                CONVENTIONAL_KEY_VARIABLES.containsKey(name) ? env.get(CONVENTIONAL_KEY_VARIABLES.get(name)) : null);
        String url = firstNonBlank(own.get("url"), DEFAULT_URLS.get(name),
                name.equals(DeepLEngine.NAME) ? deepLUrl(apiKey) : null);
        return new EngineSettings(name, url, apiKey, firstNonBlank(own.get("model"), "gpt-4o-mini"),
                Duration.ofMillis((long) perEngine(settings, own, "timeout-ms", 30_000)),
                (int) perEngine(settings, own, "concurrency", 2),
                perEngine(settings, own, "rate", 2),
                (int) perEngine(settings, own, "retries", 3),
                Duration.ofMillis((long) perEngine(settings, own, "backoff-ms", 500)),
                Duration.ofMillis((long) perEngine(settings, own, "backoff-max-ms", 30_000)),
                Duration.ofMillis((long) perEngine(settings, own, "retry-after-max-ms", 60_000)),
                Duration.ofMillis((long) perEngine(settings, own, "max-wait-ms", 120_000)),
                (int) perEngine(settings, own, "breaker-failures", 5),
                Duration.ofMillis((long) perEngine(settings, own, "breaker-open-ms", 60_000)),
                own);
    }

    /** DeepL free-plan keys end in ":fx" and use a different host. */
    private static String deepLUrl(String apiKey) {
        return apiKey != null && apiKey.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
    }

    private static double perEngine(Map<String, String> settings, Map<String, String> own, String key, double fallback) {
        String value = own.containsKey(key) ? own.get(key) : settings.get(PREFIX + key);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
    }

    private static double number(Map<String, String> settings, String key, double fallback) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
