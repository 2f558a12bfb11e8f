package dev.mekong.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A local preview of the site on 127.0.0.1 only. It resolves the site folder on every request, so it
 * follows the publisher's atomic switch to a new generation, and it refuses any path that leaves the
 * site root (dot segments, encoded slashes, symbolic links pointing out). A site built for a sub-path
 * ({@code mekong.site.base-url} https://example.org/news/) is served under that path, as its server would:
 * its 404 pages link to {@code /news/…}.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"));

    /**
     * The JDK server reads a request on a worker thread and, by default, waits for it forever: each client
     * that connects and stalls mid-request holds a worker. Workers are therefore not a fixed handful (four
     * stalled clients used to block the preview) but made as needed, and a request still incomplete after
     * this many seconds is dropped, freeing its worker. Read by the JDK when the first server is created;
     * a value given on the command line wins.
     */
    private static final String MAX_REQUEST_SECONDS = "30";

    static {
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
    }

    private final Path siteDir;
    private final HttpServer server;
    /** The path the site is served under: "/" or "/news/". */
    private final String mount;

    private PreviewServer(Path siteDir, HttpServer server, String mount) {
        this.siteDir = siteDir;
        this.server = server;
        this.mount = mount;
    }

    /** Starts serving {@code siteDir} at the root path; port 0 picks a free port. */
    public static PreviewServer start(Path siteDir, int port) throws IOException {
        return start(siteDir, port, "/");
    }

    /** Starts serving {@code siteDir} under the path {@code mount} ("/news/"); port 0 picks a free port. */
    public static PreviewServer start(Path siteDir, int port, String mount) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer preview = new PreviewServer(siteDir.toAbsolutePath().normalize(), server, mountPath(mount));
        server.createContext("/", preview::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "preview-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The site's address: its root page. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + mount);
    }

    /**
     * The path a built site is published under, from the Sitemap line of its robots.txt (written from
     * {@code mekong.site.base-url}): "/news/" for https://example.org/news/sitemap.xml; "/" when the site
     * has no such line.
     */
    public static String publishedPath(Path siteDir) throws IOException {
        Path robots = siteDir.resolve("robots.txt");
        if (!Files.isRegularFile(robots)) {
            return "/";
        }
        for (String line : Files.readAllLines(robots, StandardCharsets.UTF_8)) {
            if (line.startsWith("Sitemap:")) {
                String path = URI.create(line.substring("Sitemap:".length()).trim()).getPath();
                return path == null ? "/" : mountPath(path.substring(0, path.lastIndexOf('/') + 1));
            }
        }
        return "/";
    }

    private static String mountPath(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "/" : "/" + trimmed + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String requested = exchange.getRequestURI().getPath() == null ? "/" : exchange.getRequestURI().getPath();
            if (!mount.equals("/") && (requested.equals("/") || requested.equals(mount.substring(0, mount.length() - 1)))) {
                exchange.getResponseHeaders().set("Location", mount);
                send(exchange, 302, "text/plain; charset=utf-8", ("the site is at " + mount + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = requested.startsWith(mount) ? "/" + requested.substring(mount.length()) : null;
            Path file = path == null ? null : resolve(path);
            if (file == null) {
                Path notFound = notFoundPage(path == null ? "/" : path);
                byte[] body = notFound != null ? Files.readAllBytes(notFound) : "not found\n".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, notFound != null ? TYPES.get("html") : TYPES.get("txt"), body);
                return;
            }
            send(exchange, 200, contentType(file), Files.readAllBytes(file));
        }
    }

    /**
     * The 404 page for a missing path, as a web server configured for the site would answer: the language's
     * own under its folder ({@code /en/…} gets {@code en/404.html}), the root one (default language)
     * elsewhere; null when the site has neither.
     */
    private Path notFoundPage(String sitePath) throws IOException {
        String path = sitePath.replaceFirst("^/+", "");
        int slash = path.indexOf('/');
        if (slash > 0 && path.substring(0, slash).matches(SiteConfig.LANGUAGE_CODE)) {
            Path own = resolve("/" + path.substring(0, slash) + "/404.html");
            if (own != null) {
                return own;
            }
        }
        return resolve("/404.html");
    }

    /**
     * The regular file a decoded path inside the site names, or null when there is none or it lies
     * outside.
     */
    private Path resolve(String path) throws IOException {
        if (!Files.isDirectory(siteDir)) {
            return null;
        }
        Path root = siteDir.toRealPath();
        if (path.contains("\0") || path.contains("\\")) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        Path candidate = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!candidate.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        if (!Files.isRegularFile(candidate)) {
            return null;
        }
        Path real = candidate.toRealPath();
        return real.startsWith(root) ? real : null;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        return type == null ? "application/octet-stream" : type;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
