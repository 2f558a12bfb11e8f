package dev.mekong.pipeline.broker;

import dev.mekong.translate.ChainTranslator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * A translation worker's routes besides {@code routes/translate.camel.yaml}: the consumer of the translation
 * queue ({@link TranslationWorker}), and the worker's {@code quarantine} route configuration, which the
 * translate route names: on a worker there is no input to quarantine, so an error goes back to
 * {@link TranslationWorker}, which has the broker deliver the request again or dead-letters it.
 */
public final class BrokerRoutes {

    public static final String TRANSLATE_ENDPOINT = "direct:translate";

    private BrokerRoutes() {
    }

    public static RouteBuilder worker(BrokerSettings settings, ChainTranslator translator) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // a failure rolls the request back to the broker, which delivers it again: TranslationWorker
                // logs it in one line, Camel need not log it again with its stack trace
                errorHandler(noErrorHandler());
                from(settings.workerUri())
                        .routeId("translate-worker")
                        .process(new TranslationWorker(getContext().createProducerTemplate(), settings, TRANSLATE_ENDPOINT,
                                translator));
            }
        };
    }

    public static RouteConfigurationBuilder workerErrors() {
        return new RouteConfigurationBuilder() {
            @Override
            public void configuration() {
                routeConfiguration("quarantine")
                        .onException(Throwable.class).handled(false).logExhausted(false).logStackTrace(false);
            }
        };
    }
}
