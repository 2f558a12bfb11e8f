package dev.mekong.pipeline.broker;

import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;
import dev.mekong.translate.TranslationStats;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The translation stage as the ingest node sees it with {@code mekong.transport=jms}
 * ({@code mekong.stage.translate=bean:remoteTranslation?method=apply}): the prepared article record goes as
 * JSON to the translation queue, a worker answers with the translated record, and the article route goes on
 * to store it, on this node, under the store's lock. The input stays in the inbox (or unjournaled) until
 * then, so the broker only ever holds work whose input is still safe here; a request answered twice (a
 * worker died after replying, a request sent again) is stored once, as only the first answer is awaited.
 * <p>
 * While the broker cannot be reached (restarting) the request is sent again, for at most the request
 * timeout. A worker's answer that the request was dead-lettered, or no answer within the request timeout,
 * quarantines the input with the reason. What the worker's engines spent on the article comes with the answer
 * and is added to this node's translation figures.
 */
public class RemoteTranslation {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteTranslation.class);
    private static final long RETRY_PAUSE_MS = 1000;

    private final ProducerTemplate template;
    private final BrokerSettings settings;
    private final RecordWire wire;
    private final Consumer<Map<String, TranslationStats.EngineFigures>> spent;
    private final LongSupplier clock;
    private volatile boolean brokerDown;

    /**
     * @param spent told what a worker's engines spent on each article answered, for this node's build report
     */
    public RemoteTranslation(ProducerTemplate template, BrokerSettings settings,
                             Consumer<Map<String, TranslationStats.EngineFigures>> spent) {
        this(template, settings, spent, System::nanoTime);
    }

    RemoteTranslation(ProducerTemplate template, BrokerSettings settings,
                      Consumer<Map<String, TranslationStats.EngineFigures>> spent, LongSupplier clock) {
        this.template = template;
        this.settings = settings;
        this.wire = new RecordWire(settings.maxBodyBytes());
        this.spent = spent;
        this.clock = clock;
    }

    public Article apply(Article article) throws InterruptedException {
        String json = wire.write(article);
        long deadline = clock.getAsLong() + TimeUnit.MILLISECONDS.toNanos(settings.requestTimeoutMs());
        while (true) {
            Exchange reply = template.request(settings.requestUri(), ex -> ex.getIn().setBody(json));
            Exception failed = reply.getException();
            if (failed == null) {
                if (brokerDown) {
                    brokerDown = false;
                    LOG.info("broker {} reachable again", settings.url());
                }
                return answer(reply);
            }
            if (failed instanceof ExchangeTimedOutException || causedBy(failed, ExchangeTimedOutException.class)) {
                throw new InputRejectedException("no translation worker answered within " + settings.requestTimeoutMs()
                        + " ms (mekong.jms.request-timeout-ms); is a worker running on " + settings.url() + "?");
            }
            if (clock.getAsLong() - deadline > 0) {
                throw new InputRejectedException("the broker " + settings.url() + " could not be reached for "
                        + settings.requestTimeoutMs() + " ms: " + failed, failed);
            }
            if (!brokerDown) {
                brokerDown = true;
                LOG.warn("broker {} not reachable, sending again until it is: {}", settings.url(), failed.toString());
            }
            TimeUnit.MILLISECONDS.sleep(RETRY_PAUSE_MS);
        }
    }

    private Article answer(Exchange reply) {
        // counted from the one answer awaited: a second answer to a request delivered twice reaches nobody
        try {
            spent.accept(RecordWire.readSpent(reply.getMessage().getHeader(RecordWire.SPENT_HEADER, String.class)));
        } catch (IllegalArgumentException e) {
            LOG.warn("a translation worker's figures could not be read, not counted: {}", e.getMessage());
        }
        String failure = reply.getMessage().getHeader(RecordWire.FAILURE_HEADER, String.class);
        if (failure != null) {
            throw new InputRejectedException("translation failed on a worker (dead-lettered in "
                    + settings.deadLetterQueue() + "): " + failure);
        }
        try {
            return wire.read(reply.getMessage().getBody(String.class));
        } catch (IllegalArgumentException e) {
            throw new InputRejectedException("a translation worker answered with " + e.getMessage(), e);
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
