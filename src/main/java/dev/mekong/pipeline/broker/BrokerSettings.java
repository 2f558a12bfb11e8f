package dev.mekong.pipeline.broker;

import java.util.Locale;
import java.util.function.Function;

/**
 * How this process reaches the other machines of a scaled-out pipeline ({@code mekong.transport=jms}): the
 * Artemis broker's address and login, the queues, and the limits. Read from the {@code mekong.jms.*} keys.
 *
 * @param url             the broker, an Artemis core URL ({@code tcp://host:61616})
 * @param queue           the translation requests: the ingest node sends, the workers compete for them
 * @param replyQueue      the translated records coming back to the ingest node (one ingest node at a time)
 * @param deadLetterQueue requests no worker could translate, each with the reason
 * @param maxBodyBytes    the largest article record (JSON) that goes over the broker
 * @param requestTimeoutMs how long the ingest node waits for a translated record
 * @param consumers       requests one worker process translates at once
 * @param maxDeliveries   attempts at one request (a worker failing or dying on it) before it is dead-lettered
 */
public record BrokerSettings(String url, String user, String password, String queue, String replyQueue,
                             String deadLetterQueue, long maxBodyBytes, long requestTimeoutMs, int consumers,
                             int maxDeliveries) {

    public static final String TRANSPORT_KEY = "mekong.transport";

    /** Whether the stages are joined over a broker (jms) or in this process (local, the default). */
    public static boolean enabled(Function<String, String> properties) {
        String transport = value(properties, TRANSPORT_KEY, "local").toLowerCase(Locale.ROOT);
        return switch (transport) {
            case "local" -> false;
            case "jms" -> true;
            default -> throw new IllegalArgumentException(TRANSPORT_KEY + " must be local or jms, not '" + transport + "'");
        };
    }

    public static BrokerSettings from(Function<String, String> properties) {
        return new BrokerSettings(
                value(properties, "mekong.jms.url", "tcp://127.0.0.1:61616"),
                value(properties, "mekong.jms.user", ""),
                value(properties, "mekong.jms.password", ""),
                name(properties, "mekong.jms.queue", "mekong.translate"),
                name(properties, "mekong.jms.reply-queue", "mekong.translated"),
                name(properties, "mekong.jms.dead-letter-queue", "mekong.translate.dead"),
                positive(properties, "mekong.jms.max-body-bytes", "67108864"),
                positive(properties, "mekong.jms.request-timeout-ms", "600000"),
                Math.toIntExact(positive(properties, "mekong.jms.consumers", "1")),
                Math.toIntExact(positive(properties, "mekong.jms.max-deliveries", "3")));
    }

    /** The ingest node's end: a request, persistent, answered on the reply queue. */
    public String requestUri() {
        return "jms:queue:" + queue + "?exchangePattern=InOut&replyTo=" + replyQueue + "&replyToType=Exclusive"
                + "&requestTimeout=" + requestTimeoutMs + "&jmsMessageType=Text&deliveryPersistent=true";
    }

    /**
     * A worker's end: competing consumers in a local transaction each, so a request is acknowledged only
     * together with its reply (or its dead letter), and a worker that dies leaves it to the others.
     */
    public String workerUri() {
        return "jms:queue:" + queue + "?concurrentConsumers=" + consumers + "&maxConcurrentConsumers=" + consumers
                + "&transacted=true&jmsMessageType=Text&cacheLevelName=CACHE_CONSUMER";
    }

    public String deadLetterUri() {
        return "jms:queue:" + deadLetterQueue + "?exchangePattern=InOnly&jmsMessageType=Text&deliveryPersistent=true";
    }

    private static String value(Function<String, String> properties, String key, String fallback) {
        String value = properties.apply(key);
        return value == null ? fallback : value.trim();
    }

    private static String name(Function<String, String> properties, String key, String fallback) {
        String value = value(properties, key, fallback);
        if (!value.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(key + " must be a queue name (letters, digits, . _ -), not '" + value + "'");
        }
        return value;
    }

    private static long positive(Function<String, String> properties, String key, String fallback) {
        String value = value(properties, key, fallback);
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value + "'");
        }
        if (number < 1) {
            throw new IllegalArgumentException(key + " must be 1 or more, not " + number);
        }
        return number;
    }
}
