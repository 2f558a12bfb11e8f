package dev.mekong.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.Ordered;
import org.apache.camel.support.SynchronizationAdapter;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Decides when the site is rendered, now that articles are processed concurrently and an empty poll of
 * the inbox no longer means that all work is done. It counts the inputs in flight: one is counted when the
 * ingest route hands it to the article stage, and uncounted when its exchange completes, whatever the
 * outcome (stored, duplicate, quarantined, an error), after the file consumer has archived or quarantined
 * it. Each outcome and each empty poll is an event for the render stage, whose single consumer calls
 * {@link #settle}: the site is rendered once no input is in flight, in a build only once the inbox has
 * also been drained (one render at the end), in a watch at once (low drop → live latency) and, while
 * inputs keep coming, at least every {@code maxDelay}. A build is done after the first render that
 * found the inbox drained and nothing in flight ({@link #awaitBuilt}).
 */
public class RenderTrigger {

    private final SiteUpdater site;
    private final boolean build;
    private final long maxDelayNanos;
    private final Runnable announce;
    private final LongSupplier clock;
    private final CountDownLatch built = new CountDownLatch(1);
    private int inFlight;
    private boolean drained;
    /** A build's last render has begun: the inbox is not looked at again ({@link #takesInputs}). */
    private volatile boolean finishing;
    /** When the first outcome not yet rendered happened (clock nanos), or null. */
    private Long unrenderedSince;

    /**
     * @param build    true: render only when the inbox is drained (a build); false: as soon as nothing is in flight
     * @param maxDelay in a watch, how long a stream of inputs may keep its outcomes off the site, in milliseconds
     * @param announce sends an event to the render stage (it calls {@link #settle} on its consumer's thread)
     */
    public RenderTrigger(SiteUpdater site, boolean build, long maxDelay, Runnable announce, LongSupplier clock) {
        this.site = site;
        this.build = build;
        this.maxDelayNanos = TimeUnit.MILLISECONDS.toNanos(maxDelay);
        this.announce = announce;
        this.clock = clock;
    }

    /** The ingest route hands an input to the article stage: in flight until its exchange completes. */
    public void dispatched(Exchange exchange) {
        synchronized (this) {
            inFlight++;
            drained = false;
        }
        exchange.getExchangeExtension().addOnCompletion(new Outcome());
    }

    /** A poll of the inbox found nothing new: every input there has been dispatched. */
    public synchronized void inboxDrained() {
        drained = true;
    }

    /**
     * A build's poll dispatched inputs and left none behind, and the inbox folder stayed as it was
     * ({@link InboxPolls}): the inbox is drained without the empty poll that would list every kept input
     * again (a second per 40,000). An input edited in place after the poll looked at it is the next build's,
     * as one edited after the empty poll would be. A watch ignores this.
     */
    public void everyInputDispatched() {
        synchronized (this) {
            if (!build) {
                return;
            }
            drained = true;
        }
        announce.run();
    }

    /** The render stage's step: renders if the pipeline has settled (or a watch has waited long enough). */
    public void settle() {
        boolean settled;
        boolean overdue;
        boolean finishesBuild;
        synchronized (this) {
            settled = inFlight == 0 && (drained || !build);
            overdue = !build && unrenderedSince != null && clock.getAsLong() - unrenderedSince >= maxDelayNanos;
            finishesBuild = inFlight == 0 && drained;
            if (settled || overdue) {
                unrenderedSince = null;
            }
            finishing |= build && finishesBuild;
        }
        if (settled || overdue) {
            site.renderIfChanged();
        }
        if (finishesBuild) {
            built.countDown();
        }
    }

    /**
     * Whether the inbox is still read: false once a build's last render has begun. A build reads what the
     * inbox held; a poll during its render would only list every kept input again (a core's worth of work
     * at 40,000 inputs), and an input it found would be stored after the site was made.
     */
    public boolean takesInputs() {
        return !finishing;
    }

    /** Waits until the inbox was drained, every input dispatched reached its outcome and the site was rendered. */
    public boolean awaitBuilt(long timeout, TimeUnit unit) throws InterruptedException {
        return built.await(timeout, unit);
    }

    /** How many inputs are in flight now. */
    public synchronized int inFlight() {
        return inFlight;
    }

    private void finished() {
        synchronized (this) {
            inFlight--;
            if (unrenderedSince == null) {
                unrenderedSince = clock.getAsLong();
            }
        }
        announce.run();
    }

    /** Runs when the input's exchange completes, success or failure, after the file consumer's commit or rollback. */
    private final class Outcome extends SynchronizationAdapter implements Ordered {

        @Override
        public void onDone(Exchange exchange) {
            finished();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST; // last: the input is archived or quarantined by then
        }
    }
}
