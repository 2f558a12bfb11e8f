package dev.mekong.pipeline.broker;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.jms.connection.CachingConnectionFactory;

/** The {@code jms} Camel component on the Artemis broker of {@code mekong.jms.url}. */
public final class BrokerConnections {

    private BrokerConnections() {
    }

    /**
     * A translation worker's connections: no message buffered ahead in a consumer (consumerWindowSize 0), so
     * requests go to whichever worker is free, and a worker that dies holds only the ones it was translating.
     * The listener containers reconnect by themselves after the broker restarted.
     */
    public static ConnectionFactory forWorker(BrokerSettings settings) {
        ActiveMQConnectionFactory factory = artemis(settings);
        factory.setConsumerWindowSize(0);
        return factory;
    }

    /**
     * The ingest node's connections: sessions reused across requests (one per article thread) instead of a
     * connection per message; dropped and made afresh after a connection failure (a broker restart).
     */
    public static ConnectionFactory forIngest(BrokerSettings settings, int threads) {
        CachingConnectionFactory caching = new CachingConnectionFactory(artemis(settings));
        caching.setSessionCacheSize(Math.max(1, threads));
        caching.setReconnectOnException(true);
        return caching;
    }

    /** Registers the {@code jms} component on these connections. */
    public static void register(CamelContext context, ConnectionFactory factory) {
        JmsComponent jms = new JmsComponent();
        jms.setConnectionFactory(factory);
        context.addComponent("jms", jms);
    }

    private static ActiveMQConnectionFactory artemis(BrokerSettings settings) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(settings.url());
        if (!settings.user().isEmpty()) {
            factory.setUser(settings.user());
            factory.setPassword(settings.password());
        }
        return factory;
    }
}
