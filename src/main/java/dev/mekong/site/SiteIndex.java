package dev.mekong.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mekong.model.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The site index kept in the content folder, so that a new process knows what the live site shows without
 * reading a single article body: {@code content/site-index/KEY.json} per article (its {@link IndexEntry}
 * and the record's stamp when it was read) and {@code content/site-index.json} for the site as a whole.
 * Written after a publish succeeded, the entries first and the header last: an index that is behind the
 * records only makes the next render do more. An entry is written in place, not through a renamed
 * temporary file like the header (a third of the cost of indexing 10,000 new articles): one a kill leaves
 * half-written does not parse, and is left out like any unreadable entry.
 */
final class SiteIndex {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

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

    private final Path header;
    private final Path folder;

    SiteIndex(Path contentDir) {
        this.header = contentDir.resolve("site-index.json");
        this.folder = contentDir.resolve("site-index");
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
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(SiteIndex::isEntryFile).toList()) {
                try {
                    Stored stored = JSON.readValue(file.toFile(), Stored.class);
                    entries.put(stored.entry().key(), stored);
                } catch (IOException e) {
                    // left out: its record is read again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return entries;
    }

    /** Writes the changed entries, deletes the removed ones, then the header. */
    void save(Collection<Stored> changed, Collection<String> removedKeys, Header newHeader) {
        try {
            Files.createDirectories(folder);
            for (Stored stored : changed) {
                Files.write(folder.resolve(stored.entry().key()), JSON.writeValueAsBytes(stored));
            }
            for (String key : removedKeys) {
                Files.deleteIfExists(folder.resolve(key));
            }
            AtomicFiles.write(header, JSON.writeValueAsBytes(newHeader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site index in " + folder, e);
        }
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
