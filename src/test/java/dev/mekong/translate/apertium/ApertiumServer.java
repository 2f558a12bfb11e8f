package dev.mekong.translate.apertium;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A real Apertium APY (Debian's apertium-apy with apertium-eng-spa) on a free loopback port, for tests.
 * It binds every interface, so tests only ever call it on 127.0.0.1.
 */
public final class ApertiumServer implements AutoCloseable {

    private static final Path APY = Path.of("/usr/bin/apertium-apy");
    private static final Path MODES = Path.of("/usr/share/apertium/modes");

    private final Process process;
    private final String url;

    private ApertiumServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** True when APY and the English–Spanish pair are installed (.ci/run installs them). */
    public static boolean installed() {
        return Files.isExecutable(APY) && Files.isDirectory(MODES);
    }

    /** Starts APY and waits until /listPairs answers with the Spanish pair; its log goes to logDir/apy.log. */
    public static ApertiumServer start(Path logDir) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(APY.toString(), "-p", String.valueOf(port), "-j1", MODES.toString())
                .redirectErrorStream(true).redirectOutput(logDir.resolve("apy.log").toFile()).start();
        ApertiumServer server = new ApertiumServer(process, "http://127.0.0.1:" + port);
        try {
            server.awaitPairs(Duration.ofSeconds(60));
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
        return server;
    }

    public String url() {
        return url;
    }

    private void awaitPairs(Duration limit) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(limit);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/listPairs")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("APY exited early, see apy.log");
            }
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"spa\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet: poll again; onExit gives the wait a real event to end on
            }
            process.onExit().completeOnTimeout(process, 200, TimeUnit.MILLISECONDS).get();
        }
        throw new AssertionError("APY did not answer /listPairs within " + limit);
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor();
    }
}
