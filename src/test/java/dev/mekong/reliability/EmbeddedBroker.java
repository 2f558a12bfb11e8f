package dev.mekong.reliability;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * An Artemis broker inside the test JVM, as a newsroom would run one: persistent (its journal in a folder of
 * the test, so a restart keeps every message), reached over TCP on 127.0.0.1 (workers in other JVMs too), and
 * with the broker's own last line of defence: a message delivered 10 times goes to the DLQ queue.
 */
final class EmbeddedBroker implements AutoCloseable {

    private final Path journal;
    private final int port;
    private EmbeddedActiveMQ server;

    EmbeddedBroker(Path journal) {
        this.journal = journal;
        this.port = freePort();
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    EmbeddedBroker start() {
        try {
            Configuration config = new ConfigurationImpl()
                    .setPersistenceEnabled(true)
                    .setSecurityEnabled(false)
                    .setJournalType(JournalType.NIO)
                    .setJournalDirectory(journal.resolve("journal").toString())
                    .setBindingsDirectory(journal.resolve("bindings").toString())
                    .setLargeMessagesDirectory(journal.resolve("large").toString())
                    .setPagingDirectory(journal.resolve("paging").toString())
                    .addAcceptorConfiguration("tcp", url());
            config.addAddressSetting("#", new AddressSettings()
                    .setMaxDeliveryAttempts(10)
                    .setDeadLetterAddress(SimpleString.of("DLQ"))
                    .setAutoCreateQueues(true)
                    .setAutoCreateAddresses(true)
                    .setAutoDeleteQueues(false));
            config.addQueueConfiguration(QueueConfiguration.of("DLQ").setRoutingType(RoutingType.ANYCAST));
            server = new EmbeddedActiveMQ();
            server.setConfiguration(config);
            server.start();
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the broker", e);
        }
    }

    void stop() {
        try {
            if (server != null) {
                server.stop();
                server = null;
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the broker", e);
        }
    }

    /** The queue of this name, or null while it does not exist (or the broker is down). */
    Queue queue(String name) {
        return server == null ? null : server.getActiveMQServer().locateQueue(SimpleString.of(name));
    }

    /** Messages in the queue now, delivered to a consumer or not. */
    long messages(String name) {
        Queue queue = queue(name);
        return queue == null ? 0 : queue.getMessageCount();
    }

    @Override
    public void close() {
        stop();
    }

    /** A TCP port free on this machine now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
