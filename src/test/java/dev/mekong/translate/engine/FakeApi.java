package dev.mekong.translate.engine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * An in-process HTTP server on 127.0.0.1 (ephemeral port) that plays a translation API: each path has
 * a queue of scripted replies (the last one repeats), and every request is recorded.
 */
final class FakeApi implements AutoCloseable {

    record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    /** How a reply is sent: at once, never, or headers at once and then the body one byte a second. */
    enum Delivery { AT_ONCE, HANG, DRIP }

    record Reply(int status, Map<String, String> headers, Function<Request, String> body, Delivery delivery) {
    }

    static Reply json(int status, String body) {
        return new Reply(status, Map.of("Content-Type", "application/json"), r -> body, Delivery.AT_ONCE);
    }

    static Reply json(Function<Request, String> body) {
        return new Reply(200, Map.of("Content-Type", "application/json"), body, Delivery.AT_ONCE);
    }

    static Reply withRetryAfter(int status, String seconds, String body) {
        return new Reply(status, Map.of("Content-Type", "application/json", "Retry-After", seconds), r -> body, Delivery.AT_ONCE);
    }

    /** Never answers until the server closes: for client timeouts. */
    static Reply hang() {
        return new Reply(200, Map.of(), r -> "", Delivery.HANG);
    }

    /** Sends 200 and its headers at once, then one byte of a JSON body a second until the server closes. */
    static Reply drip() {
        return new Reply(200, Map.of("Content-Type", "application/json"), r -> "", Delivery.DRIP);
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> script = new HashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch release = new CountDownLatch(1);

    FakeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    FakeApi on(String path, Reply... replies) {
        synchronized (script) {
            script.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(replies));
        }
        return this;
    }

    List<Request> requests(String path) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
        requests.add(request);
        Reply reply;
        synchronized (script) {
            Deque<Reply> queue = script.get(request.path());
            reply = queue == null || queue.isEmpty() ? json(404, "{\"error\":\"not found\"}")
                    : queue.size() > 1 ? queue.poll() : queue.peek();
        }
        if (reply.delivery() == Delivery.DRIP) {
            drip(exchange, reply);
            return;
        }
        if (reply.delivery() == Delivery.HANG) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] out = reply.body().apply(request).getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
        }
    }

    private void drip(HttpExchange exchange, Reply reply) {
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        try (OutputStream os = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(reply.status(), 1_000_000);
            os.write('{');
            os.flush();
            // One byte a second; the wait ends early when the server closes.
            while (!release.await(1, TimeUnit.SECONDS)) {
                os.write(' ');
                os.flush();
            }
        } catch (IOException | InterruptedException clientGoneOrServerClosed) {
            exchange.close();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    /** Records the waits it is asked for instead of waiting. */
    static class RecordingSleeper implements Sleeper {
        final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }
}
