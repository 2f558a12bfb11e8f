package dev.mekong.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mekong.model.AtomicFiles;
import dev.mekong.model.JsonLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code content/record-inputs.jsonl}: the inputs of each stored record with the record's stamp (size and
 * modification time) when they were noted, so that a start learns what every record was made from without
 * reading 10,000 article bodies ({@link ArticleStore#open}). An append-only journal, a line per record
 * written (a later line for the same record replaces an earlier one), compacted by the start that reads it.
 * Only a cache: a line whose stamp is not the record's own is ignored and the record read, and a line cut
 * short by a crash, an unreadable or a missing journal only mean that records are read.
 */
final class InputsJournal {

    static final String FILE_NAME = "record-inputs.jsonl";

    private static final Logger LOG = LoggerFactory.getLogger(InputsJournal.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectReader LINE_READER = JSON.readerFor(Line.class);

    /** One record's inputs, as noted when the record had this stamp. */
    record Line(SiteIndex.RecordStamp stamp, StoredInputs inputs) {
    }

    /** The lines read, by record id, and whether the file held exactly these (nothing to compact). */
    record Contents(Map<String, Line> lines, boolean compact) {
    }

    private final Path file;

    InputsJournal(Path contentDir) {
        this.file = contentDir.resolve(FILE_NAME);
    }

    Contents read() {
        Map<String, Line> lines = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new Contents(lines, false);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.warn("cannot read {} ({}): every article record is read", file, e.toString());
            return new Contents(lines, false);
        }
        boolean[] compact = {true};
        JsonLines.<Line>forEachValue(bytes, 0, LINE_READER, line -> {
            boolean whole = line != null && line.stamp() != null && line.inputs() != null && line.inputs().id() != null;
            if (!whole || lines.put(line.inputs().id(), line) != null) {
                compact[0] = false;
            }
        });
        return new Contents(lines, compact[0]);
    }

    /** Appends a record's line; a journal that cannot be written only costs the next start a read. */
    void append(Line line) {
        try {
            Files.write(file, bytes(line), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("cannot write {} ({}): the next start reads the record of {}", file, e.toString(), line.inputs().id());
        }
    }

    /** Replaces the journal with these lines, atomically. */
    void rewrite(Collection<Line> lines) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (Line line : lines) {
                bytes.write(bytes(line));
            }
            AtomicFiles.write(file, bytes.toByteArray());
        } catch (IOException e) {
            LOG.warn("cannot write {} ({}): the next start reads every article record", file, e.toString());
        }
    }

    private static byte[] bytes(Line line) throws JsonProcessingException {
        return (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
