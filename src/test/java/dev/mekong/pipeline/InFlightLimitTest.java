package dev.mekong.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** One worker means one input at a time: the file consumer waits for a place instead of running one itself. */
class InFlightLimitTest {

    private static Exchange input() {
        return new DefaultExchange(new DefaultCamelContext());
    }

    private static void complete(Exchange exchange) {
        for (Synchronization done : exchange.getExchangeExtension().handoverCompletions()) {
            done.onComplete(exchange);
        }
    }

    @Test
    void aFurtherInputWaitsUntilOneInFlightCompletes() throws InterruptedException {
        InFlightLimit limit = new InFlightLimit(2);
        Exchange first = input();
        Exchange second = input();
        limit.take(first);
        limit.take(second);
        assertThat(limit.inFlight()).isEqualTo(2);

        CountDownLatch thirdTaken = new CountDownLatch(1);
        Thread consumer = new Thread(() -> {
            limit.take(input());
            thirdTaken.countDown();
        });
        consumer.start();
        while (!limit.isWaiting()) {
            Thread.onSpinWait(); // until the consumer thread is parked on the limit
        }
        assertThat(thirdTaken.getCount()).as("every place taken").isEqualTo(1);

        complete(first);
        thirdTaken.await();
        consumer.join();

        assertThat(limit.inFlight()).isEqualTo(2);
        complete(second);
        assertThat(limit.inFlight()).isEqualTo(1);
    }

    @Test
    void aFailedInputGivesItsPlaceBackToo() {
        InFlightLimit limit = new InFlightLimit(1);
        Exchange failed = input();
        limit.take(failed);
        for (Synchronization done : failed.getExchangeExtension().handoverCompletions()) {
            done.onFailure(failed);
        }
        assertThat(limit.inFlight()).isZero();
    }
}
