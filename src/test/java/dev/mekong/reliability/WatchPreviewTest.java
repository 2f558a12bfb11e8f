package dev.mekong.reliability;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code watch --serve} previews a site built for a sub-path under that path, as {@code serve} does. */
class WatchPreviewTest {

    private static final Duration DEADLINE = Duration.ofMinutes(2);

    @TempDir
    Path work;

    @Test
    void aSiteForASubPathIsPreviewedUnderIt() throws Exception {
        Workspace ws = new Workspace(work);
        ws.drop(Inputs.name(1), Inputs.article(1));
        HttpClient http = HttpClient.newHttpClient();
        try (MekongProcess watch = MekongProcess.start("watch", ws, Map.of("mekong.site.base-url", "https://example.org/news/"),
                "--serve", "0")) {
            watch.awaitOutput("previewed at", DEADLINE);
            Matcher at = Pattern.compile("previewed at (\\S+)").matcher(watch.output());
            assertThat(at.find()).isTrue();
            URI base = URI.create(at.group(1));
            assertThat(base.getPath()).isEqualTo("/news/");

            HttpRequest home = HttpRequest.newBuilder(base.resolve("zh/index.html")).build();
            Await.until(DEADLINE, "the default language's home served under /news/", () -> {
                try {
                    return http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            HttpResponse<String> outside = http.send(HttpRequest.newBuilder(base.resolve("/zh/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(outside.statusCode()).as("outside the path").isEqualTo(404);
        }
    }
}
