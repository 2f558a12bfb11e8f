package dev.mekong.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * TEST ONLY: holds one input at a known step so that a crash or stop test can kill or stop the process
 * exactly there. Off unless {@code mekong.test.pause-at} is set, and never set in application.properties.
 *
 * <p>{@code mekong.test.pause-at=STEP@N} (STEP is a route the article goes through: {@code article}, where
 * the input has just been picked up and is about to be read, or {@code translate}) holds the N-th input
 * of this process that reaches STEP: it writes that input's file name to {@code PAUSE_DIR/paused}, then
 * waits until a file {@code PAUSE_DIR/release} exists ({@code mekong.test.pause-dir}).
 */
public final class TestPause extends EventNotifierSupport {

    private final String endpointUri;
    private final int nth;
    private final Path dir;
    private final AtomicInteger arrivals = new AtomicInteger();

    private TestPause(String step, int nth, Path dir) {
        this.endpointUri = "direct://" + step;
        this.nth = nth;
        this.dir = dir;
    }

    /** The pause the properties ask for, or null when none is set (always, outside tests). */
    static TestPause from(Function<String, String> properties) {
        String at = properties.apply("mekong.test.pause-at");
        if (at == null || at.isBlank()) {
            return null;
        }
        String[] parts = at.trim().split("@");
        String dir = properties.apply("mekong.test.pause-dir");
        if (parts.length != 2 || !parts[0].matches("article|translate") || !parts[1].matches("[1-9]\\d*") || dir == null) {
            throw new IllegalArgumentException("mekong.test.pause-at must be article@N or translate@N, with mekong.test.pause-dir set;"
                    + " got '" + at + "'");
        }
        return new TestPause(parts[0], Integer.parseInt(parts[1]), Path.of(dir));
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeSendingEvent sending
                && endpointUri.equals(sending.getEndpoint().getEndpointUri());
    }

    @Override
    public void notify(CamelEvent event) throws InterruptedException {
        if (arrivals.incrementAndGet() != nth) {
            return;
        }
        Exchange exchange = ((CamelEvent.ExchangeSendingEvent) event).getExchange();
        String fileName = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.writeString(dir.resolve(".paused.tmp"), fileName, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve("paused"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path release = dir.resolve("release");
        while (!Files.exists(release)) {
            Thread.sleep(20); // polling for the test's signal file; a test-only wait, never on in production
        }
    }
}
