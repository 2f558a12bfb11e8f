package dev.mekong.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mekong.model.Article;
import dev.mekong.model.AtomicFiles;
import dev.mekong.model.Sha256;
import dev.mekong.model.Source;
import dev.mekong.model.Version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The content folder: one JSON record per article in {@code content/articles/ID.json}, the single source
 * the renderer reads. Assigns identity: the id comes from the translationKey, else the canonical URL or,
 * without one, from the input's file name, so an edited input updates its article; the inputs sharing a
 * translationKey are merged into one record ({@link TranslationKeys}); the slug is chosen once and kept, so
 * URLs never change; the revision counts changes of the source bytes and of the supplied versions' bytes.
 * Records are written atomically and only when their bytes change, so a rebuild of unchanged inputs leaves
 * the folder untouched. The store also knows which article each input's bytes became (the source's, and
 * those of each version supplied as an input of its own), so the same bytes under another name are
 * recognised ({@link #duplicateOf}).
 * <p>
 * A store that may defer writes ({@link #ArticleStore(Path, boolean)}: inputs kept in the inbox) keeps the
 * record last stored in memory until another article is stored, its records are read as a whole, or
 * {@link #flush} (every render): the versions of a keyed article, named alike and so read one after the other,
 * cost one write of its record instead of one per version. Creating and renaming a file over another is the
 * costliest step of storing (ext4 flushes the new file's data at the rename): 3 of 4 of those writes go. Nothing
 * is lost by a kill meanwhile, as inputs stay in the inbox, and the journal of inputs gets an input's line
 * only once its record is written ({@link #whenWritten}): an input whose record a kill kept off the disk is
 * read again.
 */
public class ArticleStore {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final String TEMP_SUFFIX = ".tmp";

    private final Path folder;
    private final InputsJournal journal;
    private final boolean deferWrites;
    /** sha256 of an input's bytes → id of the article stored from them; built from the folder on first use. */
    private Map<String, String> idsByContent;
    /** The record last stored, not written yet (only when writes are deferred); guarded by this. */
    private volatile Article unwritten;
    /** What waits for the unwritten record to be on disk ({@link #whenWritten}); guarded by this. */
    private final List<Runnable> afterWrite = new ArrayList<>();

    /** A store that writes every record as it is stored. */
    public ArticleStore(Path contentDir) {
        this(contentDir, false);
    }

    /** @param deferWrites whether the record last stored may wait in memory (see the class comment) */
    public ArticleStore(Path contentDir, boolean deferWrites) {
        this.folder = contentDir.resolve("articles");
        this.journal = new InputsJournal(contentDir);
        this.deferWrites = deferWrites;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /**
     * The folder of the records, {@code ID.json} each: the site index watches it. Whoever reads it directly
     * {@linkplain #flush flushes} the store first.
     */
    public Path recordsFolder() {
        return folder;
    }

    /** Writes the record that waits in memory, if one does: the records folder then holds every stored article. */
    public synchronized void flush() {
        Article waiting = unwritten;
        if (waiting != null) {
            writeRecord(waiting);
            unwritten = null;
            afterWrite.forEach(Runnable::run);
            afterWrite.clear();
        }
    }

    /**
     * Runs {@code action} once the record of this article is on disk: now, or when the record that waits in
     * memory is written. The journal of inputs is appended so, never naming a record a kill kept off the disk.
     */
    public synchronized void whenWritten(String id, Runnable action) {
        Article waiting = unwritten;
        if (waiting != null && waiting.id().equals(id)) {
            afterWrite.add(action);
        } else {
            action.run();
        }
    }

    /**
     * Stores the article under its stable identity and returns the record as stored. A keyed input that
     * is not its article's source goes into the stored record as the version of its language.
     */
    public synchronized Article save(Article input) {
        String id = idOf(input);
        Optional<Article> earlier = find(id);
        Article article = TranslationKeys.isKeyed(input) ? TranslationKeys.merge(earlier.orElse(null), input) : input;
        String slug = earlier.map(Article::slug).orElseGet(() -> Slugs.slug(article.title(), id));
        int revision = earlier.map(e -> sameInputs(e, article) ? e.revision() : e.revision() + 1).orElse(1);
        return rewrite(article.withIdentity(id, slug, revision), earlier);
    }

    /**
     * Stores a record whose identity is set (a keyed article whose source input is gone, with a supplied
     * version made its source) and returns it.
     */
    public synchronized Article rewrite(Article record) {
        return rewrite(record, find(record.id()));
    }

    private Article rewrite(Article stored, Optional<Article> earlier) {
        String id = stored.id();
        Map<String, String> index = contentIndex();
        Article waiting = unwritten;
        if (waiting != null && !waiting.id().equals(id)) {
            flush();
        }
        if (deferWrites) {
            unwritten = stored;
        } else {
            writeRecord(stored);
        }
        earlier.ifPresent(e -> inputs(e).forEach(input -> index.remove(input.sha256(), id)));
        inputs(stored).forEach(input -> index.put(input.sha256(), id));
        return stored;
    }

    private void writeRecord(Article stored) {
        Path file = folder.resolve(stored.id() + ".json");
        write(file, stored);
        journal.append(new InputsJournal.Line(SiteIndex.stamp(file), StoredInputs.of(stored)));
    }

    /**
     * False when the source bytes, or the bytes of a version supplied as an input and still supplied,
     * changed: an edit. A version added or dropped is no edit of the article.
     */
    private static boolean sameInputs(Article earlier, Article now) {
        if (earlier.source() == null || now.source() == null || !earlier.source().sha256().equals(now.source().sha256())) {
            return false;
        }
        return now.versions().entrySet().stream().allMatch(e -> {
            Version before = earlier.versions().get(e.getKey());
            return !e.getValue().isSupplied() || before == null || !before.isSupplied()
                    || before.input().sha256().equals(e.getValue().input().sha256());
        });
    }

    /**
     * The stored article that was made from the same input bytes as this freshly extracted one but has
     * another input (the same file dropped under another name, whatever its identity), or empty. The same
     * input read again (its article's source, or a version it supplies), or an article whose bytes changed,
     * is not a duplicate.
     */
    public synchronized Optional<Article> duplicateOf(Article article) {
        String sha = sha256(article);
        String other = sha == null ? null : contentIndex().get(sha);
        if (other == null) {
            return Optional.empty();
        }
        return find(other).filter(o -> !o.id().equals(idOf(article))
                || inputs(o).stream().noneMatch(input -> input.fileName().equals(article.source().fileName())));
    }

    /**
     * The inputs a record was made from: its source, then each version supplied as an input of its own
     * ({@link Version#isSupplied}).
     */
    public static List<Source> inputs(Article record) {
        return StoredInputs.of(record).all();
    }

    /** The input of a record whose bytes have this sha256, or empty. */
    public static Optional<Source> inputWithContent(Article record, String sha256) {
        return inputs(record).stream().filter(input -> input.sha256().equals(sha256)).findFirst();
    }

    /** The id of the stored article made from these input bytes (by their sha256), if there is one. */
    public synchronized Optional<String> idOfContent(String sha256) {
        return Optional.ofNullable(contentIndex().get(sha256));
    }

    /**
     * Takes an article off the site: its record moves to {@code content/retired/ID.json}, where it can be
     * restored from, and the next render removes its pages.
     */
    public synchronized void retire(Article article) {
        flush();
        Path record = folder.resolve(article.id() + ".json");
        Path retired = folder.resolveSibling("retired").resolve(article.id() + ".json");
        try {
            Files.createDirectories(retired.getParent());
            Files.move(record, retired, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot retire article record " + record, e);
        }
        inputs(article).forEach(input -> contentIndex().remove(input.sha256(), article.id()));
    }

    /**
     * Deletes the temporary records a killed process may have left (written, not yet renamed into
     * place); the record they were replacing is intact. Returns how many were deleted.
     */
    public synchronized int deleteTemporaryFiles() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            int deleted = 0;
            for (Path f : files.filter(ArticleStore::isTemporary).toList()) {
                Files.deleteIfExists(f);
                deleted++;
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + folder, e);
        }
    }

    private static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    private Map<String, String> contentIndex() {
        if (idsByContent == null) {
            indexContent(all().stream().map(StoredInputs::of).toList());
        }
        return idsByContent;
    }

    private void indexContent(List<StoredInputs> records) {
        Map<String, String> index = new HashMap<>();
        for (StoredInputs record : records) {
            record.all().forEach(input -> index.put(input.sha256(), record.id()));
        }
        idsByContent = index;
    }

    /**
     * The inputs of every record, in id order, for a pipeline's start; the store's index of input bytes is
     * made from them. A record is only read when the journal of inputs ({@link InputsJournal}) does not
     * have it at its current stamp: a start after a build reads none of 10,000 bodies (each read of every
     * record costs seconds), and a record changed since is read, so a corrupt one fails the start, naming
     * the file. The journal is compacted here.
     */
    public synchronized List<StoredInputs> open() {
        flush();
        InputsJournal.Contents noted = journal.read();
        Map<String, SiteIndex.RecordStamp> stamps = SiteIndex.stamps(folder);
        List<InputsJournal.Line> lines = new ArrayList<>();
        boolean compact = noted.compact() && noted.lines().size() == stamps.size();
        for (String name : stamps.keySet().stream().sorted().toList()) {
            SiteIndex.RecordStamp stamp = stamps.get(name);
            InputsJournal.Line line = noted.lines().get(name.substring(0, name.length() - ".json".length()));
            if (line == null || !line.stamp().equals(stamp)) {
                line = new InputsJournal.Line(stamp, StoredInputs.of(read(folder.resolve(name))));
                compact = false;
            }
            lines.add(line);
        }
        if (!compact) {
            journal.rewrite(lines);
        }
        List<StoredInputs> records = lines.stream().map(InputsJournal.Line::inputs).toList();
        indexContent(records);
        return records;
    }

    private static String sha256(Article article) {
        return article.source() == null ? null : article.source().sha256();
    }

    /** The folder of the retired records ({@link #retire}). */
    public Path retiredFolder() {
        return folder.resolveSibling("retired");
    }

    /** Every retired record, in id order. */
    public List<Article> retired() {
        return records(retiredFolder());
    }

    public Optional<Article> find(String id) {
        Article waiting = unwritten;
        if (waiting != null && waiting.id().equals(id)) {
            return Optional.of(waiting);
        }
        Path file = folder.resolve(id + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file));
    }

    /** Every stored article, in id order. */
    public List<Article> all() {
        flush();
        return records(folder);
    }

    private static List<Article> records(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Article> articles = new ArrayList<>();
            files.filter(f -> f.getFileName().toString().endsWith(".json") && !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(f -> articles.add(read(f)));
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * The identity an article is stored under: from its translationKey (every version of the article has
     * it), else its canonical URL, or without either from its input's name.
     */
    public static String idOf(Article article) {
        String key = TranslationKeys.isKeyed(article) ? "key:" + article.meta().translationKey()
                : article.meta() != null && article.meta().canonicalUrl() != null
                ? "url:" + article.meta().canonicalUrl()
                : "file:" + article.source().fileName();
        return HexFormat.of().formatHex(Sha256.digest(key), 0, 6);
    }

    private static Article read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article record " + file, e);
        }
        return parse(file, bytes);
    }

    /** A record's bytes as read from its file. */
    public static Article parse(Path file, byte[] bytes) {
        try {
            return JSON.readValue(bytes, Article.class);
        } catch (JsonProcessingException e) {
            // the parser's message alone does not say which record is broken
            throw new UncheckedIOException("corrupt article record " + file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article record " + file, e);
        }
    }

    private void write(Path file, Article article) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(article);
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return;
            }
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article record " + file, e);
        }
    }
}
