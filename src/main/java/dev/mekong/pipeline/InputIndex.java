package dev.mekong.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mekong.model.AtomicFiles;
import dev.mekong.model.JsonLines;
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

        /** This entry for the same bytes, seen with this size and time and hashed at {@code hashed}. */
        Entry seenAs(long size, long modified, long hashed) {
            return new Entry(file, size, modified, sha256, outcome, article, hashed);
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
        byte[] bytes = bytes(file);
        boolean compact = false; // whether the file holds the entries kept and nothing else, under these settings
        if (bytes.length > 0) {
            int headerEnd = JsonLines.lineEnd(bytes, 0);
            Header header = header(new String(bytes, 0, headerEnd, StandardCharsets.UTF_8));
            if (header == null) {
                LOG.warn("{} has no readable first line: every input is read again", file);
            } else if (!header.settings().equals(settings.hash())) {
                LOG.info("settings changed since the last run ({}): every input is read again",
                        String.join(", ", settings.changedSince(RecordFingerprint.ofParts(header.parts()))));
            } else {
                boolean[] onePerFile = {true};
                JsonLines.forEach(bytes, headerEnd + 1, (line, from, to) -> {
                    Entry entry = entry(line, from, to);
                    if (entry != null && inInbox.test(entry.file())) {
                        onePerFile[0] &= entries.put(entry.file(), entry) == null;
                    } else {
                        onePerFile[0] = false;
                    }
                });
                compact = onePerFile[0];
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

    private static byte[] bytes(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            LOG.warn("cannot read {} ({}): every input is read again", file, e.toString());
            return new byte[0];
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

    /**
     * The entry on a line, or null for a line cut short by a crash or otherwise unreadable. Read field by
     * field: a start reads 40,000 of them, and data binding took it a fifth of a second.
     */
    private static Entry entry(byte[] bytes, int from, int to) {
        String file = null;
        String sha256 = null;
        String outcome = null;
        String article = null;
        Long size = null;
        Long modified = null;
        Long hashed = null;
        try (JsonParser parser = JSON.getFactory().createParser(bytes, from, to - from)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "file" -> file = text(parser, value);
                    case "sha256" -> sha256 = text(parser, value);
                    case "outcome" -> outcome = text(parser, value);
                    case "article" -> article = text(parser, value);
                    case "size" -> size = number(parser, value);
                    case "modified" -> modified = number(parser, value);
                    case "hashed" -> hashed = number(parser, value);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        boolean whole = file != null && sha256 != null && article != null && size != null && modified != null
                && (PUBLISHED.equals(outcome) || DUPLICATE.equals(outcome));
        return whole ? new Entry(file, size, modified, sha256, outcome, article, hashed) : null;
    }

    private static String text(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_STRING ? parser.getText() : null;
    }

    private static Long number(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
    }

    private static byte[] line(Object value) throws JsonProcessingException {
        return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
