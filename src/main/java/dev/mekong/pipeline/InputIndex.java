package dev.mekong.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mekong.model.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code content/inputs.jsonl}: what became of each input of a kept inbox, so that the next run can skip an
 * input whose bytes it has already turned into a record ({@link UnchangedInputs}). An append-only journal:
 * the first line holds the {@link RecordFingerprint} its entries were made under, each further line one
 * input's {@link Entry} (a later line for the same file replaces an earlier one). A start compacts it when it
 * holds anything else than one entry per file still in the inbox: it is rewritten atomically with those, or
 * with none when the settings changed. Entries are appended only once the record they vouch for is stored; a line cut short by
 * a crash is ignored, and a missing or unreadable journal only means that every input is read again.
 */
public final class InputIndex {

    public static final String FILE_NAME = "inputs.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(InputIndex.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What a published input became, or what a duplicate repeats. */
    public static final String PUBLISHED = "published";
    public static final String DUPLICATE = "duplicate";

    /**
     * One input as it was read.
     *
     * @param file     the input's name in the inbox
     * @param size     its size in bytes
     * @param modified its modification time, in milliseconds
     * @param sha256   the hash of its bytes
     * @param outcome  {@link #PUBLISHED} or {@link #DUPLICATE}
     * @param article  the id of the article it was stored as, or of the article it duplicates
     * @param hashed   when its bytes were hashed, in milliseconds (null in entries of older journals)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String file, long size, long modified, String sha256, String outcome, String article, Long hashed) {

        /**
         * How long after its last modification a file must have been hashed for its size and time alone to
         * vouch for its bytes: a write during or after the hashing gives it a later time, one in the same
         * clock tick as the time noted cannot come after it.
         */
        static final long SETTLED_MILLIS = 2_000;

        /**
         * Whether a file of this size and modification time has the bytes this entry hashed, without hashing
         * them again (as make and git decide): true when they are the ones noted and the file was hashed well
         * after that time.
         */
        public boolean vouchesFor(long size, long modified) {
            return size == this.size && modified == this.modified && hashed != null && hashed - modified > SETTLED_MILLIS;
        }
    }

    private record Header(String settings, Map<String, String> parts) {
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private InputIndex(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * Reads the journal of a content folder, keeps the entries made under these settings for the files
     * {@code inInbox} still holds, and rewrites it with them.
     */
    public static InputIndex open(Path contentDir, RecordFingerprint settings, Predicate<String> inInbox) {
        Path file = contentDir.resolve(FILE_NAME);
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> lines = lines(file);
        boolean compact = false; // whether the file holds the entries kept and nothing else, under these settings
        if (!lines.isEmpty()) {
            Header header = header(lines.get(0));
            if (header == null) {
                LOG.warn("{} has no readable first line: every input is read again", file);
            } else if (!header.settings().equals(settings.hash())) {
                LOG.info("settings changed since the last run ({}): every input is read again",
                        String.join(", ", settings.changedSince(RecordFingerprint.ofParts(header.parts()))));
            } else {
                compact = true;
                for (String line : lines.subList(1, lines.size())) {
                    Entry entry = entry(line);
                    if (entry != null && inInbox.test(entry.file())) {
                        compact &= entries.put(entry.file(), entry) == null;
                    } else {
                        compact = false;
                    }
                }
            }
        }
        InputIndex index = new InputIndex(file, entries);
        if (!compact) {
            index.compact(settings);
        }
        return index;
    }

    /** The entry of an input, if it has one. */
    public synchronized Optional<Entry> get(String fileName) {
        return Optional.ofNullable(entries.get(fileName));
    }

    /** How many inputs have an entry. */
    public synchronized int size() {
        return entries.size();
    }

    /** Appends an entry; call only once the record it vouches for is stored. */
    public synchronized void record(Entry entry) {
        try {
            Files.write(file, line(entry), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        entries.put(entry.file(), entry);
    }

    private void compact(RecordFingerprint settings) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(line(new Header(settings.hash(), settings.parts())));
            for (Entry entry : entries.values()) {
                bytes.write(line(entry));
            }
            byte[] compacted = bytes.toByteArray();
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), compacted)) {
                return;
            }
            AtomicFiles.write(file, compacted);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            LOG.warn("cannot read {} ({}): every input is read again", file, e.toString());
            return List.of();
        }
    }

    private static Header header(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.hasNonNull("settings") ? JSON.treeToValue(node, Header.class) : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The entry on a line, or null for a line cut short by a crash or otherwise unreadable. */
    private static Entry entry(String line) {
        try {
            Entry entry = JSON.readValue(line, Entry.class);
            boolean whole = entry.file() != null && entry.sha256() != null && entry.article() != null
                    && (PUBLISHED.equals(entry.outcome()) || DUPLICATE.equals(entry.outcome()));
            return whole ? entry : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static byte[] line(Object value) throws JsonProcessingException {
        return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
