package dev.mekong.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Inputs processed concurrently pass the gates in the order they were handed out. */
class GateOrderTest {

    private final GateOrder order = new GateOrder();
    private final List<String> passed = new CopyOnWriteArrayList<>();

    private Exchange handedOut() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        order.ticket(exchange);
        return exchange;
    }

    private CompletableFuture<Void> throughTheGates(String name, Exchange exchange) {
        return CompletableFuture.runAsync(() -> {
            try {
                order.awaitTurn(exchange);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            passed.add(name);
            order.passed(exchange);
        });
    }

    @Test
    void aLaterInputWaitsUntilTheEarlierOnesPassedOrEnded() throws Exception {
        Exchange first = handedOut();
        Exchange second = handedOut();
        Exchange third = handedOut();

        CompletableFuture<Void> thirdThrough = throughTheGates("third", third);
        CompletableFuture<Void> secondThrough = throughTheGates("second", second);
        // the first input is quarantined before it reaches the gates: its exchange completes
        first.getExchangeExtension().handoverCompletions().forEach(done -> done.onFailure(first));

        CompletableFuture.allOf(thirdThrough, secondThrough).get(1, TimeUnit.MINUTES);
        assertThat(passed).containsExactly("second", "third");
    }

    @Test
    void anExchangeWithoutATicketIsNotHeld() throws Exception {
        handedOut(); // never reaches the gates
        throughTheGates("untracked", new DefaultExchange(new DefaultCamelContext())).get(1, TimeUnit.MINUTES);
        assertThat(passed).containsExactly("untracked");
    }
}
