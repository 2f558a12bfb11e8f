package dev.mekong.translate.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Segment translations keyed by (source text hash, source language, target language, engine, glossary
 * version). Persisted as JSON Lines inside the content folder, one segment per line, sorted, written
 * atomically, so the file diffs well in git and a CI rebuild re-uses every earlier segment.
 * Reviewed (human) translations are keyed without engine and glossary: they win over any engine and
 * survive glossary changes.
 */
public final class TranslationMemory {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationMemory.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final Map<String, MemoryEntry> entries = new ConcurrentHashMap<>();
    private volatile boolean dirty;

    private TranslationMemory(Path file) {
        this.file = file;
    }

    /** An in-memory store that is never written. */
    public static TranslationMemory inMemory() {
        return new TranslationMemory(null);
    }

    /** Loads {@code file} when it exists; unreadable lines are skipped with a warning. */
    public static TranslationMemory open(Path file) {
        TranslationMemory memory = new TranslationMemory(file);
        if (file != null && Files.exists(file)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    try {
                        MemoryEntry e = JSON.readValue(lines.get(i), MemoryEntry.class);
                        if (e.hasNoTranslation()) {
                            LOG.warn("{} line {}: skipped, an empty translation", file, i + 1);
                            continue;
                        }
                        memory.entries.put(e.key(), e);
                    } catch (JsonProcessingException bad) {
                        LOG.warn("{} line {}: skipped, not a memory entry ({})", file, i + 1, bad.getOriginalMessage());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read translation memory " + file, e);
            }
        }
        return memory;
    }

    public Path file() {
        return file;
    }

    /** SHA-256 of the NFC form of {@code text}, hex. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<MemoryEntry> find(String source, String src, String tgt, String engine, String glossary) {
        MemoryEntry e = entries.get(MemoryEntry.key(hash(source).substring(0, 16), src, tgt, engine, glossary));
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
        String hash = hash(source).substring(0, 16);
        MemoryEntry best = null;
        for (MemoryEntry e : entries.values()) {
            if (!e.isReviewed() && !e.isRejected() && e.hash().equals(hash) && e.src().equals(src) && e.tgt().equals(tgt)
                    && e.source().equals(source)) {
                if (best == null || e.engine().equals(preferredEngine)) {
                    best = e;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Stores an entry; an empty translation is refused, since it would be published as a paragraph. */
    public void put(MemoryEntry entry) {
        if (entry.hasNoTranslation()) {
            throw new IllegalArgumentException("empty translation refused for \"" + entry.source() + "\" ("
                    + entry.src() + " → " + entry.tgt() + ", " + entry.status() + ")");
        }
        MemoryEntry previous = entries.put(entry.key(), entry);
        if (!entry.equals(previous)) {
            dirty = true;
        }
    }

    public Collection<MemoryEntry> entries() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    /** Writes the file when something changed: sorted, to a temporary file, then moved into place. */
    public synchronized void save() {
        if (file == null || !dirty) {
            return;
        }
        dirty = false;
        List<MemoryEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort(MemoryEntry.FILE_ORDER);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                for (MemoryEntry e : sorted) {
                    out.write(JSON.writeValueAsString(e));
                    out.write('\n');
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            dirty = true;
            throw new UncheckedIOException("cannot write translation memory " + file, e);
        }
    }
}
