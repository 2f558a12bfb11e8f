package dev.mekong.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
 * source is read again. An input the journal of a kept inbox vouches for (read before, unchanged since:
 * {@link InputIndex.Entry#vouchesFor}) waits for nothing and is not opened: a rebuild that adds one article
 * to an inbox of 40,000 reads the heads of its own few files, not of all of them.
 */
public class PendingVersions {

    private static final int HEAD_BYTES = 16_384;
    /**
     * Above this many structured files, the inbox is listed again at most once per ten times what its last
     * listing cost. Archiving an input changes the folder, so a large drop would otherwise be listed (and every
     * file in it looked at) once per input: quadratic. At most a tenth of the time goes to the hint; a version
     * dropped in between is seen at the next listing, or read and stored as usual.
     */
    static final int LARGE_INBOX = 1_000;
    private static final Pattern YAML_KEY = Pattern.compile("(?m)^translation_?[kK]ey:\\s*[\"']?(.+?)[\"']?\\s*$");
    private static final Pattern YAML_LANG = Pattern.compile("(?m)^lang(?:uage)?:\\s*[\"']?(.+?)[\"']?\\s*$");
    private static final Pattern JSON_KEY = Pattern.compile("\"translation_?[kK]ey\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LANG = Pattern.compile("\"lang(?:uage)?\"\\s*:\\s*\"([^\"]+)\"");

    /** What one file gives, known by its size and time stamp so that it is read once. */
    private record Claim(long size, FileTime modified, String key, String language) {
    }

    private final Path inbox;
    private final Map<String, Claim> claims = new HashMap<>();
    /** translationKey → file name → language: a lookup costs what the key's own files cost, not the inbox's. */
    private final Map<String, Map<String, String>> languagesByKey = new HashMap<>();
    /** The inbox folder's time stamp when it was last listed: it changes when a file comes or goes. */
    private FileTime listed;
    /** When the last listing started and what it cost, for {@link #LARGE_INBOX}. */
    private long listedAtNanos;
    private long listingNanos;

    private final InputIndex handled;

    /** The inputs waiting in an inbox whose every file may wait (an archiving one). */
    public PendingVersions(Path inbox) {
        this(inbox, null);
    }

    /** @param handled the journal of a kept inbox: the inputs it vouches for are not waiting; null: none is */
    public PendingVersions(Path inbox, InputIndex handled) {
        this.inbox = inbox;
        this.handled = handled;
    }

    /** The languages (primary subtags) inputs in the inbox other than {@code except} give for {@code key}. */
    public synchronized Set<String> languages(String key, String except) {
        refresh();
        Set<String> languages = new HashSet<>();
        languagesByKey.getOrDefault(key, Map.of()).forEach((name, language) -> {
            if (!name.equals(except)) {
                languages.add(language);
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
            long start = System.nanoTime();
            if (claims.size() > LARGE_INBOX && start - listedAtNanos < 10 * listingNanos) {
                return;
            }
            listed = stamp;
            listedAtNanos = start;
            Map<String, Claim> current = new HashMap<>();
            try (Stream<Path> files = Files.list(inbox)) {
                files.filter(PendingVersions::isStructured).forEach(file -> {
                    String name = file.getFileName().toString();
                    claimOf(file, claims.get(name), handled).ifPresent(claim -> current.put(name, claim));
                });
            }
            claims.clear();
            claims.putAll(current);
            listingNanos = System.nanoTime() - start;
        } catch (IOException e) {
            claims.clear(); // no inbox (yet): nothing waits in it
        }
        languagesByKey.clear();
        claims.forEach((name, claim) -> {
            if (claim.key() != null && claim.language() != null) {
                languagesByKey.computeIfAbsent(claim.key(), k -> new HashMap<>()).put(name, claim.language());
            }
        });
    }

    private static boolean isStructured(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".json"));
    }

    private static Optional<Claim> claimOf(Path file, Claim known, InputIndex handled) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class); // one stat
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            long size = attributes.size();
            FileTime modified = attributes.lastModifiedTime();
            if (handled != null && handled.get(file.getFileName().toString())
                    .filter(entry -> entry.vouchesFor(size, modified.toMillis())).isPresent()) {
                return Optional.empty();
            }
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
