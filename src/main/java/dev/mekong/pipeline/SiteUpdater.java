package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.BuildSummary;
import dev.mekong.site.PublishResult;
import dev.mekong.site.SiteBuild;
import dev.mekong.site.SiteRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Re-renders the site from the store when articles changed; when is decided by the render stage
 * ({@link RenderTrigger}), which calls it from one thread. A render that fails, whatever it throws (an
 * OutOfMemoryError included), is the {@link #renderFailure} that fails a build, and is tried again at
 * the next render stage event of a watch (at the latest the next poll of the inbox).
 */
public class SiteUpdater {

    private static final Logger LOG = LoggerFactory.getLogger(SiteUpdater.class);

    private final ArticleStore store;
    private final SiteRenderer renderer;
    private final Path siteDir;
    private final RunLog log;
    private final Supplier<List<BuildSummary.TranslationCost>> closeTranslationPeriod;
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private final AtomicLong renders = new AtomicLong();
    private volatile Throwable renderFailure;
    private volatile BuildSummary lastSummary = BuildSummary.empty();
    private volatile PublishResult lastPublish;

    /**
     * @param closeTranslationPeriod returns what the translation engines were sent since the last call
     *                               and starts counting afresh (budgets included): one period per render
     */
    public SiteUpdater(ArticleStore store, SiteRenderer renderer, Path siteDir, RunLog log,
                       Supplier<List<BuildSummary.TranslationCost>> closeTranslationPeriod) {
        this.store = store;
        this.renderer = renderer;
        this.siteDir = siteDir;
        this.log = log;
        this.closeTranslationPeriod = closeTranslationPeriod;
    }

    /** Called for every article stored. */
    public void stored(Article article) {
        log.published(article.source().fileName(), article.revision());
        changed.set(true);
    }

    /** Called when stored articles changed otherwise (reviewed translations came in): rendered next time. */
    public void changed() {
        changed.set(true);
    }

    /** Renders if anything changed since the last render. */
    public synchronized void renderIfChanged() {
        if (!changed.getAndSet(false)) {
            return;
        }
        try {
            lastSummary = log.summary(closeTranslationPeriod.get());
            lastPublish = renderer.render(new SiteBuild(store.all(), lastSummary), siteDir);
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
        }
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
