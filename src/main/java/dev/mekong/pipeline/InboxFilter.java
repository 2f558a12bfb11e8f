package dev.mekong.pipeline;

import dev.mekong.ingest.InputGuard;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides, before the file consumer locks or opens anything, which inbox entries are read:
 * <ul>
 *   <li>files the user told the pipeline to ignore (mekong.inbox-ignore: editors' temporary and partial
 *   files) are left alone, with one logged line;</li>
 *   <li>entries that must never be opened ({@link InputGuard#refusal}: links, named pipes, devices,
 *   hard-linked files) and names that are not UTF-8 are quarantined with a reason file, the entry itself
 *   never read;</li>
 *   <li>sub-folders are not read, with one logged line: a sub-folder of a drop folder holds what is not
 *   meant for publishing yet (drafts, an old batch, an archive kept beside it), and reading it would give
 *   two files of the same name in two folders the same article. A saved page's own folder
 *   ({@code story_files} beside {@code story.html}) is passed over without a line: its images are read
 *   with the page.</li>
 * </ul>
 * Each is reported once per entry, not on every poll; an entry that becomes acceptable (the link replaced
 * by a file) is read and reported again if it goes bad again. Names starting with a dot are skipped by
 * the file consumer itself, before this filter.
 */
public class InboxFilter implements GenericFileFilter<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(InboxFilter.class);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;

    /** Each mekong.inbox-ignore pattern as written, with its regular expression (made once, not per file). */
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    /** All of them in one expression: a poll asks once per file whether any matches, and which only when one does. */
    private final Pattern anyPattern;
    private final QuarantineStep quarantine;
    private final RunLog log;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public InboxFilter(List<String> patterns, QuarantineStep quarantine, RunLog log) {
        patterns.forEach(pattern -> this.patterns.put(pattern, regex(pattern)));
        this.anyPattern = Pattern.compile(this.patterns.values().stream().map(p -> "(?:" + p.pattern() + ")")
                .collect(Collectors.joining("|")), FLAGS);
        this.quarantine = quarantine;
        this.log = log;
    }

    /** Parses the comma-separated ant-style patterns of mekong.inbox-ignore. */
    public static List<String> patterns(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        String name = file.getFileNameOnly();
        Optional<String> pattern = ignoringPattern(name);
        if (pattern.isPresent()) {
            reportOnce(name, () -> skip(name, name + ": ignored, matches mekong.inbox-ignore pattern '" + pattern.get() + "'"));
            return false;
        }
        Path entry = Path.of(file.getAbsoluteFilePath());
        try {
            Optional<String> refusal;
            try {
                refusal = InputGuard.refusal(entry);
            } catch (NoSuchFileException e) {
                // listed under a name that opens nothing, or gone since it was listed
                return refuseUndecodable(entry.getParent(), name);
            }
            if (refusal.isPresent()) {
                reportOnce(name, () -> refuse(name, entry, refusal.get()));
                return false;
            }
        } catch (NoSuchFileException e) {
            return false; // gone since it was listed
        } catch (IOException e) {
            reportOnce(name, () -> skip(name, name + ": cannot be looked at (" + e.getMessage() + "); left in the inbox"));
            return false;
        }
        // as listed by the consumer; neither a link nor a special file, as the refusal above says
        if (file.isDirectory()) {
            if (isSavedPageFolder(entry)) {
                return false; // its images are read with the page (dev.mekong.media.ImageCapture)
            }
            reportOnce(name + "/", () -> skip(name, name + "/: a sub-folder; its files are not read (move them into the inbox itself)"));
            return false;
        }
        reported.remove(name);
        return true;
    }

    /** A browser's folder of a saved page's files: {@code story_files} beside {@code story.html} or {@code story.htm}. */
    private static boolean isSavedPageFolder(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.endsWith("_files") || name.length() == "_files".length()) {
            return false;
        }
        String page = name.substring(0, name.length() - "_files".length());
        return Files.isRegularFile(folder.resolveSibling(page + ".html")) || Files.isRegularFile(folder.resolveSibling(page + ".htm"));
    }

    /** The first pattern that matches a file name, ignoring case, or empty when the file is read. */
    public Optional<String> ignoringPattern(String name) {
        if (patterns.isEmpty() || !anyPattern.matcher(name).matches()) {
            return Optional.empty();
        }
        return patterns.entrySet().stream().filter(p -> p.getValue().matcher(name).matches()).map(Map.Entry::getKey).findFirst();
    }

    /**
     * An ant-style pattern over a file name as a regular expression: {@code *} any run of characters,
     * {@code ?} one, everything else itself, ignoring case. A name has no {@code /}, so {@code **} is
     * {@code *} and a pattern with a folder in it matches none.
     */
    static Pattern regex(String antPattern) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : antPattern.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(literal.isEmpty() ? "" : Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), FLAGS);
    }

    /**
     * A listed name that opens nothing: either the file went away, or its name is not UTF-8 and Java's
     * reading of it (with U+FFFD for each bad byte) names no file. The real entries are found by listing
     * the folder with NIO and are quarantined unopened.
     */
    private boolean refuseUndecodable(Path folder, String name) throws IOException {
        for (Path entry : InputGuard.undecodableEntries(folder, name)) {
            reportOnce(name, () -> refuse(name, entry, "the file name is not valid UTF-8, so it cannot be read; "
                    + "rename it (for example to a name without the characters shown as \uFFFD)"));
        }
        return false;
    }

    private void reportOnce(String key, Runnable report) {
        if (reported.add(key)) {
            report.run();
        }
    }

    private void skip(String name, String reason) {
        LOG.info(reason);
        log.skipped(name, reason);
    }

    private void refuse(String name, Path entry, String reason) {
        try {
            quarantine.refuse(name, entry, reason);
        } catch (RuntimeException e) {
            LOG.warn("quarantining {} failed: {}", name, e.toString());
            log.failed(name, reason + " (could not be quarantined: " + e.getMessage() + ")");
        }
        if (!quarantine.keepsInputs()) {
            reported.remove(name); // moved out of the inbox: an entry dropped again under that name is new
        }
    }
}
