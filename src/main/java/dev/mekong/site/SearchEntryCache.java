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
import java.util.HashMap;
import java.util.Map;

/**
 * {@code content/search-entries/CODE.jsonl}: a language's search-index entries as last written, by what
 * they were made from ({@link SearchPages.Source}), so that a new process does not tokenize 10,000 articles
 * again to write the index of one new article (tokenizing is what an index costs). Only a cache: the first
 * line names the {@link SiteFingerprint} the entries were made under, and a file made under another one, or
 * unreadable, is not used; an entry whose source changed is simply not found and made afresh.
 */
final class SearchEntryCache {

    private static final Logger LOG = LoggerFactory.getLogger(SearchEntryCache.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectReader LINE_READER = JSON.readerFor(Line.class);

    private record Header(String fingerprint) {
    }

    /** One entry: {@code entry} is its JSON as the index holds it, kept as text so that its bytes stay the same. */
    private record Line(SearchPages.Source source, String entry) {
    }

    private final Path folder;
    private final String fingerprint;

    SearchEntryCache(Path contentDir, String fingerprint) {
        this.folder = contentDir.resolve("search-entries");
        this.fingerprint = fingerprint;
    }

    /** The entries of a language, or none when there is no usable file. */
    Map<SearchPages.Source, byte[]> load(String code) {
        Path file = file(code);
        Map<SearchPages.Source, byte[]> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                return entries;
            }
            int headerEnd = JsonLines.lineEnd(bytes, 0);
            if (!fingerprint.equals(JSON.readValue(bytes, 0, headerEnd, Header.class).fingerprint())) {
                return entries;
            }
            boolean[] whole = {true};
            JsonLines.<Line>forEachValue(bytes, headerEnd + 1, LINE_READER, line -> {
                if (line == null || line.source() == null || line.entry() == null) {
                    whole[0] = false;
                } else {
                    entries.put(line.source(), line.entry().getBytes(StandardCharsets.UTF_8));
                }
            });
            if (!whole[0]) {
                throw new IOException("a line that is not an entry");
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            LOG.info("search entries of {} not used ({}): they are made afresh", code, e.toString());
            return new HashMap<>();
        }
    }

    /** Replaces a language's file with these entries; a file that cannot be written costs only tokenizing. */
    void save(String code, Map<SearchPages.Source, byte[]> entries) {
        Path file = file(code);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(line(new Header(fingerprint)));
            for (Map.Entry<SearchPages.Source, byte[]> entry : entries.entrySet()) {
                out.writeBytes(line(new Line(entry.getKey(), new String(entry.getValue(), StandardCharsets.UTF_8))));
            }
            AtomicFiles.write(file, out.toByteArray());
        } catch (IOException e) {
            LOG.warn("cannot write {} ({}): the next process tokenizes the search entries again", file, e.toString());
        }
    }

    private Path file(String code) {
        return folder.resolve(code + ".jsonl");
    }

    private static byte[] line(Object value) throws JsonProcessingException {
        return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
