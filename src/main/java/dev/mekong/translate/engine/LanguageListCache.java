package dev.mekong.translate.engine;

import java.util.Optional;

/**
 * Holds what an engine's language list call returned, asked once per engine instance. A failed call
 * is remembered as "unknown" so a down server is not asked again for every segment.
 */
final class LanguageListCache<T> {

    interface Loader<T> {
        T load() throws EngineException;
    }

    private final Loader<T> loader;
    private boolean loaded;
    private T value;

    LanguageListCache(Loader<T> loader) {
        this.loader = loader;
    }

    synchronized Optional<T> get() {
        if (!loaded) {
            loaded = true;
            try {
                value = loader.load();
            } catch (EngineException | RuntimeException e) {
                value = null;
            }
        }
        return Optional.ofNullable(value);
    }
}
