package dev.mekong.translate.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/** Length, spacing and script facts per language, from {@code translate/languages.properties}. */
public final class LanguageProfiles {

    private final Properties facts = new Properties();

    private LanguageProfiles() {
        try (InputStream in = LanguageProfiles.class.getResourceAsStream("/translate/languages.properties")) {
            facts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final LanguageProfiles INSTANCE = new LanguageProfiles();

    public static LanguageProfiles get() {
        return INSTANCE;
    }

    /** Expected letters(target) / letters(source), when both languages are known. */
    public OptionalDouble expectedLengthRatio(String sourceTag, String targetTag) {
        String source = facts.getProperty(primary(sourceTag) + ".length");
        String target = facts.getProperty(primary(targetTag) + ".length");
        if (source == null || target == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(target) / Double.parseDouble(source));
    }

    /** What goes between two sentences translated separately. */
    public String sentenceSeparator(String targetTag) {
        return "false".equals(facts.getProperty(primary(targetTag) + ".spaced")) ? "" : " ";
    }

    /** The script the language is written in, when it has one. */
    public Optional<Character.UnicodeScript> script(String tag) {
        String script = facts.getProperty(primary(tag) + ".script");
        return script == null ? Optional.empty() : Optional.of(Character.UnicodeScript.valueOf(script));
    }

    public static String primary(String tag) {
        if (tag == null) {
            return "und";
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase();
    }
}
