package dev.mekong.ingest;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which inbox files were handled, keyed by path but compared by content: a file is skipped
 * while its bytes are the ones already handled, and read again as soon as they change (an edited
 * article is an update). Kept in memory on purpose: a restarted process handles every file still in
 * the inbox once more, which is safe because every output is written idempotently — and that is what
 * makes a crash lose nothing (see camel.md, the idempotentEager trap).
 */
public class ContentHashIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    /** What a handled file looked like; the hash is only recomputed when size or mtime moved. */
    private record Seen(long size, long modified, String sha256) {
    }

    private final Map<String, Seen> handled = new ConcurrentHashMap<>();
    private final Map<String, Seen> lastLook = new ConcurrentHashMap<>();

    @Override
    public boolean add(String path) {
        Seen now = look(path);
        return now != null && !now.equals(handled.put(path, now));
    }

    @Override
    public boolean contains(String path) {
        Seen before = handled.get(path);
        if (before == null) {
            return false;
        }
        Seen now = look(path);
        return now != null && now.sha256().equals(before.sha256());
    }

    @Override
    public boolean remove(String path) {
        return handled.remove(path) != null;
    }

    @Override
    public boolean confirm(String path) {
        return true;
    }

    @Override
    public void clear() {
        handled.clear();
        lastLook.clear();
    }

    private Seen look(String path) {
        Path file = Path.of(path);
        try {
            long size = Files.size(file);
            long modified = Files.getLastModifiedTime(file).toMillis();
            Seen cached = lastLook.get(path);
            if (cached != null && cached.size() == size && cached.modified() == modified) {
                return cached;
            }
            Seen seen = new Seen(size, modified, sha256(file));
            lastLook.put(path, seen);
            return seen;
        } catch (IOException e) {
            // the file vanished or cannot be read: not handled; the consumer reports it when it reads it
            lastLook.remove(path);
            return null;
        }
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doStart() {
    }

    @Override
    protected void doStop() {
    }
}
