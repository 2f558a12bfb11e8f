package dev.mekong.site;

import dev.mekong.media.MediaStore;
import dev.mekong.model.Article;
import dev.mekong.model.Sha256;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Renders the static site with FreeMarker, one kind of page per class ({@link PageType}): per language a
 * paginated home, article pages, category and tag pages, a monthly archive, a search page with its index,
 * a 404 page and RSS and Atom feeds; at the root a language-picking index, a sitemap with hreflang alternates, robots.txt and the
 * editor's build report. All links between pages are relative, so the site works from {@code file://} as
 * well as from any web server folder. Where each page lives is {@link UrlScheme}'s business.
 *
 * <p>Pages are rendered from the {@link SiteIndex}, a compact entry per article; only article pages read
 * an article's body. {@link #update} keeps the index in the content folder and renders only the pages
 * whose inputs changed, replacing them in the live site ({@link SitePublisher#inPlace}); the first render,
 * or one after the configuration, the templates or Mekong changed, renders everything into a new
 * generation. Pages are rendered a batch at a time on every core and written one at a time in order, never
 * the whole site in memory.
 *
 * <p>What the site shows is decided when an article is indexed ({@link Publication#hold}): a draft or an
 * embargoed article is indexed as an entry that only says so. An update at a time past an embargo takes the
 * article into the index afresh, as if its record had changed, which renders its pages and every list
 * showing it.
 */
public final class StaticSiteRenderer implements SiteRenderer {

    /** Pages rendered together, in parallel, before they are written in order. */
    private static final int RENDER_BATCH = 256;

    private final PageContext context;
    private final SitePublisher publisher;
    private SiteIndex siteIndex;
    /** What the last update left on the site, to compare the next one with; null: read it from the index. */
    private State state;
    /** The retired records read so far, by file name, with their stamps ({@link #retired}). */
    private Map<String, Map.Entry<SiteIndex.RecordStamp, RetiredPages.Retired>> retiredRecords = new HashMap<>();

    /**
     * What the live site was rendered from.
     *
     * @param pages    by path in publishing order; null until needed
     * @param fromDisk read from the index and not yet compared with the records (which may have changed
     *                 while no process ran): the next update looks at every record's stamp
     */
    private record State(Path contentDir, Path site, SiteIndex.Header header, Map<String, SiteIndex.Stored> entries,
                         SiteContent content, Map<String, Page> pages, boolean fromDisk) {
    }

    public StaticSiteRenderer(SiteConfig config) {
        this(config, new SitePublisher());
    }

    /** With a publisher of one's own: one that is killed halfway, in a test. */
    StaticSiteRenderer(SiteConfig config, SitePublisher publisher) {
        this.context = new PageContext(config);
        this.publisher = publisher;
    }

    /**
     * Renders every page of these articles as published at the build's time into a new generation (the site
     * index is not involved).
     */
    @Override
    public synchronized PublishResult render(SiteBuild build, Path siteDir) throws IOException {
        Map<String, Article> byKey = new LinkedHashMap<>();
        List<IndexEntry> entries = new ArrayList<>();
        for (Article article : build.articles()) {
            String key = String.format("%08d", byKey.size()); // keys keep the order: the first of two slugs wins
            byKey.put(key, article);
            entries.add(context.views.entry(key, article, Sha256.hex(ArticleStore.json().writeValueAsBytes(article)), build.now()));
        }
        SiteContent content = SiteContent.of(entries, build.summary(),
                build.retired().stream().map(RetiredPages.Retired::of).filter(r -> r != null).toList());
        state = null; // the site no longer shows what the index says
        context.searchCache = null; // no content folder of its own
        PublishResult result = publishGeneration(pages(content, byKey::get, build.media()), siteDir);
        context.prepareViews(List.of());
        context.related = null;
        context.categories = null;
        return result.withSchedule(content.schedule());
    }

    @Override
    public synchronized PublishResult update(ArticleStore store, ChangedArticles changed, BuildSummary summary,
                                             Instant now, Path siteDir) throws IOException {
        Path site = siteDir.toAbsolutePath().normalize();
        Path records = store.recordsFolder();
        SiteIndex index = siteIndex(records.getParent());
        try {
            String fingerprint = SiteFingerprint.of(context.config);
            context.searchCache = new SearchEntryCache(records.getParent(), fingerprint);
            State old = current(index, records.getParent(), site, summary, fingerprint);
            boolean fromDisk = old.fromDisk();
            Path live = SitePublisher.liveGeneration(site);
            SiteIndex.Header header = old.header();
            boolean full = needsFullRender(header, fingerprint, site, live);

            // entries made under another fingerprint (other languages, older code) are made afresh
            Map<String, SiteIndex.Stored> entries = new TreeMap<>(header != null && header.fingerprint().equals(fingerprint)
                    ? old.entries() : Map.of());
            Set<String> dirty = new HashSet<>();
            Set<String> removed = new HashSet<>();
            // an embargo ended since the last render (or, the clock set back, begun again): that article is
            // indexed afresh, as if its record had changed
            Set<String> released = old.content().schedule().holdsAt(now) ? Set.of() : released(entries, now);
            List<RetiredPages.Retired> retired = retired(store.retiredFolder());
            boolean entriesChanged = refresh(entries, records, changed.unknown() || fromDisk || full
                    ? null : changed.ids(), released, now, dirty, removed);
            old.entries().keySet().stream().filter(key -> !entries.containsKey(key)).forEach(removed::add);
            if (!full && !entriesChanged && summary.equals(header.summary()) && retired.equals(header.retired())) {
                saveIndex(index, entries, dirty, removed, header);
                state = new State(old.contentDir(), site, header, entries, old.content(), old.pages(), false);
                return new PublishResult(0, header.files(), 0, live, old.content().schedule());
            }
            SiteContent content = SiteContent.of(entries.values().stream().map(SiteIndex.Stored::entry).toList(), summary,
                    retired);
            // the pages before, when not kept from the last update, are made first: the new ones then
            // reuse the views of every article that did not change
            Path media = MediaStore.folderOf(records.getParent());
            Map<String, Page> before = full || old.pages() != null ? old.pages() : pages(old.content(), key -> null, media);
            Map<String, Page> pages = pages(content, key -> readRecord(records.resolve(key)), media);
            PublishResult result = full ? publishGeneration(pages, site) : publishInPlace(pages, before, site);
            SiteIndex.Header newHeader = new SiteIndex.Header(fingerprint, site.toString(),
                    result.generation().getFileName().toString(), pages.size(), summary, content.retired());
            saveIndex(index, entries, dirty, removed, newHeader);
            state = new State(records.getParent(), site, newHeader, entries, content, pages, false);
            return result.withSchedule(content.schedule());
        } catch (IOException | RuntimeException | Error e) {
            state = null; // the index on disk still says what the site showed before: the next update starts from it
            throw e;
        }
    }

    /**
     * Reads what the live site shows and makes its pages, unless the next update renders everything anyway
     * (no index yet, another configuration or site, a live generation that is not the index's). The pages
     * are what the first update compares its own with; making them now also makes the views and related
     * rankings that update reuses, and with {@code reusedToo} the search entries of every language
     * ({@link PageType#prepare}: a second or so at 10,000 articles, which a build whose changes leave the
     * search indexes as they are never needs). The records are still compared with the index then.
     */
    @Override
    public synchronized int prepare(ArticleStore store, Path siteDir, boolean reusedToo) throws IOException {
        Path site = siteDir.toAbsolutePath().normalize();
        Path contentDir = store.recordsFolder().getParent();
        String fingerprint = SiteFingerprint.of(context.config);
        context.searchCache = new SearchEntryCache(contentDir, fingerprint);
        State old = current(siteIndex(contentDir), contentDir, site, new BuildSummary(List.of(), List.of()), fingerprint);
        if (old.pages() != null) {
            return old.pages().size(); // an update came first
        }
        if (needsFullRender(old.header(), fingerprint, site, SitePublisher.liveGeneration(site))) {
            return 0;
        }
        Map<String, Page> pages = pages(old.content(), key -> null, MediaStore.folderOf(contentDir));
        if (reusedToo) {
            pages.values().forEach(page -> page.type().prepare(page));
        }
        state = new State(old.contentDir(), old.site(), old.header(), old.entries(), old.content(), pages, old.fromDisk());
        return pages.size();
    }

    /** The state kept from the last update or preparation of this site, or what the index on disk says. */
    private State current(SiteIndex index, Path contentDir, Path site, BuildSummary summary, String fingerprint) {
        return state != null && state.contentDir().equals(contentDir) && state.site().equals(site)
                ? state : load(index, contentDir, site, summary, fingerprint);
    }

    /** Whether an update must render every page into a new generation instead of the changed ones in place. */
    private static boolean needsFullRender(SiteIndex.Header header, String fingerprint, Path site, Path live) {
        return header == null || !header.fingerprint().equals(fingerprint) || !header.site().equals(site.toString())
                || live == null || !live.getFileName().toString().equals(header.generation());
    }

    /** What the index on disk says the site shows; its entries only when made under this fingerprint. */
    private State load(SiteIndex index, Path contentDir, Path site, BuildSummary summary, String fingerprint) {
        SiteIndex.Header header = index.header();
        Map<String, SiteIndex.Stored> entries = header == null || !header.fingerprint().equals(fingerprint)
                ? Map.of() : index.entries();
        BuildSummary shown = header == null ? summary : header.summary();
        SiteContent content = SiteContent.of(entries.values().stream().map(SiteIndex.Stored::entry).toList(), shown,
                header == null ? List.of() : header.retired());
        return new State(contentDir, site, header, entries, content, null, true);
    }

    /**
     * The retired records' ids and slugs ({@link RetiredPages}). A record is read when its stamp is new to this
     * renderer: a new process reads each retired record once, later updates only those retired since. A
     * record that cannot be read is left out (its old URLs then get no page).
     */
    private List<RetiredPages.Retired> retired(Path folder) {
        Map<String, SiteIndex.RecordStamp> stamps = SiteIndex.stamps(folder);
        Map<String, Map.Entry<SiteIndex.RecordStamp, RetiredPages.Retired>> known = new HashMap<>();
        List<RetiredPages.Retired> retired = new ArrayList<>();
        for (Map.Entry<String, SiteIndex.RecordStamp> file : new TreeMap<>(stamps).entrySet()) {
            Map.Entry<SiteIndex.RecordStamp, RetiredPages.Retired> cached = retiredRecords.get(file.getKey());
            if (cached == null || !cached.getKey().equals(file.getValue())) {
                RetiredPages.Retired read;
                try {
                    read = RetiredPages.Retired.of(readRecord(folder.resolve(file.getKey())));
                } catch (UncheckedIOException e) {
                    read = null;
                }
                cached = new java.util.AbstractMap.SimpleImmutableEntry<>(file.getValue(), read);
            }
            known.put(file.getKey(), cached);
            if (cached.getValue() != null) {
                retired.add(cached.getValue());
            }
        }
        retiredRecords = known;
        retired.sort(java.util.Comparator.comparing(RetiredPages.Retired::id).thenComparing(RetiredPages.Retired::slug));
        return retired;
    }

    /** The keys of the entries that no longer say what {@link Publication#hold} says at {@code now}. */
    private static Set<String> released(Map<String, SiteIndex.Stored> entries, Instant now) {
        Set<String> released = new HashSet<>();
        entries.forEach((key, stored) -> {
            if (!stored.entry().currentAt(now)) {
                released.add(key);
            }
        });
        return released;
    }

    /**
     * Reads the records that may have changed into the entries: the named ones and the {@code released}
     * keys, or with {@code ids} null every record whose stamp differs from its entry's and the released
     * ones. Entries are made as the site shows them at {@code now}. Returns whether any entry changed;
     * {@code dirty} gets the keys to write back (an entry or only its stamp changed), {@code removed} those
     * of records gone.
     */
    private boolean refresh(Map<String, SiteIndex.Stored> entries, Path records, Set<String> ids, Set<String> released,
                            Instant now, Set<String> dirty, Set<String> removed) {
        Map<String, SiteIndex.RecordStamp> stamps = new HashMap<>();
        if (ids == null) {
            stamps = SiteIndex.stamps(records);
            for (String key : entries.keySet()) {
                if (!stamps.containsKey(key)) {
                    removed.add(key);
                }
            }
        } else {
            Set<String> keys = new HashSet<>(released);
            ids.forEach(id -> keys.add(id + ".json"));
            for (String key : keys) {
                SiteIndex.RecordStamp stamp = SiteIndex.stamp(records.resolve(key));
                if (stamp != null) {
                    stamps.put(key, stamp);
                } else if (entries.containsKey(key)) {
                    removed.add(key);
                }
            }
        }
        boolean changed = !removed.isEmpty();
        removed.forEach(entries::remove);
        List<String> toRead = new ArrayList<>();
        for (Map.Entry<String, SiteIndex.RecordStamp> file : stamps.entrySet()) {
            SiteIndex.Stored known = entries.get(file.getKey());
            if (known == null || !known.stamp().equals(file.getValue()) || ids != null || released.contains(file.getKey())) {
                toRead.add(file.getKey());
            }
        }
        // read on every core: a full build makes 10,000 entries (counting every word of every version)
        List<SiteIndex.Stored> read = toRead.parallelStream()
                .map(key -> reread(records.resolve(key), entries.get(key), released.contains(key), now)).toList();
        for (int i = 0; i < toRead.size(); i++) {
            String key = toRead.get(i);
            SiteIndex.Stored known = entries.get(key);
            SiteIndex.Stored fresh = read.get(i);
            if (known != null && known.equals(fresh)) {
                continue; // the same bytes under the same stamp
            }
            entries.put(key, fresh);
            dirty.add(key);
            changed |= known == null || !known.entry().equals(fresh.entry());
        }
        return changed;
    }

    /**
     * A record as the index holds it: the entry {@code known} kept when the record's bytes are the ones it
     * was made from (and its embargo did not end), else made afresh from the record.
     */
    private SiteIndex.Stored reread(Path record, SiteIndex.Stored known, boolean released, Instant now) {
        byte[] bytes = readBytes(record);
        String hash = Sha256.hex(bytes);
        SiteIndex.RecordStamp stamp = SiteIndex.stamp(record);
        if (known != null && known.entry().recordHash().equals(hash) && !released) {
            return new SiteIndex.Stored(stamp, known.entry());
        }
        return new SiteIndex.Stored(stamp, context.views.entry(record.getFileName().toString(), ArticleStore.parse(record, bytes),
                hash, now));
    }

    /** The site index of this content folder: the same object from one update to the next, as it counts its journal's lines. */
    private SiteIndex siteIndex(Path contentDir) {
        if (siteIndex == null || !siteIndex.contentDir().equals(contentDir)) {
            siteIndex = new SiteIndex(contentDir);
        }
        return siteIndex;
    }

    private static void saveIndex(SiteIndex index, Map<String, SiteIndex.Stored> entries, Set<String> dirty,
                                  Set<String> removed, SiteIndex.Header header) {
        if (dirty.isEmpty() && removed.isEmpty() && header.equals(index.header())) {
            return;
        }
        index.save(entries, dirty, removed, header);
    }

    /**
     * Every page of the content by path, in publishing order: articles before what links to them. The
     * views of its articles are made first; then each kind of page makes its pages on a thread of its own
     * (every one of them reads the whole content). Images come first, before the article pages showing them.
     *
     * @param media the content folder's media folder, or null: no images are published
     */
    private Map<String, Page> pages(SiteContent content, Function<String, Article> records, Path media) {
        context.prepareViews(content.articles());
        context.prepareMenus(content);
        List<PageType> terms = List.of(new SharedPages(new CategoryPages(context)), new SharedPages(new TagPages(context)),
                new SharedPages(new AuthorPages(context)));
        List<PageType> types = List.of(new MediaPages(context, media), new ArticlePages(context, records), new RetiredPages(context),
                new HomePages(context), terms.get(0), terms.get(1), terms.get(2),
                new ArchivePages(context), new SearchPages(context), new FeedPages(context),
                new SitemapPage(context, terms), new NotFoundPages(context), new RootPage(context), new RobotsPage(context),
                new StylesheetPage(context), new ReportPages(context));
        List<List<Page>> made = types.parallelStream().map(type -> type.pages(content)).toList();
        Map<String, Page> pages = new LinkedHashMap<>();
        for (List<Page> ofOneType : made) {
            for (Page page : ofOneType) {
                if (page.path().endsWith(".html")) {
                    page = new Page(page.path(), page.type(), page.inputs(), context.frame(page.path()));
                }
                if (pages.put(page.path(), page) != null) {
                    throw new IllegalStateException("two pages at " + page.path());
                }
            }
        }
        return pages;
    }

    private PublishResult publishGeneration(Map<String, Page> pages, Path site) throws IOException {
        SitePublisher.NewGeneration generation = publisher.newGeneration(site);
        try {
            renderInOrder(pages.values(), generation::put);
            return generation.commit();
        } catch (IOException | RuntimeException | Error e) {
            generation.abort();
            throw e;
        }
    }

    /** Writes the pages whose inputs changed, new ones included, then deletes those no longer made. */
    private PublishResult publishInPlace(Map<String, Page> pages, Map<String, Page> before, Path site) throws IOException {
        SitePublisher.InPlaceUpdate update = publisher.inPlace(site);
        try {
            List<Page> changed = new ArrayList<>();
            for (Page page : pages.values()) {
                Page old = before.get(page.path());
                if (!page.sameAs(old)) {
                    changed.add(page);
                }
            }
            renderInOrder(changed, update::put);
            for (String path : before.keySet()) {
                if (!pages.containsKey(path)) {
                    update.delete(path);
                }
            }
            return update.finish(pages.size());
        } catch (IOException | RuntimeException | Error e) {
            update.abort();
            throw e;
        }
    }

    /** Where rendered pages go, one at a time, in publishing order. */
    private interface PageSink {
        void put(String path, byte[] bytes) throws IOException;
    }

    /**
     * Renders pages on every core (each page is a function of its inputs) and hands them to the sink one
     * at a time in their publishing order, a batch at a time, so at most two batches of pages are in memory.
     * More than a batch: a thread of its own writes each batch while the next is rendered (a core sat idle
     * while 56,000 files were written one by one).
     */
    private static void renderInOrder(Collection<Page> pages, PageSink sink) throws IOException {
        if (pages.size() <= RENDER_BATCH) {
            List<Page> batch = List.copyOf(pages);
            write(batch, render(batch), sink);
            return;
        }
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "page-writer");
            thread.setDaemon(true);
            return thread;
        });
        Future<?> writing = null;
        try {
            List<Page> batch = new ArrayList<>(RENDER_BATCH);
            for (Iterator<Page> next = pages.iterator(); next.hasNext(); ) {
                batch.add(next.next());
                if (batch.size() == RENDER_BATCH || !next.hasNext()) {
                    List<byte[]> rendered = render(batch);
                    await(writing);
                    List<Page> written = batch;
                    writing = writer.submit(() -> {
                        write(written, rendered, sink);
                        return null;
                    });
                    batch = new ArrayList<>(RENDER_BATCH);
                }
            }
            await(writing);
        } finally {
            writer.shutdown(); // a batch being written is finished, even when rendering failed
            try {
                writer.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<byte[]> render(List<Page> batch) {
        return batch.size() == 1 ? List.of(batch.get(0).type().render(batch.get(0)))
                : batch.parallelStream().map(page -> page.type().render(page)).toList();
    }

    private static void write(List<Page> batch, List<byte[]> rendered, PageSink sink) throws IOException {
        for (int i = 0; i < batch.size(); i++) {
            sink.put(batch.get(i).path(), rendered.get(i));
        }
    }

    /** Waits for a batch to be written, throwing what writing it threw. */
    private static void await(Future<?> writing) throws IOException {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while pages were written");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    private static Article readRecord(Path record) {
        return ArticleStore.parse(record, readBytes(record));
    }

    private static byte[] readBytes(Path record) {
        try {
            return Files.readAllBytes(record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article record " + record, e);
        }
    }
}
