package dev.mekong.pipeline.broker;

import dev.mekong.model.Article;
import dev.mekong.translate.ChainTranslator;
import dev.mekong.translate.TranslationStats;
import jakarta.jms.JMSException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.jms.JmsMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A translation worker's step, between the translation queue and the translate route
 * ({@code routes/translate.camel.yaml}, the same route as in one process): reads the article record,
 * translates it, answers with the translated record. It runs in the consumer's local transaction: the
 * request is acknowledged only with the answer. A failure rolls the transaction back, so the broker delivers
 * the request again (to any worker) up to {@code mekong.jms.max-deliveries} times; then, or at once for a
 * message that is no article record, the request goes to the dead-letter queue with the reason
 * ({@link RecordWire#REASON_HEADER}), in the same transaction, and the ingest node is answered with the
 * reason ({@link RecordWire#FAILURE_HEADER}) so that it quarantines the input. Either answer carries what the
 * engines spent on the article in this attempt ({@link RecordWire#SPENT_HEADER}), for the ingest node's build report.
 */
public class TranslationWorker implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationWorker.class);

    private final ProducerTemplate template;
    private final BrokerSettings settings;
    private final RecordWire wire;
    private final String translateEndpoint;
    private final ChainTranslator translator;

    public TranslationWorker(ProducerTemplate template, BrokerSettings settings, String translateEndpoint,
                             ChainTranslator translator) {
        this.template = template;
        this.settings = settings;
        this.wire = new RecordWire(settings.maxBodyBytes());
        this.translateEndpoint = translateEndpoint;
        this.translator = translator;
    }

    @Override
    public void process(Exchange exchange) {
        String body = exchange.getIn().getBody(String.class);
        int delivery = deliveryCount(exchange);
        Article article;
        try {
            article = wire.read(body);
        } catch (IllegalArgumentException notARecord) {
            deadLetter(exchange, body, notARecord.getMessage(), delivery); // the same every time: no retry
            return;
        }
        String input = article.source().fileName();
        // what this attempt costs goes with its answer; an attempt rolled back is answered by another one
        TranslationStats spent = new TranslationStats();
        try {
            Article translated = translator.counting(spent,
                    () -> template.requestBody(translateEndpoint, article, Article.class));
            exchange.getMessage().setBody(wire.write(translated));
            exchange.getMessage().setHeader(RecordWire.SPENT_HEADER, RecordWire.writeSpent(spent.snapshot().engines()));
        } catch (RuntimeException | Error e) {
            Throwable cause = e.getCause() != null && e instanceof org.apache.camel.CamelExecutionException ? e.getCause() : e;
            if (delivery < settings.maxDeliveries()) {
                LOG.warn("{}: translation failed (attempt {} of {}), left to the broker to deliver again: {}",
                        input, delivery, settings.maxDeliveries(), cause.toString());
                throw e; // the transaction rolls back
            }
            deadLetter(exchange, body, input + ": " + cause + " (attempt " + delivery + " of "
                    + settings.maxDeliveries() + ")", delivery);
            exchange.getMessage().setHeader(RecordWire.SPENT_HEADER, RecordWire.writeSpent(spent.snapshot().engines()));
        }
    }

    private void deadLetter(Exchange exchange, String body, String reason, int delivery) {
        LOG.warn("dead-lettered in {}: {}", settings.deadLetterQueue(), reason);
        template.send(settings.deadLetterUri(), dead -> {
            dead.getIn().setBody(body == null ? "" : body);
            dead.getIn().setHeader(RecordWire.REASON_HEADER, reason);
        });
        exchange.getMessage().setBody("");
        exchange.getMessage().setHeader(RecordWire.FAILURE_HEADER, reason);
    }

    /** How many times the broker has delivered this request, this time included (1 the first time). */
    static int deliveryCount(Exchange exchange) {
        if (exchange.getIn() instanceof JmsMessage jms && jms.getJmsMessage() != null) {
            try {
                int count = jms.getJmsMessage().getIntProperty("JMSXDeliveryCount");
                return count > 0 ? count : 1;
            } catch (JMSException | RuntimeException e) {
                return 1;
            }
        }
        return 1;
    }
}
