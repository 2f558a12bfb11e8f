package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.BuildSummary;
import dev.mekong.site.Publication;
import dev.mekong.site.PublishResult;
import dev.mekong.site.SiteBuild;
import dev.mekong.site.SiteRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Re-renders the site from the store when the inbox has been drained after a change. In a build the
 * first drained inbox ends the run: the site is rendered once and {@link #awaitFirstRender} returns.
 * A render that fails, whatever it throws (an OutOfMemoryError included), is the {@link #renderFailure}
 * that fails a build, and is tried again at the next drained inbox of a watch.
 * <p>
 * Only what is published at render time is rendered ({@link Publication}): drafts and embargoed articles
 * stay in the store. A render says how many are embargoed and until when (a warning). Embargoes end
 * without any new input: a drained inbox whose earliest embargo time has passed renders too, so a watch
 * (which looks at the inbox every mekong.poll-delay) publishes an article within one poll of its time.
 */
public class SiteUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(SiteUpdater.class);

    private final ArticleStore store;
    private final SiteRenderer renderer;
    private final Path siteDir;
    private final RunLog log;
    private final Supplier<List<BuildSummary.TranslationCost>> closeTranslationPeriod;
    private final Clock clock;
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private final AtomicLong renders = new AtomicLong();
    private final CountDownLatch firstRender = new CountDownLatch(1);
    private volatile Throwable renderFailure;
    private volatile BuildSummary lastSummary = BuildSummary.empty();
    private volatile PublishResult lastPublish;
    /** When the earliest embargoed article of the last render is due, or null. */
    private volatile Instant nextRelease;
    private String lastEmbargoWarning;

    /**
     * @param closeTranslationPeriod returns what the translation engines were sent since the last call
     *                               and starts counting afresh (budgets included): one period per render
     * @param clock                  what decides which embargoes have ended
     */
    public SiteUpdater(ArticleStore store, SiteRenderer renderer, Path siteDir, RunLog log,
                       Supplier<List<BuildSummary.TranslationCost>> closeTranslationPeriod, Clock clock) {
        this.store = store;
        this.renderer = renderer;
        this.siteDir = siteDir;
        this.log = log;
        this.closeTranslationPeriod = closeTranslationPeriod;
        this.clock = clock;
    }

    /** Called for every input stored: the article it went into, as stored, and the input's name. */
    public void stored(Article article, String inputName) {
        log.published(inputName, article.revision());
        changed.set(true);
    }

    /** Called when stored articles changed otherwise (reviewed translations came in): render on the next drain. */
    public void changed() {
        changed.set(true);
    }

    /**
     * Called when a poll of the inbox found nothing new; renders if anything changed since the last render,
     * or an embargo has ended since.
     */
    public void inboxDrained() {
        Instant release = nextRelease;
        boolean embargoEnded = release != null && !clock.instant().isBefore(release);
        if (!changed.getAndSet(false) && !embargoEnded) {
            return;
        }
        try {
            Publication publication = Publication.at(clock.instant(), store.all());
            nextRelease = publication.nextRelease().orElse(null);
            warnOfEmbargo(publication);
            lastSummary = log.summary(closeTranslationPeriod.get());
            lastPublish = renderer.render(new SiteBuild(publication.published(), lastSummary), siteDir);
            renderFailure = null;
        } catch (Throwable e) {
            // Errors too: the route's error handler would swallow one, and a build would report success
            // for a site it never wrote. The render's own memory is garbage by now, so trying again is sound.
            // A watch tries again at every poll: the same failure is logged once.
            if (renderFailure == null || !renderFailure.toString().equals(e.toString())) {
                LOG.error("rendering the site failed, tried again at the next look at the inbox: {}", e.toString());
            }
            renderFailure = e;
            changed.set(true);
        } finally {
            renders.incrementAndGet();
            firstRender.countDown();
        }
    }

    /** The embargo warning, once for as long as it stays the same (a watch renders again and again). */
    private synchronized void warnOfEmbargo(Publication publication) {
        String warning = publication.embargoWarning().orElse(null);
        if (warning != null && !warning.equals(lastEmbargoWarning)) {
            log.warn(warning);
            LOG.info("{}", warning);
        }
        lastEmbargoWarning = warning;
        if (!publication.drafts().isEmpty()) {
            LOG.info("{} drafts stored, not published (draft: true)", publication.drafts().size());
        }
    }

    /** Waits for the first render; false on timeout. */
    public boolean awaitFirstRender(long timeout, TimeUnit unit) throws InterruptedException {
        return firstRender.await(timeout, unit);
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
