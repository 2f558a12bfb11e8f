package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.BuildSummary;
import dev.mekong.site.ChangedArticles;
import dev.mekong.site.Publication;
import dev.mekong.site.PublishResult;
import dev.mekong.site.SiteRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Re-renders the site from the store when articles changed, telling the renderer which articles were
 * stored since the last render (any of them at the first render, after a failed one, or after a change it
 * cannot name), so it renders only the pages that show them. When is decided by the render stage
 * ({@link RenderTrigger}), which calls it from one thread; workers report stored articles concurrently.
 * A start finds the site changed unless {@link SiteState} says it is up to date (an embargo that has ended
 * since the last render included); then the first render happens only if an input was read or an article
 * changed meanwhile.
 * A render that fails, whatever it throws (an OutOfMemoryError included), is the {@link #renderFailure}
 * that fails a build, and is tried again at the next render stage event of a watch (at the latest the
 * next poll of the inbox).
 * <p>
 * Only what is published at render time is rendered ({@link Publication}): drafts and embargoed articles
 * stay in the store, and the renderer holds them back. Each render says how many are embargoed and until
 * when ({@link RunLog#embargo}). Embargoes end without any new input: a render stage event after the
 * earliest embargo time renders too, so a watch (whose every look at the inbox is such an event)
 * publishes an article within one poll of its time; the renderer takes it as a change of that article.
 */
public class SiteUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(SiteUpdater.class);

    private final ArticleStore store;
    private final SiteRenderer renderer;
    private final Path siteDir;
    private final RunLog log;
    private final Supplier<List<BuildSummary.TranslationCost>> closeTranslationPeriod;
    private final SiteState siteState;
    private final Clock clock;
    private final AtomicBoolean changed;
    /** Ids stored since the last render; null (as at the start): any article may have changed. Guarded by this. */
    private Set<String> storedIds;
    private final AtomicLong renders = new AtomicLong();
    private final AtomicLong renderNanos = new AtomicLong();
    private final Object renderLock = new Object();
    private volatile Throwable renderFailure;
    private volatile BuildSummary lastSummary = BuildSummary.empty();
    private volatile PublishResult lastPublish;
    /** When the earliest article embargoed at the last render is due, or null. */
    private volatile Instant nextRelease;
    /** Whether {@link #prepareInBackground} was called. */
    private final AtomicBoolean preparing = new AtomicBoolean();
    /** What was last said about drafts and embargoes, so that a watch says it once. Guarded by this. */
    private Publication.Schedule announced = Publication.Schedule.NONE;

    /**
     * @param closeTranslationPeriod returns what the translation engines were sent since the last call
     *                               and starts counting afresh (budgets included): one period per render
     * @param siteState              what the live site was rendered from, told of every render
     * @param clock                  what decides which embargoes have ended
     */
    public SiteUpdater(ArticleStore store, SiteRenderer renderer, Path siteDir, RunLog log,
                       Supplier<List<BuildSummary.TranslationCost>> closeTranslationPeriod, SiteState siteState,
                       Clock clock) {
        this.store = store;
        this.renderer = renderer;
        this.siteDir = siteDir;
        this.log = log;
        this.closeTranslationPeriod = closeTranslationPeriod;
        this.siteState = siteState;
        this.clock = clock;
        store.flush(); // what the start rewrote (RemovedInputs) is on disk, where the site state looks
        boolean upToDate = siteState.upToDate(clock.instant());
        this.changed = new AtomicBoolean(!upToDate);
        if (upToDate) {
            // no render may come: what is held back is as the last render said, and a watch releases it when due
            Publication.Schedule schedule = siteState.schedule();
            nextRelease = schedule.nextRelease();
            announce(schedule);
        }
    }

    /** Called for every input stored: the article it went into, as stored, and the input's name. */
    public void stored(Article article, String inputName) {
        log.published(inputName, article.revision());
        synchronized (this) {
            if (storedIds != null) {
                storedIds.add(article.id());
            }
        }
        changed.set(true);
    }

    /** Called when stored articles changed otherwise (reviewed translations came in): rendered next time. */
    public void changed() {
        anyChanged();
        changed.set(true);
    }

    /**
     * Renders if anything changed since the last render, or an embargo has ended since. One render at a
     * time (the render stage's consumer, and a stopping watch's last one); under its own lock, so workers
     * reporting stored articles meanwhile are not held up: those are in the next render's changes.
     */
    public void renderIfChanged() {
        if (!changed.get() && !embargoEnded(clock.instant())) {
            return; // without waiting for a preparation under way, whose pages no render needs yet
        }
        synchronized (renderLock) {
            render();
        }
    }

    private boolean embargoEnded(Instant now) {
        Instant release = nextRelease;
        return release != null && !now.isBefore(release);
    }

    private void render() {
        Instant now = clock.instant();
        if (!changed.getAndSet(false) && !embargoEnded(now)) {
            return;
        }
        ChangedArticles changes = takeChanges();
        long started = System.nanoTime();
        try {
            store.flush(); // the renderer and the site state read the records folder
            String records = siteState.records();
            lastSummary = log.summary(closeTranslationPeriod.get());
            lastPublish = renderer.update(store, changes, lastSummary, now, siteDir);
            nextRelease = lastPublish.schedule().nextRelease();
            announce(lastPublish.schedule());
            siteState.rendered(records, lastSummary, lastPublish.schedule());
            renderFailure = null;
        } catch (Throwable e) {
            // Errors too: the route's error handler would swallow one, and a build would report success
            // for a site it never wrote. The render's own memory is garbage by now, so trying again is sound.
            // A watch tries again at every poll: the same failure is logged once.
            if (renderFailure == null || !renderFailure.toString().equals(e.toString())) {
                LOG.error("rendering the site failed, tried again at the next look at the inbox: {}", e.toString());
            }
            renderFailure = e;
            anyChanged();
            changed.set(true);
        } finally {
            renderNanos.addAndGet(System.nanoTime() - started);
            renders.incrementAndGet();
        }
    }

    /**
     * Runs {@link #prepare} on a thread of its own, the first time only, if {@code worthIt} (asked on that
     * thread) says a render is coming: a watch at its start, a build that finds its site out of date or an
     * input changed. In a new process the pages the site shows are made from the index on disk, seconds of
     * work on a large site, done while the inputs are read; a build with nothing to do does not pay for it.
     *
     * @param reusedToo see {@link SiteRenderer#prepare}: true for a watch
     * @param ready     told the number of pages made ready, on that thread
     */
    public void prepareInBackground(BooleanSupplier worthIt, boolean reusedToo, IntConsumer ready) {
        if (preparing.getAndSet(true)) {
            return;
        }
        Thread preparer = new Thread(() -> {
            if (worthIt.getAsBoolean()) {
                ready.accept(prepare(reusedToo));
            }
        }, "site-prepare");
        preparer.setDaemon(true);
        preparer.start();
    }

    /** Whether the next render stage event renders: something changed since the last render. */
    public boolean renderPending() {
        return changed.get();
    }

    /**
     * Has the renderer get ready for the first render ({@link SiteRenderer#prepare}), under the render lock:
     * a render that comes meanwhile waits and then finds it ready. A failure is logged and left to that
     * render, which does the same work again.
     *
     * @return the number of pages ready for the next update; 0 when nothing was done or it failed
     */
    public int prepare(boolean reusedToo) {
        synchronized (renderLock) {
            try {
                store.flush();
                return renderer.prepare(store, siteDir, reusedToo);
            } catch (IOException | RuntimeException | Error e) {
                LOG.warn("getting the site ready for the first update failed, done at the first render instead: {}", e.toString());
                return 0;
            }
        }
    }

    /** The embargo warning among the run's warnings; drafts and the warning logged once while they stay the same. */
    private synchronized void announce(Publication.Schedule schedule) {
        log.embargo(schedule.warning());
        if (schedule.warning() != null && !schedule.warning().equals(announced.warning())) {
            LOG.info("{}", schedule.warning());
        }
        if (schedule.drafts() > 0 && schedule.drafts() != announced.drafts()) {
            LOG.info("{} drafts stored, not published (draft: true)", schedule.drafts());
        }
        announced = schedule;
    }

    private synchronized ChangedArticles takeChanges() {
        ChangedArticles changes = storedIds == null ? ChangedArticles.any() : ChangedArticles.of(storedIds);
        storedIds = new HashSet<>();
        return changes;
    }

    private synchronized void anyChanged() {
        storedIds = null;
    }

    /** How long the renders so far took, together. */
    public long renderNanos() {
        return renderNanos.get();
    }

    /** How many renders have run: lets a watcher wait for the next one. */
    public long renderCount() {
        return renders.get();
    }

    /** What the last render reported: quarantined inputs, warnings, translation cost. */
    public BuildSummary lastSummary() {
        return lastSummary;
    }

    /** What the last successful render changed on disk (files written, unchanged), or null before one. */
    public PublishResult lastPublish() {
        return lastPublish;
    }

    /** The last render's failure, or null when the site is up to date. */
    public Throwable renderFailure() {
        return renderFailure;
    }
}
