package dev.mekong.pipeline;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.apache.camel.builder.Builder.header;

import static org.assertj.core.api.Assertions.assertThat;

/** The two other ways the routes run: a watch that follows drops, and a build with bad inputs among good ones. */
class WatchAndQuarantineTest {

    @TempDir
    Path work;

    private static final String ARTICLE = """
            Home > World > Asia

            River towns agree on a shared flood warning network

            By Mai Tran | March 3, 2025 08:30

            Twelve towns along the lower Mekong agreed on Monday to share river gauge readings every fifteen minutes, \
            so that a rising river upstream reaches the sirens downstream in time.

            The network links gauges that until now reported only to their own district offices, officials said.

            Share this article: Facebook | X | Email
            """;

    @Test
    void watchPublishesADroppedFileAndArchivesIt() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work);
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, fixture.folders())) {
            assertThat(pipeline.awaitBuilt(30, TimeUnit.SECONDS)).isTrue();
            NotifyBuilder published = new NotifyBuilder(pipeline.context()).fromRoute("ingest")
                    .filter(header("CamelFileName").isNotNull()).whenCompleted(1).create();

            fixture.drop("flood-network.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

            assertThat(published.matches(30, TimeUnit.SECONDS)).isTrue();
            // the input's outcome was sent to the render stage before its exchange counted as completed; the
            // stage's one consumer takes events in turn, so the second it finishes from now on started after
            // that event and rendered the site with the article (empty polls keep sending events)
            NotifyBuilder rendered = new NotifyBuilder(pipeline.context()).fromRoute("render").whenDone(2).create();
            assertThat(rendered.matches(30, TimeUnit.SECONDS)).isTrue();

            assertThat(articlePages(fixture)).hasSizeGreaterThanOrEqualTo(4);
            assertThat(fixture.inbox.resolve("flood-network.txt")).doesNotExist();
            try (var archived = Files.walk(fixture.archive)) {
                assertThat(archived.filter(p -> p.toString().endsWith("-flood-network.txt"))).hasSize(1);
            }
        }
    }

    @Test
    void garbageAmongGoodFilesIsQuarantinedWhileTheGoodOnesPublish() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work).withSeeds();
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Files.write(fixture.inbox.resolve("junk.html"), junk);
        Files.write(fixture.inbox.resolve("empty.txt"), new byte[0]);

        PipelineFixture.Result result = fixture.run("build");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("FAILED junk.html: ").contains("FAILED empty.txt: the file is empty");
        assertThat(fixture.quarantine.resolve("junk.html")).hasSameBinaryContentAs(fixture.inbox.resolve("junk.html"));
        assertThat(fixture.quarantine.resolve("junk.html.reason.txt")).content().contains("reason: ");
        assertThat(fixture.quarantine.resolve("empty.txt.reason.txt")).content().contains("reason: the file is empty");
        try (var seeds = Files.list(PipelineFixture.projectDir().resolve("seeds"))) {
            long expected = seeds.count();
            assertThat(new dev.mekong.site.ArticleStore(fixture.content).all()).hasSize((int) expected);
        }
    }

    @Test
    void badConfigurationFailsFastNamingTheKey() {
        PipelineFixture.Result result = new PipelineFixture.Result(0, "", "");
        try {
            PipelineFixture fixture = new PipelineFixture(work);
            result = fixture.run("build", "-D", "mekong.max-input-bytes=lots");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(result.code()).isNotZero();
        assertThat(result.out() + result.err()).contains("mekong.max-input-bytes");
    }

    private static List<Path> articlePages(PipelineFixture fixture) throws IOException {
        return fixture.siteFiles(".html").stream().filter(p -> read(p).contains("Twelve towns along the lower Mekong")).toList();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
