package dev.mekong.pipeline;

import dev.mekong.bench.BenchCorpus;
import dev.mekong.site.LinkChecker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link checker passes on a generated site of 1,000 articles: 700 clean Markdown stories in four languages
 * (translationKey) and 300 raw pages and text copies in one language each, built by the routes with a base URL
 * under a sub-path. Every internal href, src and srcset of every page, and every URL of the feeds and sitemap,
 * leads to a generated file (and fragment).
 */
@Tag("slow")
class LargeSiteLinkCheckTest {

    private static final String BASE = "http://127.0.0.1:8080/news/";
    private static final int CLEAN = 700;
    private static final int RAW = 300;

    @TempDir
    Path work;

    @Test
    void everyInternalLinkOfAThousandArticleSiteResolves() throws IOException {
        PipelineFixture fixture = new PipelineFixture(work);
        BenchCorpus corpus = BenchCorpus.load();
        corpus.writeClean(fixture.inbox, CLEAN);
        // raw stories numbered after the clean ones, so that no raw input repeats a clean story
        Path raw = work.resolve("raw");
        corpus.writeRaw(raw, CLEAN + RAW);
        try (Stream<Path> files = Files.list(raw)) {
            for (Path file : files.sorted().skip(CLEAN).toList()) {
                Files.move(file, fixture.inbox.resolve(file.getFileName()));
            }
        }

        long start = System.nanoTime();
        PipelineFixture.Result result = fixture.run("build", "-Dmekong.site.base-url=" + BASE);
        long built = System.nanoTime();
        assertThat(result.code()).as(result.out() + result.err()).isZero();
        try (Stream<Path> records = Files.list(fixture.content.resolve("articles"))) {
            assertThat(records.count()).isEqualTo(CLEAN + RAW);
        }

        LinkChecker.Result links = new LinkChecker(BASE).check(fixture.site);
        long checked = System.nanoTime();

        System.out.printf("1,000-article site: built in %.1f s; link check: %,d links in %,d files in %.1f s, %d broken%n",
                (built - start) / 1e9, links.links(), links.files(), (checked - built) / 1e9, links.broken().size());
        assertThat(links.broken()).isEmpty();
        assertThat(links.files()).isGreaterThan(5000);
        assertThat(Files.readString(fixture.site.resolve("sitemap.xml"))).contains(BASE + "sitemap-terms.xml", BASE + "sitemap-1.xml");
        assertThat(fixture.site.resolve("robots.txt")).content().contains("Disallow: /news/_report/");
    }
}
