package dev.mekong.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

import java.util.TreeSet;

/**
 * Lets inputs through the duplicate and identity gates in the order the inbox handed them out (by file
 * name), though they are processed concurrently: of two inputs with the same bytes or the same canonical
 * URL, the one first in the inbox is the article and the other the duplicate or the rejected one, as in a
 * one-thread run, whichever worker is faster. Only the gates are taken in order; reading, extraction
 * and translation run in parallel. An input that ends before the gates (quarantined, reviewed
 * translations) is let through when its exchange completes.
 *
 * <p>No deadlock with the ingest route's thread pool: a worker takes inputs from its queue in the order
 * they were handed out, so every input ahead of one waiting here has been started and moves on.
 */
public class GateOrder {

    private static final String TICKET = "MekongGateTicket";

    private long nextTicket;
    /** Tickets handed out whose input has not yet passed the gates. */
    private final TreeSet<Long> waiting = new TreeSet<>();

    /** The ingest route's step, in inbox order: the input's place in the queue for the gates. */
    public synchronized void ticket(Exchange exchange) {
        long ticket = nextTicket++;
        waiting.add(ticket);
        exchange.setProperty(TICKET, ticket);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                pass(ticket);
            }
        });
    }

    /** Before the gates: waits until every input handed out before this one has passed them. */
    public synchronized void awaitTurn(Exchange exchange) throws InterruptedException {
        Long ticket = exchange.getProperty(TICKET, Long.class);
        while (ticket != null && !waiting.isEmpty() && waiting.first() < ticket) {
            wait();
        }
    }

    /** After the gates: the next input may go through. */
    public void passed(Exchange exchange) {
        Long ticket = exchange.getProperty(TICKET, Long.class);
        if (ticket != null) {
            pass(ticket);
        }
    }

    private synchronized void pass(long ticket) {
        if (waiting.remove(ticket)) {
            notifyAll();
        }
    }
}
