package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Sha256;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import dev.mekong.site.ArticleStore;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file consumer's memory of a kept inbox (inputs left in place): which inputs need not be read. Keyed
 * by path, compared by the hash of the bytes, so an edited input is read again. Two sources:
 * <ul>
 *   <li>inputs read by this process, as long as their bytes stay the same (a watch polls again and again);</li>
 *   <li>{@link InputIndex}, the journal of earlier runs in the content folder: an input whose bytes are
 *   those its entry names, under the same settings, whose record still stands in the store, is skipped
 *   without being read past hashing, and counted as unchanged in the {@link RunLog} (a duplicate with its
 *   warning again).</li>
 * </ul>
 * The consumer confirms an input ({@link #add}) once its exchange completed (idempotentEager=false), after
 * its record was stored; only then is an entry appended, and only for what the store verifiably holds for
 * these bytes: a crash before loses nothing, the input is simply read again. Quarantined inputs and inputs
 * flagged with a warning get no entry: they are read again at every start, few as they are, because a
 * rejection can depend on other inputs (an identity another input claims) and because every build must
 * list them while they sit in the inbox.
 * A published article whose translation is incomplete (an engine's budget or outage) gets none either, so
 * the next run tries again.
 */
public class UnchangedInputs extends ServiceSupport implements IdempotentRepository {

    /**
     * What an input looked like, and when its bytes were hashed; the hash is only recomputed when size or
     * modification time moved.
     */
    private record Look(long size, long modified, String sha256, long hashed) {

        boolean sameFile(long size, long modified) {
            return this.size == size && this.modified == modified;
        }
    }

    private final InputIndex index;
    private final ArticleStore store;
    private final RunLog log;
    private final boolean translating;
    private final Runnable onRead;
    private final Map<String, Look> handled = new ConcurrentHashMap<>();
    private final Map<String, Look> lastLook = new ConcurrentHashMap<>();
    /** Inputs in flight whose outcome every run must report again, by file name: their confirmation records nothing. */
    private final Set<String> readAgain = ConcurrentHashMap.newKeySet();

    /**
     * @param translating whether a translator is configured: then an article with an untranslated or
     *                    partial version is incomplete, and its input is read again next time
     * @param onRead      told after every input read and confirmed (the site is rendered at the next drain)
     */
    public UnchangedInputs(InputIndex index, ArticleStore store, RunLog log, boolean translating, Runnable onRead) {
        this.index = index;
        this.store = store;
        this.log = log;
        this.translating = translating;
        this.onRead = onRead;
    }

    /** An input whose outcome every run must report again (quarantined, flagged with a warning) gets no entry. */
    public void readAgainNextRun(String fileName) {
        readAgain.add(fileName);
    }

    @Override
    public boolean contains(String path) {
        Look now = look(path);
        if (now == null) {
            return false;
        }
        Look before = handled.get(path);
        if (before != null) {
            return before.sha256().equals(now.sha256());
        }
        if (unchangedSinceEarlierRun(fileName(path), now)) {
            handled.put(path, now);
            return true;
        }
        return false;
    }

    @Override
    public boolean add(String path) {
        Look now = look(path);
        if (now == null) {
            return false;
        }
        String name = fileName(path);
        if (!readAgain.remove(name)) {
            // journaled once the record is on disk: a record may wait in memory for the next article
            entryFor(name, now).ifPresent(entry -> store.whenWritten(entry.article(), () -> index.record(entry)));
        }
        onRead.run();
        return !now.equals(handled.put(path, now));
    }

    /**
     * Whether the inbox holds a file whose bytes the journal does not vouch for (new, edited, or one read at
     * every run), or the journal names one the inbox lost: a look at each file's attributes, a file read only
     * when its entry cannot vouch for it by size and time, to tell early whether a render is coming. Names starting with a dot and {@code ignored}
     * ones are passed over, as the file consumer passes them over; so are entries that are not plain files.
     */
    public boolean anyUnvouched(InboxListing inbox, Predicate<String> ignored) {
        int vouched = 0;
        for (String name : inbox.names()) {
            if (name.startsWith(".") || ignored.test(name)) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(inbox.folder().resolve(name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | InvalidPathException e) {
                return true; // gone or unreadable: the poll will say
            }
            if (!attributes.isRegularFile()) {
                continue;
            }
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            Optional<InputIndex.Entry> entry = index.get(name);
            if (entry.isEmpty() || !entry.get().vouchesFor(size, modified) && !sameBytes(inbox.folder().resolve(name), entry.get())) {
                return true;
            }
            vouched++;
        }
        return vouched != index.size();
    }

    /**
     * Whether the file has the bytes the entry hashed: hashed now, as the poll would (which then finds the
     * hash made here), for a file its entry cannot vouch for by size and time alone (hashed too soon after
     * it was written: a checkout just before the first build).
     */
    private boolean sameBytes(Path file, InputIndex.Entry entry) {
        Look now = look(file.toString());
        return now != null && now.sha256().equals(entry.sha256());
    }

    /** True, with the input counted as unchanged, when the journal vouches for these bytes. */
    private boolean unchangedSinceEarlierRun(String name, Look now) {
        Optional<InputIndex.Entry> entry = index.get(name).filter(e -> e.sha256().equals(now.sha256())
                && e.article().equals(store.idOfContent(now.sha256()).orElse(null)));
        if (entry.isEmpty()) {
            return false;
        }
        InputIndex.Entry rehashed = entry.get().seenAs(now.size(), now.modified(), now.hashed());
        if (!entry.get().vouchesFor(now.size(), now.modified()) && rehashed.vouchesFor(now.size(), now.modified())) {
            // hashed again (touched, or last hashed too soon after it was written): noted as now seen, so that
            // the next run need not hash it; else a journal made just after the inbox was written would cost
            // every later run the hashing of all of it
            index.record(rehashed);
        }
        if (InputIndex.DUPLICATE.equals(entry.get().outcome())) {
            Optional<Article> original = store.find(entry.get().article());
            Optional<Source> input = original.flatMap(o -> ArticleStore.inputWithContent(o, now.sha256()));
            if (input.isEmpty()) {
                return false;
            }
            log.unchangedDuplicate(name, input.get().fileName(), original.get().id());
        } else {
            log.unchanged();
        }
        return true;
    }

    /**
     * The entry for an input just read: published when the store holds an article made from exactly these
     * bytes for this input (complete), as its source or as a version supplied by it (translationKey),
     * duplicate when the article made from them has another input.
     */
    private Optional<InputIndex.Entry> entryFor(String name, Look look) {
        Optional<Article> article = store.idOfContent(look.sha256()).flatMap(store::find);
        Optional<Source> input = article.flatMap(a -> ArticleStore.inputWithContent(a, look.sha256()));
        if (input.isEmpty()) {
            return Optional.empty();
        }
        boolean own = input.get().fileName().equals(name);
        if (own && !complete(article.get())) {
            return Optional.empty();
        }
        return Optional.of(new InputIndex.Entry(name, look.size(), look.modified(), look.sha256(),
                own ? InputIndex.PUBLISHED : InputIndex.DUPLICATE, article.get().id(), look.hashed()));
    }

    private boolean complete(Article article) {
        return article.versions().values().stream()
                .noneMatch(v -> Version.PARTIAL.equals(v.status()) || (translating && Version.UNTRANSLATED.equals(v.status())));
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

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }

    /**
     * The input's size, time and hash: hashed unless this process or the journal of an earlier run (an entry
     * hashed well after the time it notes, {@link InputIndex.Entry#vouchesFor}) saw the same size and time.
     */
    private Look look(String path) {
        Path file = Path.of(path);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            Look cached = lastLook.get(path);
            if (cached != null && cached.sameFile(size, modified)) {
                return cached;
            }
            Optional<InputIndex.Entry> entry = index.get(fileName(path)).filter(e -> e.vouchesFor(size, modified));
            Look look = entry.isPresent()
                    ? new Look(size, modified, entry.get().sha256(), entry.get().hashed())
                    : new Look(size, modified, Sha256.hex(file), System.currentTimeMillis());
            lastLook.put(path, look);
            return look;
        } catch (IOException e) {
            // the file vanished or cannot be read: not handled; the consumer reports it when it reads it
            lastLook.remove(path);
            return null;
        }
    }

    @Override
    protected void doStart() {
    }

    @Override
    protected void doStop() {
    }
}
