package dev.mekong.language;

/** One detector for all tests of this package: building it loads the model and word lists. */
final class SharedDetector {

    static final ScriptFirstLanguageDetector DETECTOR = new ScriptFirstLanguageDetector();

    private SharedDetector() {
    }
}
