package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SitePublisherTest {

    @TempDir
    Path dir;

    private static Map<String, byte[]> files(String... pathAndText) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathAndText.length; i += 2) {
            files.put(pathAndText[i], pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static Map<String, FileTime> mtimes(Path site) throws IOException {
        Path root = site.toRealPath();
        Map<String, FileTime> times = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

    @Test
    void siteIsALinkToACompleteGenerationAndUnchangedFilesAreCarriedOverNotRewritten() throws IOException {
        Path site = dir.resolve("site");
        SitePublisher publisher = new SitePublisher();
        PublishResult first = publisher.publish(files("a.html", "A", "sub/b.html", "B"), site);
        assertThat(first.written()).isEqualTo(2);
        assertThat(Files.isSymbolicLink(site)).isTrue();
        assertThat(site.resolve("sub/b.html")).hasContent("B");

        PublishResult second = publisher.publish(files("a.html", "A2", "sub/b.html", "B", "c.html", "C"), site);
        assertThat(second).isEqualTo(new PublishResult(2, 1, 0, second.generation()));
        assertThat(second.generation()).isNotEqualTo(first.generation());
        assertThat(Files.isSameFile(first.generation().resolve("sub/b.html"), second.generation().resolve("sub/b.html")))
                .as("unchanged file hard-linked, not rewritten").isTrue();
        // A reader that resolved the link before the switch still reads the complete previous generation.
        assertThat(first.generation().resolve("a.html")).hasContent("A");
        assertThat(site.resolve("a.html")).hasContent("A2");
    }

    @Test
    void nothingChangedMeansNothingTouched() throws IOException {
        Path site = dir.resolve("site");
        SitePublisher publisher = new SitePublisher();
        PublishResult first = publisher.publish(files("a.html", "A", "b.html", "B"), site);
        Map<String, FileTime> before = mtimes(site);
        PublishResult again = publisher.publish(files("b.html", "B", "a.html", "A"), site);
        assertThat(again).isEqualTo(new PublishResult(0, 2, 0, first.generation()));
        assertThat(again.changed()).isFalse();
        assertThat(first.changed()).isTrue();
        assertThat(mtimes(site)).isEqualTo(before);
    }

    @Test
    void filesNoLongerProducedDisappearAndOldGenerationsArePruned() throws IOException {
        Path site = dir.resolve("site");
        SitePublisher publisher = new SitePublisher();
        publisher.publish(files("a.html", "A", "gone/b.html", "B"), site);
        publisher.publish(files("a.html", "A1"), site);
        PublishResult third = publisher.publish(files("a.html", "A2"), site);
        assertThat(third.deleted()).isZero();
        assertThat(site.resolve("gone")).doesNotExist();
        try (Stream<Path> generations = Files.list(dir.resolve(".site-generations"))) {
            assertThat(generations.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("00000002", "00000003", SiteFolder.MARKER);
        }
    }

    @Test
    void anEmptyFolderBecomesTheLinkButAFolderWithFilesIsRefusedUntouched() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("site"));
        new SitePublisher().publish(files("a.html", "A"), empty);
        assertThat(Files.isSymbolicLink(empty)).isTrue();
        assertThat(empty.resolve("a.html")).hasContent("A");
        assertThat(dir.resolve(".site-generations/" + SiteFolder.MARKER)).exists();

        Path full = Files.createDirectories(dir.resolve("www/old"));
        Files.writeString(full.resolve("stale.html"), "mine");
        assertThatThrownBy(() -> new SitePublisher().publish(files("a.html", "A"), dir.resolve("www")))
                .isInstanceOf(IOException.class).hasMessageContaining("is an existing folder Mekong did not create");
        assertThat(full.resolve("stale.html")).hasContent("mine");
        assertThat(dir.resolve(".www-generations")).doesNotExist();
    }

    @Test
    void onlyNumberedGenerationsAreEverDeleted() throws IOException {
        Path site = dir.resolve("site");
        SitePublisher publisher = new SitePublisher();
        publisher.publish(files("a.html", "A"), site);
        Path kept = Files.writeString(dir.resolve(".site-generations/notes.txt"), "not a generation");
        publisher.publish(files("a.html", "A1"), site);
        publisher.publish(files("a.html", "A2"), site);
        assertThat(kept).hasContent("not a generation");
    }

    @Test
    void pathsThatLeaveTheSiteAreRefused() {
        for (String bad : List.of("../x.html", "/etc/x", "a/../../x", "a//b", "a\\b")) {
            assertThatThrownBy(() -> new SitePublisher().publish(files(bad, "x"), dir.resolve("site")))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void secondRenderOfTheSameArticlesIsByteIdenticalAndRewritesNothing() throws IOException {
        Path site = dir.resolve("site");
        PublishResult first = new StaticSiteRenderer(SiteConfig.defaults()).render(SiteFixtures.all(), site);
        Map<String, FileTime> before = mtimes(site);
        // A fresh renderer (as in a new process) over the same articles in another order.
        PublishResult second = new StaticSiteRenderer(SiteConfig.defaults())
                .render(List.of(SiteFixtures.thai(), SiteFixtures.chinese(), SiteFixtures.english()), site);
        assertThat(second.written()).isZero();
        assertThat(second.deleted()).isZero();
        assertThat(second.generation()).isEqualTo(first.generation());
        assertThat(mtimes(site)).isEqualTo(before);
    }

    @Test
    void editingOneArticleRewritesOnlyThePagesThatShowIt() throws IOException {
        Path site = dir.resolve("site");
        StaticSiteRenderer renderer = new StaticSiteRenderer(SiteConfig.defaults());
        PublishResult first = renderer.render(SiteFixtures.all(), site);
        Article thai = SiteFixtures.thai();
        Version edited = new Version(Version.SOURCE, null, "th", "ไทยประกาศแผนเศรษฐกิจดิจิทัลฉบับใหม่",
                thai.versions().get("th").blocks());
        PublishResult second = renderer.render(List.of(SiteFixtures.chinese(), SiteFixtures.english(),
                thai.withVersions(Map.of("th", edited))), site);
        assertThat(second.written()).isPositive().isLessThan(first.written() / 2);
        assertThat(second.unchanged()).isGreaterThan(second.written());
        assertThat(Files.isSameFile(first.generation().resolve("zh/articles/" + StaticSiteRendererTest.EN_PAGE),
                second.generation().resolve("zh/articles/" + StaticSiteRendererTest.EN_PAGE))).isTrue();
        assertThat(site.resolve("th/articles/" + StaticSiteRendererTest.TH_PAGE).toFile())
                .content(StandardCharsets.UTF_8).contains("ฉบับใหม่");
    }

    @Test
    void deletedArticleLosesAllItsPages() throws IOException {
        Path site = dir.resolve("site");
        StaticSiteRenderer renderer = new StaticSiteRenderer(SiteConfig.defaults());
        renderer.render(SiteFixtures.all(), site);
        PublishResult result = renderer.render(List.of(SiteFixtures.chinese(), SiteFixtures.english()), site);
        // 4 article pages, 4 category pages with their RSS and Atom feeds and 4 archive months existed only
        // for the Thai article.
        assertThat(result.deleted()).isEqualTo(20);
        for (String code : List.of("zh", "en", "vi", "th")) {
            assertThat(site.resolve(code + "/articles/" + StaticSiteRendererTest.TH_PAGE)).doesNotExist();
            assertThat(site.resolve(code + "/archive/2025-02.html")).doesNotExist();
            assertThat(Files.readString(site.resolve(code + "/index.html"))).doesNotContain(StaticSiteRendererTest.TH_PAGE);
        }
        assertThat(SiteFiles.sitemap(site)).doesNotContain(StaticSiteRendererTest.TH_PAGE);
    }
}
