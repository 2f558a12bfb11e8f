package dev.mekong.reliability;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache ActiveMQ Artemis broker in a process of its own, set up the way the README's "Running on several
 * machines" tells users to: an instance made with {@code artemis create} from the {@code apache-artemis}
 * distribution (unpacked to target/artemis by {@code -Pfull}), started with {@code <instance>/bin/artemis run}.
 * It listens on 127.0.0.1 only, on a free port, with no web console and only the one acceptor, so runs side by
 * side do not clash; it requires a login.
 */
final class ArtemisProcess implements AutoCloseable {

    static final String USER = "mekong";
    static final String PASSWORD = "secret";

    private final Path instance;
    private final Path log;
    private final int port;
    private Process process;

    private ArtemisProcess(Path instance, int port) {
        this.instance = instance;
        this.port = port;
        this.log = instance.resolveSibling(instance.getFileName() + "-run.log");
    }

    /** The unpacked distribution (system property mekong.artemis.home, set by the pom), or null when absent. */
    static Path distribution() {
        String home = System.getProperty("mekong.artemis.home");
        if (home == null || home.isBlank()) {
            return null;
        }
        Path dir = Path.of(home);
        return Files.isRegularFile(dir.resolve("bin/artemis")) ? dir : null;
    }

    /** {@code artemis create} an instance in {@code instance} (which must not exist yet). */
    static ArtemisProcess create(Path distribution, Path instance) {
        int port = EmbeddedBroker.freePort();
        List<String> cmd = List.of(distribution.resolve("bin/artemis").toString(), "create",
                // as in the README
                "--user", USER, "--password", PASSWORD, "--require-login", "--nio", "--silent",
                // for a test: this machine only, a free port, nothing else listening, no disk benchmark, a smaller heap
                "--host", "127.0.0.1", "--default-port", Integer.toString(port), "--no-web", "--no-amqp-acceptor",
                "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor", "--no-autotune",
                "--java-memory", "512M",
                instance.toString());
        Path createLog = instance.resolveSibling(instance.getFileName() + "-create.log");
        int code = runToEnd(cmd, createLog, Duration.ofMinutes(2));
        if (code != 0) {
            throw new AssertionError("artemis create exited with " + code + ":\n" + read(createLog));
        }
        allowAFullDisk(instance.resolve("etc/broker.xml"));
        return new ArtemisProcess(instance, port);
    }

    /**
     * A created broker blocks every producer once its disk is 90 % used ({@code max-disk-usage}): on a build
     * machine whose disk other jobs have filled, this test's requests would then wait for nothing
     * (AMQ212054 "Destination address=… is blocked"). Its few kilobytes of messages need only some free space:
     * {@code min-disk-free}, which overrides the percentage.
     */
    private static void allowAFullDisk(Path brokerXml) {
        String xml = read(brokerXml);
        String limit = "<max-disk-usage>90</max-disk-usage>";
        if (!xml.contains(limit)) {
            throw new AssertionError("no " + limit + " in " + brokerXml + " to add min-disk-free beside");
        }
        try {
            Files.writeString(brokerXml, xml.replace(limit, limit + "\n      <min-disk-free>64MB</min-disk-free>"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** {@code <instance>/bin/artemis run}, then waits until a client can log in. */
    ArtemisProcess start(Duration deadline) {
        try {
            process = builder(List.of(instance.resolve("bin/artemis").toString(), "run"))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Await.until(deadline, () -> "a connection to the broker at " + url() + ":\n" + tail(), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("the broker exited with " + process.exitValue() + ":\n" + tail());
            }
            return canConnect();
        });
        return this;
    }

    /** A connection factory on this broker, as the mekong processes make one (core protocol, with the login). */
    ActiveMQConnectionFactory connectionFactory() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url());
        factory.setUser(USER);
        factory.setPassword(PASSWORD);
        return factory;
    }

    private boolean canConnect() {
        try (ActiveMQConnectionFactory factory = connectionFactory(); Connection connection = factory.createConnection()) {
            connection.start();
            return true;
        } catch (JMSException e) {
            Await.pause(); // refused while the broker starts: a polling interval (Await's) before the next try
            return false;
        }
    }

    /** Messages in the queue now (delivered to a consumer or not); 0 while the queue does not exist. */
    long messages(String queue) {
        return queueAttribute(queue, "messageCount");
    }

    /** Consumers on the queue now; 0 while the queue does not exist. */
    long consumers(String queue) {
        return queueAttribute(queue, "consumerCount");
    }

    /** Messages of the queue in a consumer's hands (delivered, not yet acknowledged); 0 without the queue. */
    long delivering(String queue) {
        return queueAttribute(queue, "deliveringCount");
    }

    /** A queue's attribute, asked of the broker's management address over JMS (the broker's own API). */
    private long queueAttribute(String queue, String attribute) {
        try (ActiveMQConnectionFactory factory = connectionFactory(); Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue replies = session.createTemporaryQueue();
            MessageConsumer answers = session.createConsumer(replies);
            connection.start();
            Message request = session.createMessage();
            JMSManagementHelper.putAttribute(request, ResourceNames.QUEUE + queue, attribute);
            request.setJMSReplyTo(replies);
            session.createProducer(session.createQueue("activemq.management")).send(request);
            Message reply = answers.receive(TimeUnit.SECONDS.toMillis(30));
            if (reply == null) {
                throw new AssertionError("no answer from the broker's management address about " + queue);
            }
            Object result = JMSManagementHelper.getResult(reply);
            if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
                if (String.valueOf(result).contains("AMQ229067")) { // cannot find resource: no such queue (yet)
                    return 0;
                }
                throw new AssertionError("the broker would not tell " + attribute + " of " + queue + ": " + result);
            }
            return ((Number) result).longValue();
        } catch (Exception e) { // JMSException, or getResult's Exception
            throw new AssertionError("cannot ask the broker about queue " + queue + ": " + e, e);
        }
    }

    String tail() {
        String out = read(log);
        return out.length() <= 4000 ? out : "…" + out.substring(out.length() - 4000);
    }

    /** {@code artemis stop}, and the process (and any child) ended for good if that did not do. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        try {
            if (process.isAlive()) {
                runToEnd(List.of(instance.resolve("bin/artemis").toString(), "stop"),
                        instance.resolveSibling(instance.getFileName() + "-stop.log"), Duration.ofMinutes(1));
                process.waitFor(1, TimeUnit.MINUTES);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | AssertionError e) {
            // the process is ended below either way
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process = null;
        }
    }

    private static ProcessBuilder builder(List<String> cmd) {
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder;
    }

    private static int runToEnd(List<String> cmd, Path output, Duration deadline) {
        try {
            Process run = builder(new ArrayList<>(cmd)).redirectOutput(output.toFile()).start();
            if (!run.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
                throw new AssertionError(String.join(" ", cmd) + " still running after " + deadline.toSeconds() + " s:\n"
                        + read(output));
            }
            return run.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
