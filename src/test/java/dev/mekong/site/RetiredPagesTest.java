package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The old URLs of an article that left keep answering: a "removed" page for a retired article, a redirect
 * for one back under another slug; incremental updates make the same pages as a full build.
 */
class RetiredPagesTest {

    private static final SiteConfig CONFIG = new SiteConfig(List.of("zh", "en", "vi", "th"), null, null, null, null, 2, null, false, null);

    @TempDir
    Path work;
    ArticleStore store;
    Path site;

    @BeforeEach
    void setUp() {
        store = new ArticleStore(work.resolve("content"));
        site = work.resolve("site");
    }

    @Test
    void aRetiredArticleLeavesARemovedPageAndOneBackUnderANewSlugARedirect() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        for (int n = 1; n <= 3; n++) {
            store.save(AuthorAndRelatedTest.story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Jane Doe"),
                    List.of("Business"), List.of()));
        }
        update(renderer, null);
        String old = store.find(AuthorAndRelatedTest.id(2)).orElseThrow().slug();
        assertThat(old).isEqualTo("story-2-" + AuthorAndRelatedTest.id(2).substring(0, 8));

        // the input is deleted: its record is retired
        store.retire(store.find(AuthorAndRelatedTest.id(2)).orElseThrow());
        update(renderer, AuthorAndRelatedTest.id(2));
        assertSameAsFullBuild("full-1");
        String removed = Files.readString(site.resolve("en/articles/" + old + ".html"));
        assertThat(removed).contains("<meta name=\"robots\" content=\"noindex\">",
                "<link rel=\"canonical\" href=\"http://127.0.0.1:8080/en/articles/" + old + ".html\">",
                "<h1>Article removed</h1>\n<p>This article has been removed from the site.</p>\n"
                        + "<p><a href=\"../../en/index.html\">Go to the home page</a></p>");
        assertThat(removed).doesNotContain("http-equiv");
        assertThat(Files.readString(site.resolve("zh/articles/" + old + ".html")))
                .contains("<h1>文章已删除</h1>\n<p>本文已从本站删除。</p>\n<p><a href=\"../../zh/index.html\">返回首页</a></p>");
        assertThat(SiteFiles.sitemap(site)).doesNotContain(old);

        // the input comes back with another title: a new slug, and the old URL redirects to it
        store.save(AuthorAndRelatedTest.story(2, "Story two, renamed", "2025-04-12T10:00:00+07:00", List.of("Jane Doe"),
                List.of("Business"), List.of()));
        String renamed = store.find(AuthorAndRelatedTest.id(2)).orElseThrow().slug();
        assertThat(renamed).isEqualTo("story-two-renamed-" + AuthorAndRelatedTest.id(2).substring(0, 8));
        update(renderer, AuthorAndRelatedTest.id(2));
        assertSameAsFullBuild("full-2");
        String moved = Files.readString(site.resolve("en/articles/" + old + ".html"));
        assertThat(moved).contains("<link rel=\"canonical\" href=\"http://127.0.0.1:8080/en/articles/" + renamed + ".html\">",
                "<meta http-equiv=\"refresh\" content=\"0; url=../../en/articles/" + renamed + ".html\">",
                "<h1>Article moved</h1>\n<p>This article has moved to a new address: <a href=\"../../en/articles/" + renamed
                        + ".html\">http://127.0.0.1:8080/en/articles/" + renamed + ".html</a></p>");
        assertThat(moved).doesNotContain("noindex");
        assertThat(site.resolve("en/articles/" + renamed + ".html")).isRegularFile();

        // a new process knows the retired records from the site index and the folder
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), BuildSummary.empty(), site);
        assertSameAsFullBuild("full-3");
        assertThat(new LinkChecker(CONFIG.baseUrl()).check(site).broken()).isEmpty();
    }

    @Test
    void anInputRenamedInTheInboxRedirectsItsOldArticleToTheNewOne() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        Article story = AuthorAndRelatedTest.story(4, "Story 4", "2025-04-14T10:00:00+07:00", List.of(), List.of(), List.of());
        Article before = store.save(story);
        update(renderer, null);
        // what a build with kept inputs does when story-4.md is renamed: the article of the old name is
        // retired, the same bytes under the new name make a new article (a new id, hence a new slug)
        store.retire(before);
        Source source = story.source();
        Article after = store.save(new Article(null, null, 0, new Source("story-4-renamed.md", source.sha256(), source.format(),
                source.charset(), source.size()), story.language(), story.meta(), story.blocks(), story.removed(), story.versions()));
        assertThat(after.slug()).isNotEqualTo(before.slug());
        renderer.update(store, ChangedArticles.of(Set.of(before.id(), after.id())), BuildSummary.empty(), site);
        assertSameAsFullBuild("full-1");
        assertThat(Files.readString(site.resolve("vi/articles/" + before.slug() + ".html")))
                .contains("<meta http-equiv=\"refresh\" content=\"0; url=../../vi/articles/" + after.slug() + ".html\">");
    }

    @Test
    void aRetiredSlugALiveArticleUsesLeavesNothing() throws IOException {
        Article story = AuthorAndRelatedTest.story(1, "Story 1", "2025-04-11T10:00:00+07:00", List.of(), List.of(), List.of());
        Article stored = store.save(story);
        store.retire(stored);
        store.save(story); // back with the same title: the same slug, a live article again
        new StaticSiteRenderer(CONFIG).render(new SiteBuild(store.all(), BuildSummary.empty(), Instant.now(), store.retired()), site);
        assertThat(Files.readString(site.resolve("en/articles/" + stored.slug() + ".html"))).contains("<h1>Story 1</h1>");
    }

    private void update(StaticSiteRenderer renderer, String id) throws IOException {
        renderer.update(store, id == null ? ChangedArticles.any() : ChangedArticles.of(Set.of(id)), BuildSummary.empty(), site);
    }

    private void assertSameAsFullBuild(String name) throws IOException {
        Path full = work.resolve(name);
        new StaticSiteRenderer(CONFIG).render(new SiteBuild(store.all(), BuildSummary.empty(), Instant.now(), store.retired()), full);
        assertThat(SiteFiles.all(site, "")).isEqualTo(SiteFiles.all(full, ""));
        for (String path : SiteFiles.all(full, "")) {
            assertThat(Files.readString(site.resolve(path))).as(path).isEqualTo(Files.readString(full.resolve(path)));
        }
    }
}
