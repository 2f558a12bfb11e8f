package dev.mekong.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The UI strings of one site language, read from {@code i18n/messages_<code>.properties} (UTF-8) in the
 * templates location. English is the base layer, so a language without a bundle, or a bundle missing a
 * key, shows English. A templates folder overrides the bundled files key by key.
 */
final class UiStrings {

    static final String FALLBACK = "en";

    private UiStrings() {
    }

    static Map<String, String> load(String language, Path templatesFolder) {
        Map<String, String> strings = new TreeMap<>();
        for (String layer : language.equals(FALLBACK) ? new String[]{FALLBACK} : new String[]{FALLBACK, language}) {
            String name = "i18n/messages_" + layer + ".properties";
            readClasspath("templates/" + name, strings);
            if (templatesFolder != null) {
                readFile(templatesFolder.resolve(name), strings);
            }
        }
        if (strings.isEmpty()) {
            throw new IllegalStateException("no UI strings found for " + language + " (templates/i18n missing)");
        }
        return strings;
    }

    private static void readClasspath(String resource, Map<String, String> into) {
        try (InputStream in = UiStrings.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                read(new InputStreamReader(in, StandardCharsets.UTF_8), into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readFile(Path file, Map<String, String> into) {
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read(reader, into);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void read(Reader reader, Map<String, String> into) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        properties.stringPropertyNames().forEach(key -> into.put(key, properties.getProperty(key)));
    }
}
