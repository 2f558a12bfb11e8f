package dev.mekong.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Human translations waiting in the inbox: the languages that Markdown and JSON inputs not read yet give
 * for a translationKey. The inbox is read in name order, so the source of an article is often read before
 * its versions; without this look ahead, an engine would be paid to translate into languages whose human
 * translation is about to be read. Only a hint, read leniently from each file's first bytes (the
 * {@code translationKey} and {@code lang} fields): a version it misses is translated and then replaced
 * when read; a version it finds that is then quarantined leaves its language untranslated until the
 * source is read again.
 */
public class PendingVersions {

    private static final int HEAD_BYTES = 16_384;
    private static final Pattern YAML_KEY = Pattern.compile("(?m)^translation_?[kK]ey:\\s*[\"']?(.+?)[\"']?\\s*$");
    private static final Pattern YAML_LANG = Pattern.compile("(?m)^lang(?:uage)?:\\s*[\"']?(.+?)[\"']?\\s*$");
    private static final Pattern JSON_KEY = Pattern.compile("\"translation_?[kK]ey\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LANG = Pattern.compile("\"lang(?:uage)?\"\\s*:\\s*\"([^\"]+)\"");

    /** What one file gives, known by its size and time stamp so that it is read once. */
    private record Claim(long size, FileTime modified, String key, String language) {
    }

    private final Path inbox;
    private final Map<String, Claim> claims = new HashMap<>();
    /** The inbox folder's time stamp when it was last listed: it changes when a file comes or goes. */
    private FileTime listed;

    public PendingVersions(Path inbox) {
        this.inbox = inbox;
    }

    /** The languages (primary subtags) inputs in the inbox other than {@code except} give for {@code key}. */
    public synchronized Set<String> languages(String key, String except) {
        refresh();
        Set<String> languages = new HashSet<>();
        claims.forEach((name, claim) -> {
            if (key.equals(claim.key()) && claim.language() != null && !name.equals(except)) {
                languages.add(claim.language());
            }
        });
        return languages;
    }

    private void refresh() {
        try {
            FileTime stamp = Files.getLastModifiedTime(inbox);
            if (stamp.equals(listed)) {
                return;
            }
            listed = stamp;
            Map<String, Claim> current = new HashMap<>();
            try (Stream<Path> files = Files.list(inbox)) {
                files.filter(PendingVersions::isStructured).filter(Files::isRegularFile).forEach(file -> {
                    String name = file.getFileName().toString();
                    claimOf(file, claims.get(name)).ifPresent(claim -> current.put(name, claim));
                });
            }
            claims.clear();
            claims.putAll(current);
        } catch (IOException e) {
            claims.clear(); // no inbox (yet): nothing waits in it
        }
    }

    private static boolean isStructured(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".json"));
    }

    private static Optional<Claim> claimOf(Path file, Claim known) {
        try {
            long size = Files.size(file);
            FileTime modified = Files.getLastModifiedTime(file);
            if (known != null && known.size() == size && known.modified().equals(modified)) {
                return Optional.of(known);
            }
            String head;
            try (InputStream in = Files.newInputStream(file)) {
                head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            }
            boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            if (!json) {
                int close = head.startsWith("---") ? head.indexOf("\n---", 3) : -1;
                head = close < 0 ? "" : head.substring(0, close); // the front matter only
            }
            String key = first(json ? JSON_KEY : YAML_KEY, head);
            String language = first(json ? JSON_LANG : YAML_LANG, head);
            return Optional.of(new Claim(size, modified, key,
                    language == null ? null : language.split("-")[0].toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            return Optional.empty(); // gone, or not readable: read by the pipeline, which says why
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}
