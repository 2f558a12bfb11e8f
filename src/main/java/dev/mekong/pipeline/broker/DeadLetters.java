package dev.mekong.pipeline.broker;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the dead-letter queue holds, for the build report: the ingest node browses it (reading nothing off
 * it) before each render, and each message not reported yet becomes a warning with its reason. The queue
 * is the operator's to empty once the cause is fixed.
 */
public class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private final ConnectionFactory factory;
    private final String queue;
    private final Set<String> reported = Collections.synchronizedSet(new HashSet<>());

    public DeadLetters(ConnectionFactory factory, String queue) {
        this.factory = factory;
        this.queue = queue;
    }

    /** Warns, once per message, of each dead letter; a broker out of reach is logged and tried next time. */
    public void report(Consumer<String> warn) {
        for (String reason : newReasons()) {
            warn.accept("dead-letter queue " + queue + ": " + reason);
        }
    }

    /** The reasons of the dead letters not reported before, in queue order. */
    public List<String> newReasons() {
        List<String> reasons = new ArrayList<>();
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            try (QueueBrowser browser = session.createBrowser(session.createQueue(queue))) {
                Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    Message message = (Message) messages.nextElement();
                    if (reported.add(message.getJMSMessageID())) {
                        String reason = message.getStringProperty(RecordWire.REASON_HEADER);
                        reasons.add(reason == null ? "message " + message.getJMSMessageID() + " (no reason given)" : reason);
                    }
                }
            }
        } catch (JMSException | RuntimeException e) {
            LOG.warn("cannot read the dead-letter queue {}: {}", queue, e.toString());
        }
        return reasons;
    }
}
