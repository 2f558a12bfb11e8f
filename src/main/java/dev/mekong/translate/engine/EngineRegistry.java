package dev.mekong.translate.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Engine names and how to build each: registering an engine is one line here. */
public final class EngineRegistry {

    private static final Map<String, Function<EngineSettings, Engine>> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put(PseudoEngine.NAME, settings -> new PseudoEngine(
                Long.parseLong(settings.extra().getOrDefault("delay-ms", "0").strip())));
        FACTORIES.put(LibreTranslateEngine.NAME, LibreTranslateEngine::new);
        FACTORIES.put(DeepLEngine.NAME, DeepLEngine::new);
        FACTORIES.put(OpenAiEngine.NAME, OpenAiEngine::new);
        FACTORIES.put(ApertiumEngine.NAME, ApertiumEngine::new);
    }

    private EngineRegistry() {
    }

    public static Set<String> names() {
        return FACTORIES.keySet();
    }

    public static Engine create(EngineSettings settings) {
        Function<EngineSettings, Engine> factory = FACTORIES.get(settings.name());
        if (factory == null) {
            throw new IllegalArgumentException("unknown translation engine '" + settings.name()
                    + "'; known: none, " + String.join(", ", FACTORIES.keySet()));
        }
        return factory.apply(settings);
    }
}
