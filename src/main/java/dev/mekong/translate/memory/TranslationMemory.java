package dev.mekong.translate.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.mekong.model.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Segment translations keyed by (source text hash, source language, target language, engine, glossary
 * version). Reviewed (human) translations are keyed without engine and glossary: they win over any
 * engine and survive glossary changes.
 * <p>
 * Persisted inside the content folder as a journal in JSON Lines, one segment per line: a new or changed
 * entry is appended as one line, so putting an entry costs the same however large the memory is, and
 * loading replays the lines in order (a later line for the same key wins). Once per build
 * {@link #compactIfGrown()} rewrites the file, sorted and without superseded lines, when the lines
 * appended since it was last sorted have grown past a quarter of it. A sorted file with a short journal
 * after it diffs well in git, and a CI rebuild re-uses every segment.
 * <p>
 * The file is read at the first lookup, put or compaction, not when the memory is opened: a rebuild that
 * translates nothing (every input unchanged) does not pay for reading a memory of a large site (10,000
 * raw articles: 119 MB). {@link #preload} reads it ahead (a watch, at its start). Reading it parses only the
 * lines after its sorted part: the sorted part is searched on disk ({@link SortedPart}), so a rebuild that
 * translates one edited article parses a few dozen lines, not 137,000. Listing every entry
 * ({@link #entries}, {@link #size}) or compacting parses the whole file.
 * <p>
 * Crashes: every {@link #put} has handed its line to the operating system before it returns, so a killed
 * process loses no entry that was put; a last line cut off by the kill is skipped on load with a warning.
 * Against a machine crash, {@link #sync} forces the file to disk: the translator calls it before the
 * article that uses the entries can be stored, whenever a paid engine made them.
 * Puts, syncs and compaction are safe from several threads.
 */
public final class TranslationMemory {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationMemory.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /**
     * Compaction runs when the lines after the file's sorted part (new, superseding or unreadable ones) are
     * more than this share of it: a rewrite then costs at most four times what was appended since the last.
     */
    private static final double COMPACT_AT_JOURNAL_SHARE = 0.25;
    private static final String TEMP_SUFFIX = ".tmp";

    private static final ObjectReader ENTRY_READER = JSON.readerFor(MemoryEntry.class);

    private final Path file;
    /** The entries not in {@link #sortedPart}: the lines after it, and what was put since; they win over it. */
    private final Map<String, MemoryEntry> entries = new ConcurrentHashMap<>();
    /** The file's sorted part, searched on disk; null when none (or once parsed into {@link #entries}). */
    private volatile SortedPart sortedPart;
    /** Whether the file was read (always, for a memory without a file). */
    private volatile boolean loaded;
    // The fields below are guarded by this memory's lock.
    private FileChannel journal;
    private boolean fileIsNew;
    private boolean unsynced;
    private boolean lastLineOpen;
    private long lines;
    private long sortedLines;
    /** False for a memory shared with other processes (mekong.transport=jms): never rewritten, only appended to. */
    private boolean compacts = true;

    private TranslationMemory(Path file) {
        this.file = file;
        this.loaded = file == null;
    }

    /** An in-memory store that is never written. */
    public static TranslationMemory inMemory() {
        return new TranslationMemory(null);
    }

    /**
     * The memory kept in {@code file}, read at its first use ({@link #load}). A file this process may not
     * read fails here, not at the first article that needs it.
     */
    public static TranslationMemory open(Path file) {
        if (file != null && Files.exists(file) && !Files.isReadable(file)) {
            throw new UncheckedIOException("cannot read translation memory " + file,
                    new AccessDeniedException(file.toString()));
        }
        return new TranslationMemory(file);
    }

    /**
     * Reads the file, if not yet read, replaying its lines in order; unreadable lines (such as a last line cut
     * off by a crash) are skipped with a warning, and temporary files left by an interrupted compaction are
     * deleted. Every other method calls it first.
     */
    public void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            try {
                deleteTemporaryFiles();
                if (Files.exists(file)) {
                    replay();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read translation memory " + file, e);
            }
            loaded = true;
        }
    }

    /**
     * Reads the file now, on a background thread (a watch, so its first drop does not wait); a failure is
     * logged and met again, as an error, at the first use.
     */
    public void preload() {
        Thread reader = new Thread(() -> {
            try {
                load();
            } catch (RuntimeException e) {
                LOG.warn("{}: not read ahead ({}); read at the first translation", file, e.toString());
            }
        }, "translation-memory-load");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Makes this memory one that other processes append to as well (translation workers sharing the file,
     * mekong.transport=jms): it is never compacted, since a rewrite would drop the lines they append meanwhile
     * (and their open channels would go on writing to the file replaced). Each process appends whole lines
     * (one write each, O_APPEND), so on a local file system lines from several processes never mix.
     */
    public synchronized TranslationMemory shared() {
        compacts = false;
        return this;
    }

    /** A compaction cut off by a kill leaves its temporary file beside the journal, which is intact. */
    private void deleteTemporaryFiles() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            return;
        }
        String prefix = file.getFileName().toString();
        List<Path> temporary;
        try (Stream<Path> files = Files.list(dir)) {
            temporary = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(TEMP_SUFFIX)).toList();
        }
        for (Path f : temporary) {
            LOG.warn("{}: deleted, left by an interrupted compaction", f);
            Files.deleteIfExists(f);
        }
    }

    /**
     * Finds the file's sorted part and replays the lines after it in order (a malformed byte sequence, as in a
     * line cut mid-character, replaced instead of failing).
     */
    private void replay() throws IOException {
        lastLineOpen = endsWithoutNewline(file);
        SortedPart part = SortedPart.scan(file, (line, ended) -> {
            lines++;
            read(line, !ended);
        });
        sortedLines = part.lines();
        lines += sortedLines;
        if (sortedLines > 0) {
            sortedPart = part;
        } else {
            part.close();
        }
    }

    /** Parses the sorted part into {@link #entries} (where a later line of the same key wins), and drops it. */
    private synchronized void loadAll() {
        load();
        SortedPart part = sortedPart;
        if (part == null) {
            return;
        }
        try {
            part.forEach(ENTRY_READER, this::damaged, entry -> entries.putIfAbsent(entry.key(), entry));
            sortedPart = null;
            part.close(); // a lookup that still holds it finds its entry in the map (lookup)
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read translation memory " + file, e);
        }
    }

    private void damaged(String what) {
        LOG.warn("{} {}: skipped", file, what);
    }

    /** The entry with this key: a line put or after the sorted part, else the sorted part's. */
    private MemoryEntry lookup(MemoryEntry key) {
        SortedPart part = sortedPart; // read first: loadAll fills the map before it drops the part
        MemoryEntry entry = entries.get(key.key());
        if (entry != null || part == null) {
            return entry;
        }
        try {
            return part.find(key, ENTRY_READER, this::damaged);
        } catch (IOException e) {
            if (sortedPart != part) {
                return entries.get(key.key()); // parsed into the map and closed meanwhile (loadAll)
            }
            throw new UncheckedIOException("cannot read translation memory " + file, e);
        }
    }

    /** Replays one line; returns its entry, or null for a line skipped. */
    private MemoryEntry read(String line, boolean cutOff) {
        if (line.isBlank()) {
            return null;
        }
        try {
            MemoryEntry e = JSON.readValue(line, MemoryEntry.class);
            if (e.hasNoTranslation()) {
                LOG.warn("{} line {}: skipped, an empty translation", file, lines);
                return null;
            }
            entries.put(e.key(), e);
            return e;
        } catch (JsonProcessingException bad) {
            if (cutOff) {
                LOG.warn("{} line {}: skipped, the last line was cut off (the run writing it was interrupted)",
                        file, lines);
            } else {
                LOG.warn("{} line {}: skipped, not a memory entry ({})", file, lines, bad.getOriginalMessage());
            }
            return null;
        }
    }

    private static boolean endsWithoutNewline(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            if (channel.size() == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    public Path file() {
        return file;
    }

    /** SHA-256 of the NFC form of {@code text}, hex. */
    public static String hash(String text) {
        return Sha256.hex(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    private Optional<MemoryEntry> find(String source, String src, String tgt, String engine, String glossary) {
        load();
        MemoryEntry e = lookup(new MemoryEntry(hash(source).substring(0, 16), src, tgt, engine, glossary, null, null, null));
        return e != null && e.source().equals(source) ? Optional.of(e) : Optional.empty();
    }

    public Optional<MemoryEntry> reviewed(String source, String src, String tgt) {
        return find(source, src, tgt, MemoryEntry.HUMAN, MemoryEntry.NO_GLOSSARY);
    }

    public Optional<MemoryEntry> machine(String source, String src, String tgt, String engine, String glossary) {
        return find(source, src, tgt, engine, glossary).filter(e -> !e.isRejected());
    }

    /** The engine's earlier output for this segment was rejected: the reason, so it is not paid for again. */
    public Optional<MemoryEntry> rejected(String source, String src, String tgt, String engine, String glossary) {
        return find(source, src, tgt, engine, glossary).filter(MemoryEntry::isRejected);
    }

    /** Any machine translation of the segment, preferring {@code preferredEngine} (may be null). */
    public Optional<MemoryEntry> anyMachine(String source, String src, String tgt, String preferredEngine) {
        load();
        String hash = hash(source).substring(0, 16);
        List<MemoryEntry> candidates = new ArrayList<>();
        SortedPart part = sortedPart;
        if (part != null) {
            try {
                part.forEachOfSegment(hash, src, tgt, ENTRY_READER, this::damaged, e -> {
                    if (!entries.containsKey(e.key())) {
                        candidates.add(e); // else superseded by a later line
                    }
                });
            } catch (IOException e) {
                if (sortedPart == part) {
                    throw new UncheckedIOException("cannot read translation memory " + file, e);
                }
                candidates.clear(); // parsed into the map and closed meanwhile (loadAll): every entry is there
            }
        }
        MemoryEntry best = null;
        for (MemoryEntry e : candidates) { // one segment's entries
            best = better(best, e, hash, src, tgt, source, preferredEngine);
        }
        for (MemoryEntry e : entries.values()) { // not copied: after a full build it holds every entry
            best = better(best, e, hash, src, tgt, source, preferredEngine);
        }
        return Optional.ofNullable(best);
    }

    /** {@code e} when it is a machine translation of the segment and {@code best} is none or not the preferred engine's. */
    private static MemoryEntry better(MemoryEntry best, MemoryEntry e, String hash, String src, String tgt, String source,
                                      String preferredEngine) {
        boolean ofSegment = !e.isReviewed() && !e.isRejected() && e.hash().equals(hash) && e.src().equals(src)
                && e.tgt().equals(tgt) && e.source().equals(source);
        return ofSegment && (best == null || e.engine().equals(preferredEngine)) ? e : best;
    }

    /**
     * Stores an entry; an empty translation is refused, since it would be published as a paragraph. A new or
     * changed entry is appended to the file before this returns.
     */
    public void put(MemoryEntry entry) {
        if (entry.hasNoTranslation()) {
            throw new IllegalArgumentException("empty translation refused for \"" + entry.source() + "\" ("
                    + entry.src() + " → " + entry.tgt() + ", " + entry.status() + ")");
        }
        if (file == null) {
            entries.put(entry.key(), entry);
            return;
        }
        load();
        synchronized (this) {
            // Map and file change under one lock, so that replaying the lines ends where the map is.
            if (entry.equals(lookup(entry))) {
                return;
            }
            MemoryEntry previous = entries.put(entry.key(), entry);
            try {
                append(entry);
            } catch (IOException e) {
                if (previous == null) {
                    entries.remove(entry.key());
                } else {
                    entries.put(entry.key(), previous);
                }
                lastLineOpen = true; // part of the line may be in the file: the next line starts on a new one
                throw new UncheckedIOException("cannot write translation memory " + file, e);
            }
        }
    }

    private void append(MemoryEntry entry) throws IOException {
        if (journal == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            fileIsNew = Files.notExists(file);
            journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        String line = (lastLineOpen ? "\n" : "") + JSON.writeValueAsString(entry) + "\n";
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            journal.write(bytes);
        }
        lastLineOpen = false;
        lines++;
        unsynced = true;
    }

    /** Forces the lines appended since the last sync to disk, so that not even a machine crash loses them. */
    public synchronized void sync() {
        if (!unsynced) {
            return;
        }
        try {
            journal.force(false);
            if (fileIsNew) {
                syncFolder();
                fileIsNew = false;
            }
            unsynced = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write translation memory " + file, e);
        }
    }

    /**
     * Once per build: rewrites the file, sorted and without superseded or unreadable lines, when the lines
     * appended since it was last sorted are more than a quarter of it. A failure leaves the journal as it
     * was, with a warning. A memory not read by this process is left as it is (it was not appended to
     * either): the next run that uses it compacts it.
     *
     * @return whether the file was rewritten
     */
    public synchronized boolean compactIfGrown() {
        if (file == null || !loaded || !compacts || lines - sortedLines <= lines * COMPACT_AT_JOURNAL_SHARE) {
            return false;
        }
        try {
            compact();
            return true;
        } catch (IOException e) {
            LOG.warn("{}: not compacted, the journal stays as it is ({})", file, e.toString());
            return false;
        }
    }

    /** Writes the live entries, sorted, to a temporary file, forced to disk, then moved over the journal. */
    public synchronized void compact() throws IOException {
        loadAll();
        List<MemoryEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort(MemoryEntry.FILE_ORDER);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                         StandardCharsets.UTF_8))) {
                for (MemoryEntry e : sorted) {
                    out.write(JSON.writeValueAsString(e));
                    out.write('\n');
                }
                out.flush();
                channel.force(false);
            }
            closeJournal();
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder();
            lines = sorted.size();
            sortedLines = lines;
            lastLineOpen = false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Closes the appending channel (the next put opens the file afresh), its lines forced to disk first. */
    private void closeJournal() throws IOException {
        if (journal == null) {
            return;
        }
        try (FileChannel closing = journal) {
            journal = null;
            if (unsynced) {
                closing.force(false);
            }
            unsynced = false;
            fileIsNew = false;
        }
    }

    /** Makes a created or replaced file's name durable, where the platform can open a folder (not Windows). */
    private void syncFolder() throws IOException {
        FileChannel folder;
        try {
            folder = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ);
        } catch (IOException notOnThisPlatform) {
            return;
        }
        try (folder) {
            folder.force(true);
        }
    }

    public Collection<MemoryEntry> entries() {
        loadAll();
        return List.copyOf(entries.values());
    }

    public int size() {
        loadAll();
        return entries.size();
    }
}
