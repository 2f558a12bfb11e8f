package dev.mekong.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

import java.util.concurrent.Semaphore;

/**
 * At most {@code mekong.workers} inputs in the article stage at once. The ingest route takes a place before it
 * hands an input over, waiting while every place is taken, and the place is given back when the input's
 * exchange completes (stored, duplicate or quarantined, after the file consumer's commit). So one worker
 * means one article at a time, as the setting says (a thread pool that lets the file consumer run an input
 * itself when the pool is busy would run one more), and a stop finds at most that many inputs to finish.
 */
public class InFlightLimit {

    private final int limit;
    private final Semaphore places;

    public InFlightLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one input in flight, not " + limit);
        }
        this.limit = limit;
        this.places = new Semaphore(limit, true);
    }

    /**
     * Waits for a place, then holds it until the exchange completes. Not interruptible: an input the file
     * consumer has picked up is always processed (a failed dispatch would quarantine a good input), and the
     * wait ends as the inputs in flight complete, which a stopping pipeline lets them do.
     */
    public void take(Exchange exchange) {
        places.acquireUninterruptibly();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                places.release();
            }
        });
    }

    /** How many inputs are in flight now. */
    public int inFlight() {
        return limit - places.availablePermits();
    }

    public int limit() {
        return limit;
    }

    /** Whether the file consumer is waiting for a place. */
    public boolean isWaiting() {
        return places.hasQueuedThreads();
    }
}
