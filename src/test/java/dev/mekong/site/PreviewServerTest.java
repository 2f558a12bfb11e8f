package dev.mekong.site;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewServerTest {

    @TempDir
    static Path dir;
    static PreviewServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        new StaticSiteRenderer(SiteConfig.defaults()).render(SiteFixtures.all(), dir.resolve("site"));
        Files.writeString(dir.resolve("secret.txt"), "outside the site");
        server = PreviewServer.start(dir.resolve("site"), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A raw request, so no client library tidies the path before it reaches the server. */
    private static String raw(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void servesPagesWithTypeAndCharset() throws Exception {
        HttpResponse<String> home = get("/zh/index.html");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("<html lang=\"zh\"");
        assertThat(get("/assets/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/zh/rss.xml").headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        assertThat(get("/_report/summary.json").headers().firstValue("Content-Type"))
                .hasValue("application/json; charset=utf-8");
        assertThat(get("/_report/chart.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
    }

    @Test
    void directoriesServeTheirIndex() throws Exception {
        assertThat(get("/").body()).contains("navigator.languages");
        assertThat(get("/en/").body()).contains("<html lang=\"en\"");
        assertThat(get("/en/category/business/").statusCode()).isEqualTo(200);
    }

    @Test
    void missingPagesGetThe404PageOfTheirLanguage() throws Exception {
        HttpResponse<String> english = get("/en/articles/nothing-here.html");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(english.body()).contains("<html lang=\"en\"").contains("<h1>Page not found</h1>");
        assertThat(get("/th/no/such/folder/").body()).contains("<html lang=\"th\"");
        // outside a language folder: the root 404 page, in the default language, zh
        for (String path : List.of("/nothing-here.html", "/en-nothing-here.html", "/_report/nothing-here.html", "/xx/nothing-here.html")) {
            HttpResponse<String> missing = get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).contains("<html lang=\"zh\"").contains("页面不存在");
        }
    }

    @Test
    void pathsOutsideTheSiteAreRefused() throws Exception {
        for (String path : new String[]{"/../secret.txt", "/zh/../../secret.txt", "/%2e%2e/secret.txt",
                "/..%2fsecret.txt", "/zh/..%5c..%5csecret.txt"}) {
            String response = raw(path);
            assertThat(response).as(path).doesNotContain("outside the site").startsWith("HTTP/1.1 404");
        }
    }

    /**
     * Clients that connect and then stall (nothing sent, or half a request line, or headers never ended)
     * hold no worker a well-behaved client needs: it is served while they are all still connected.
     */
    @Test
    void stalledConnectionsDoNotBlockTheNextClient() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            String[] partial = {"", "GET /zh/ind", "GET /en/ HTTP/1.1\r\nHost: 127", "", "GET / HTTP/1.1\r\n",
                    "GET /zh/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n", "G", ""};
            for (String sent : partial) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.getOutputStream().write(sent.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMinutes(1)).build();
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(server.uri().resolve("/en/index.html"))
                    .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(stalled).as("the stalled clients are still connected, not cut off to make room")
                    .allMatch(PreviewServerTest::stillOpen);
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** True when the server has neither answered nor closed the connection: a read finds nothing yet. */
    private static boolean stillOpen(Socket socket) {
        try {
            socket.setSoTimeout(1);
            socket.getInputStream().read();
            return false; // an answer, or -1: closed by the server
        } catch (java.net.SocketTimeoutException nothingYet) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void onlyReadingMethods() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("/zh/index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void followsTheSiteToItsNextGeneration() throws Exception {
        URI page = server.uri().resolve("/en/articles/" + StaticSiteRendererTest.TH_PAGE);
        assertThat(HTTP.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(200);
        new StaticSiteRenderer(SiteConfig.defaults())
                .render(java.util.List.of(SiteFixtures.chinese(), SiteFixtures.english()), dir.resolve("site"));
        assertThat(HTTP.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(404);
        new StaticSiteRenderer(SiteConfig.defaults()).render(SiteFixtures.all(), dir.resolve("site"));
    }
}
