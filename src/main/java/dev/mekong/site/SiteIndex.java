package dev.mekong.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mekong.model.AtomicFiles;
import dev.mekong.model.JsonLines;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The site index kept in the content folder, so that a new process knows what the live site shows without
 * reading a single article body: {@code content/site-index.jsonl}, a journal with a line per article written
 * (its {@link IndexEntry} and the record's stamp when it was read) or taken off, the last line of a key
 * winning, and {@code content/site-index.json} for the site as a whole. Written after a publish succeeded,
 * the entries first and the header last: an index that is behind the records only makes the next render do
 * more. Lines are appended (one file: reading 10,000 entry files cost a start half a second) and the journal
 * is written afresh, through a renamed temporary file, when most of its lines are outdated. A line a kill
 * cut short does not parse and is left out: the next render reads that record again, and a key whose last
 * line is lost has its earlier entry, whose stamp no longer matches the record (or whose record is gone).
 * The one-file-per-entry folder {@code content/site-index/} of older versions is read when there is no
 * journal yet, and deleted once the journal is written.
 */
final class SiteIndex {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final ObjectReader LINE_READER = JSON.readerFor(Line.class);

    /**
     * What the live site was rendered from besides the entries.
     *
     * @param fingerprint {@link SiteFingerprint} of the render
     * @param site        the site's path
     * @param generation  the name of the generation folder the site link pointed at
     * @param files       how many files the site has
     * @param summary     what the pipeline reported, shown in the build report
     * @param retired     the retired records the site has pages for the old URLs of ({@link RetiredPages})
     */
    record Header(String fingerprint, String site, String generation, int files, BuildSummary summary,
                  List<RetiredPages.Retired> retired) {

        Header {
            retired = retired == null ? List.of() : List.copyOf(retired);
        }
    }

    /** A record file's size and modification time: whether it may have changed since it was indexed. */
    record RecordStamp(long size, long modifiedNanos) {
    }

    /** One article's file. */
    record Stored(RecordStamp stamp, IndexEntry entry) {
    }

    /** A line of the journal: an article's file, or the key of an article taken off. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(Stored stored, String removed) {
    }

    private final Path contentDir;
    private final Path header;
    private final Path journal;
    private final Path oldFolder;
    /** Lines in the journal as far as this index knows; -1: not known (the next save writes it afresh). */
    private int journalLines = -1;

    SiteIndex(Path contentDir) {
        this.contentDir = contentDir;
        this.header = contentDir.resolve("site-index.json");
        this.journal = contentDir.resolve("site-index.jsonl");
        this.oldFolder = contentDir.resolve("site-index");
    }

    Path contentDir() {
        return contentDir;
    }

    /** The header, or null when there is none (no site rendered from this content yet) or it is unreadable. */
    Header header() {
        try {
            return Files.isRegularFile(header) ? JSON.readValue(header.toFile(), Header.class) : null;
        } catch (IOException e) {
            return null; // a broken index costs a full render, nothing else
        }
    }

    /** Every stored article file by key; an unreadable one is left out (its article is read again). */
    Map<String, Stored> entries() {
        Map<String, Stored> entries = new TreeMap<>();
        if (!Files.isRegularFile(journal)) {
            return oldEntries();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(journal);
        } catch (IOException e) {
            return new TreeMap<>(); // unreadable: every record is read again
        }
        int[] lines = {0};
        // a line cut short by a kill does not parse: left out
        JsonLines.<Line>forEachValue(bytes, 0, LINE_READER, line -> {
            lines[0]++;
            if (line == null) {
                return;
            }
            if (line.removed() != null) {
                entries.remove(line.removed());
            } else if (line.stored() != null && line.stored().entry() != null && line.stored().stamp() != null) {
                entries.put(line.stored().entry().key(), line.stored());
            }
        });
        journalLines = lines[0];
        return entries;
    }

    /** The entries of an older version's folder, one file each. */
    private Map<String, Stored> oldEntries() {
        Map<String, Stored> entries = new TreeMap<>();
        if (!Files.isDirectory(oldFolder)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(oldFolder)) {
            for (Path file : files.filter(SiteIndex::isEntryFile).toList()) {
                try {
                    Stored stored = JSON.readValue(file.toFile(), Stored.class);
                    entries.put(stored.entry().key(), stored);
                } catch (IOException e) {
                    // left out: its record is read again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + oldFolder, e);
        }
        return entries;
    }

    /**
     * Journals the changed entries and the removed keys, then writes the header. The journal is written
     * afresh from {@code all} when this index does not know it or when it would hold more than twice the
     * lines it needs.
     */
    void save(Map<String, Stored> all, Collection<String> changedKeys, Collection<String> removedKeys, Header newHeader) {
        try {
            int appended = changedKeys.size() + removedKeys.size();
            if (journalLines < 0 || journalLines + appended > 2 * all.size() + 1_000) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (Stored stored : all.values()) {
                    bytes.write(line(new Line(stored, null)));
                }
                AtomicFiles.write(journal, bytes.toByteArray());
                journalLines = all.size();
                deleteOldFolder();
            } else if (appended > 0) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                if (!endsWithNewline()) {
                    bytes.write('\n'); // after a line a kill cut short
                }
                for (String key : changedKeys) {
                    bytes.write(line(new Line(all.get(key), null)));
                }
                for (String key : removedKeys) {
                    bytes.write(line(new Line(null, key)));
                }
                Files.write(journal, bytes.toByteArray(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                journalLines += appended;
            }
            AtomicFiles.write(header, JSON.writeValueAsBytes(newHeader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site index " + journal, e);
        }
    }

    private static byte[] line(Line line) throws IOException {
        byte[] json = JSON.writeValueAsBytes(line);
        byte[] withNewline = Arrays.copyOf(json, json.length + 1);
        withNewline[json.length] = '\n';
        return withNewline;
    }

    private boolean endsWithNewline() throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(journal)) {
            if (channel.size() == 0) {
                return true;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) == '\n';
        }
    }

    private void deleteOldFolder() throws IOException {
        if (!Files.isDirectory(oldFolder)) {
            return;
        }
        try (Stream<Path> files = Files.list(oldFolder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(oldFolder);
    }

    /** The stamps of the records in a store folder, by key (file name). */
    static Map<String, RecordStamp> stamps(Path records) {
        Map<String, RecordStamp> stamps = new HashMap<>();
        if (!Files.isDirectory(records)) {
            return stamps;
        }
        try (Stream<Path> files = Files.list(records)) {
            for (Path file : files.filter(SiteIndex::isEntryFile).toList()) {
                RecordStamp stamp = stamp(file);
                if (stamp != null) {
                    stamps.put(file.getFileName().toString(), stamp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + records, e);
        }
        return stamps;
    }

    /** A record's stamp, or null when it is gone. */
    static RecordStamp stamp(Path record) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(record, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return new RecordStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + record, e);
        }
    }

    private static boolean isEntryFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.startsWith(".");
    }
}
