package dev.mekong.translate.apertium;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Version;
import dev.mekong.translate.ChainTranslator;
import dev.mekong.translate.Translators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real engine end to end: starts Apertium APY (Debian packages apertium-apy and apertium-eng-spa) on
 * a free port, translates an English article to Spanish through the configured translator, stops APY.
 */
@Tag("slow")
class ApertiumEndToEndTest {

    private static final Path APY = Path.of("/usr/bin/apertium-apy");
    private static final Path MODES = Path.of("/usr/share/apertium/modes");

    @TempDir
    Path content;
    private Process apy;

    @AfterEach
    void stopApy() throws InterruptedException {
        if (apy != null) {
            apy.descendants().forEach(ProcessHandle::destroy);
            apy.destroy();
            apy.waitFor();
        }
    }

    @Test
    void translatesAnEnglishArticleToSpanish() throws Exception {
        assumeTrue(Files.isExecutable(APY) && Files.isDirectory(MODES), "apertium-apy and apertium-eng-spa not installed");
        int port = freePort();
        apy = new ProcessBuilder(APY.toString(), "-p", String.valueOf(port), "-j1", MODES.toString())
                .redirectErrorStream(true).redirectOutput(content.resolve("apy.log").toFile()).start();
        String url = "http://127.0.0.1:" + port;
        awaitPairs(url, Duration.ofSeconds(60));

        ChainTranslator translator = Translators.fromSettings(Map.of(
                "mekong.translator", "apertium",
                "mekong.translate.apertium.url", url,
                "mekong.translate.rate", "0"), Map.of(), content, null);
        Article article = new Article("e2e", "council", 1, null, new Language("en", 0.99),
                new Metadata("The city council approved the new budget", null, null, null, null, null, null, null),
                List.of(Block.paragraph("The city council approved the new budget on Monday."),
                        Block.paragraph("The mayor said that 12 new schools will open in 2026.")), null, null);

        Version es = translator.translate(article, "es");

        assertThat(es.status()).isEqualTo(Version.MACHINE);
        assertThat(es.engine()).isEqualTo("apertium");
        assertThat(es.lang()).isEqualTo("es");
        assertThat(es.blocks().get(0).text()).isEqualTo("El ayuntamiento aprobó el presupuesto nuevo el lunes.");
        assertThat(es.blocks().get(1).text()).contains("alcalde").contains("12").contains("2026").contains("escuelas");
        assertThat(translator.stats().snapshot().charactersSent()).isPositive();

        long sent = translator.stats().snapshot().charactersSent();
        translator.newBuild();
        assertThat(translator.translate(article, "es")).isEqualTo(es);
        assertThat(translator.stats().snapshot().charactersSent()).isZero();
        assertThat(sent).isPositive();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Polls /listPairs until it answers with a pair, or fails at the deadline. */
    private void awaitPairs(String url, Duration limit) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(limit);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/listPairs")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            assertThat(apy.isAlive()).as("APY exited early, see apy.log").isTrue();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"spa\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet: poll again; onExit gives the wait a real event to end on
            }
            apy.onExit().completeOnTimeout(apy, 200, java.util.concurrent.TimeUnit.MILLISECONDS).get();
        }
        throw new AssertionError("APY did not answer /listPairs within " + limit);
    }
}
