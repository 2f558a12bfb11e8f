package dev.mekong.media;

import com.sun.net.httpserver.HttpServer;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import dev.mekong.model.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageCaptureTest {

    private static final String PAGE_URL = "https://news.example/2025/story.html";
    private static final ImageCapture.Settings DEFAULTS = new ImageCapture.Settings(true, false, 10_000, 5_242_880, 50_000_000);

    @TempDir
    Path work;
    final List<String> log = new ArrayList<>();
    HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aSavedPagesLocalImageIsCopiedUnderItsHash() throws IOException {
        byte[] jpeg = TestImages.image("jpg", 40, 30);
        Path input = savedPage("story_files/photo.jpg", jpeg);

        Article captured = capture(DEFAULTS, null, figure("story_files/photo.jpg", "The dam at dawn"), input);

        String sha = Sha256.hex(jpeg);
        assertThat(captured.blocks()).containsExactly(Block.paragraph("Text."),
                new Block(Block.FIGURE, "The dam at dawn", null, null, null).withSrc("media:" + sha + ".jpg#40x30"));
        assertThat(Files.readAllBytes(work.resolve("content/media/" + sha + ".jpg"))).isEqualTo(jpeg);
        assertThat(log).isEmpty();
    }

    @Test
    void aFileUrlIsReadFromDisk() throws IOException {
        byte[] png = TestImages.image("png", 5, 4);
        Path image = Files.write(work.resolve("elsewhere.png"), png);
        Path input = savedPage("unused.txt", new byte[0]);

        Article captured = capture(DEFAULTS, null, figure(image.toUri().toString(), null), input);

        assertThat(captured.blocks().get(1).src()).isEqualTo("media:" + Sha256.hex(png) + ".png#5x4");
    }

    @Test
    void remoteImagesAreNotFetchedByDefaultAndStayLinks() throws IOException {
        Article captured = capture(DEFAULTS, "https://cdn.example/lead.jpg", figure("https://cdn.example/b.png", "B"),
                savedPage("unused.txt", new byte[0]));

        assertThat(captured.meta().image()).isEqualTo("https://cdn.example/lead.jpg");
        assertThat(captured.blocks().get(1).src()).isEqualTo("https://cdn.example/b.png");
        assertThat(work.resolve("content/media")).doesNotExist();
        assertThat(log).isEmpty();
    }

    @Test
    void anImageOverTheCapStaysALinkWithALogLine() throws IOException {
        Path input = savedPage("story_files/big.jpg", TestImages.image("jpg", 200, 200));
        ImageCapture.Settings tiny = new ImageCapture.Settings(true, false, 10_000, 100, 50_000_000);

        Article captured = capture(tiny, null, figure("story_files/big.jpg", "Big"), input);

        // the saved copy is not at that path on news.example: its caption stays, no broken image
        assertThat(captured.blocks().get(1)).isEqualTo(figure(null, "Big"));
        assertThat(log).containsExactly("image story_files/big.jpg not copied: larger than mekong.site.image-max-bytes (100 bytes)");
    }

    @Test
    void tooManyPixelsAreSeenInTheHeader() throws IOException {
        Path input = savedPage("story_files/wide.png", TestImages.image("png", 20, 10));
        ImageCapture.Settings small = new ImageCapture.Settings(true, false, 10_000, 5_242_880, 100);

        Article captured = capture(small, null, figure("story_files/wide.png", null), input);

        assertThat(captured.blocks()).containsExactly(Block.paragraph("Text."));
        assertThat(log).containsExactly("image story_files/wide.png not copied: 20x10 pixels, more than mekong.site.image-max-pixels (100)");
    }

    @Test
    void svgIsNeverCopied() throws IOException {
        Path input = savedPage("story_files/chart.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8));

        Article captured = capture(DEFAULTS, null, figure("story_files/chart.svg", "Chart"), input);

        assertThat(captured.blocks().get(1)).isEqualTo(figure(null, "Chart"));
        assertThat(work.resolve("content/media")).doesNotExist();
        assertThat(log).containsExactly("image story_files/chart.svg not copied: SVG is never copied (it can carry script)");
    }

    @Test
    void bytesThatAreNoImageAreRejectedWhateverTheName() throws IOException {
        Path input = savedPage("story_files/fake.jpg", "<html>not a picture</html>".getBytes(StandardCharsets.UTF_8));

        Article captured = capture(DEFAULTS, null, figure("story_files/fake.jpg", "Fake"), input);

        assertThat(captured.blocks().get(1)).isEqualTo(figure(null, "Fake"));
        assertThat(work.resolve("content/media")).doesNotExist();
        assertThat(log).containsExactly("image story_files/fake.jpg not copied: not a JPEG, PNG, GIF or WebP image");
    }

    @Test
    void aRelativeImageWithNoFileBesideTheInputIsLinkedOnThePagesSite() throws IOException {
        Article captured = capture(DEFAULTS, null, figure("../img/pier.jpg", "Pier"), savedPage("unused.txt", new byte[0]));

        assertThat(captured.blocks().get(1)).isEqualTo(figure("https://news.example/img/pier.jpg", "Pier"));
        assertThat(log).isEmpty();
    }

    @Test
    void withoutACanonicalUrlALocalImageNotCopiedIsDropped() throws IOException {
        Path input = savedPage("unused.txt", new byte[0]);
        ImageCapture.Settings off = new ImageCapture.Settings(false, false, 10_000, 5_242_880, 50_000_000);
        Article article = Article.extracted(null, new Metadata("T", null, null, null, null, null, null, null),
                List.of(Block.paragraph("Text."), figure("story_files/missing.jpg", null), figure("story_files/x.jpg", "Kept caption")),
                List.of());

        Article captured = new ImageCapture(new MediaStore(work.resolve("content")), off, log::add)
                .capture(article, input.toString());

        assertThat(captured.blocks()).containsExactly(Block.paragraph("Text."),
                new Block(Block.FIGURE, "Kept caption", null, null, null));
    }

    @Test
    void aBodyFigureOfTheLeadImageNamesTheLeadsCopy() throws IOException {
        byte[] jpeg = TestImages.image("jpg", 60, 40);
        Path input = savedPage("story_files/lead.jpg", jpeg);

        Article captured = capture(DEFAULTS, "https://NEWS.example/img/lead.jpg?w=1200",
                figure("story_files/lead.jpg", "Lead caption"), input);

        String media = "media:" + Sha256.hex(jpeg) + ".jpg#60x40";
        assertThat(captured.meta().image()).isEqualTo(media);
        assertThat(captured.blocks().get(1)).isEqualTo(figure(media, "Lead caption"));
    }

    @Test
    void fetchedWhenAllowedFromALocalServer() throws IOException {
        byte[] png = TestImages.image("png", 8, 8);
        String url = serve(png, 0);
        ImageCapture.Settings fetch = new ImageCapture.Settings(true, true, 5_000, 5_242_880, 50_000_000);

        Article captured = capture(fetch, url, null, savedPage("unused.txt", new byte[0]));

        assertThat(captured.meta().image()).isEqualTo("media:" + Sha256.hex(png) + ".png#8x8");
        assertThat(log).isEmpty();
    }

    @Test
    void aRedirectIsFollowed() throws IOException {
        byte[] gif = TestImages.image("gif", 6, 3);
        String url = serve(gif, 0);
        server.createContext("/old.gif", exchange -> {
            exchange.getResponseHeaders().add("Location", "/img.png");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        ImageCapture.Settings fetch = new ImageCapture.Settings(true, true, 5_000, 5_242_880, 50_000_000);

        Article captured = capture(fetch, url.replace("/img.png", "/old.gif"), null, savedPage("unused.txt", new byte[0]));

        assertThat(captured.meta().image()).isEqualTo("media:" + Sha256.hex(gif) + ".gif#6x3");
    }

    @Test
    void aFetchOverTheCapStaysALink() throws IOException {
        String url = serve(TestImages.image("png", 64, 64), 0);
        ImageCapture.Settings fetch = new ImageCapture.Settings(true, true, 5_000, 50, 50_000_000);

        Article captured = capture(fetch, url, null, savedPage("unused.txt", new byte[0]));

        assertThat(captured.meta().image()).isEqualTo(url);
        assertThat(log).containsExactly("image " + url + " not copied: larger than mekong.site.image-max-bytes (50 bytes)");
    }

    @Test
    void aSlowServerTimesOutAndTheImageStaysALink() throws IOException {
        String url = serve(TestImages.image("png", 8, 8), 3_000);
        ImageCapture.Settings fetch = new ImageCapture.Settings(true, true, 300, 5_242_880, 50_000_000);

        long started = System.nanoTime();
        Article captured = capture(fetch, url, null, savedPage("unused.txt", new byte[0]));

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_500);
        assertThat(captured.meta().image()).isEqualTo(url);
        assertThat(log).singleElement().asString().startsWith("image " + url + " not copied: ").contains("timed out");
    }

    /** An input page in the inbox with one file beside it. */
    private Path savedPage(String file, byte[] bytes) throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path beside = inbox.resolve(file);
        Files.createDirectories(beside.getParent());
        Files.write(beside, bytes);
        return Files.writeString(inbox.resolve("story.html"), "<html></html>");
    }

    private Article capture(ImageCapture.Settings settings, String lead, Block figure, Path input) {
        List<Block> blocks = new ArrayList<>(List.of(Block.paragraph("Text.")));
        if (figure != null) {
            blocks.add(figure);
        }
        Article article = Article.extracted(null,
                new Metadata("Title", null, null, null, null, null, PAGE_URL, lead), blocks, List.of());
        return new ImageCapture(new MediaStore(work.resolve("content")), settings, log::add).capture(article, input.toString());
    }

    private static Block figure(String src, String caption) {
        return new Block(Block.FIGURE, caption, null, src, null);
    }

    /** Serves the bytes at /img.png on loopback, after a delay. */
    private String serve(byte[] body, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/img.png", exchange -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the client gave up
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/img.png";
    }
}
