package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Author pages linked from bylines, and the related articles of an article page. */
class AuthorAndRelatedTest {

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
    void everyAuthorHasAPagePerLanguageListingTheArticlesShownThereLinkedFromTheByline() throws IOException {
        store.save(SiteFixtures.chinese()); // 刘育英, Chinese only: listed in zh alone
        for (int n = 1; n <= 3; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Jane Doe", "Nguyễn Văn An"),
                    List.of("Business"), List.of()));
        }
        store.save(story(4, "Story 4", "2025-04-14T10:00:00+07:00", List.of("jane doe"), List.of("Business"), List.of()));
        render();

        // Jane Doe and "jane doe" are one author (one segment), newest spelling first; page size 2
        Document jane = SiteFiles.html(site, "en/author/jane-doe/index.html");
        assertThat(jane.select("h1").text()).isEqualTo("jane doe");
        assertThat(jane.select("p.kicker").text()).isEqualTo("Reporter");
        assertThat(jane.select("ol.items h2").eachText()).containsExactly("Story 4", "Story 3");
        assertThat(jane.select("a[rel=next]").attr("href")).isEqualTo("../../../en/author/jane-doe/page/1.html");
        assertThat(SiteFiles.html(site, "en/author/jane-doe/page/2.html").select("ol.items h2").eachText())
                .containsExactly("Story 4", "Story 3");
        assertThat(SiteFiles.html(site, "en/author/jane-doe/page/1.html").select("ol.items h2").eachText())
                .containsExactly("Story 2", "Story 1");
        // a Vietnamese name gets a readable ASCII segment
        assertThat(SiteFiles.html(site, "en/author/nguyen-van-an/index.html").select("ol.items h2").eachText())
                .containsExactly("Story 3", "Story 2");
        assertThat(SiteFiles.html(site, "vi/author/nguyen-van-an/index.html").select("ol.items")).isEmpty();

        // the Chinese reporter: listed in zh; the English page says so and links there
        assertThat(SiteFiles.html(site, "zh/author/liu-yu-ying/index.html").select("ol.items h2").eachText())
                .containsExactly("(经济观察)中国—东盟携手打造数字产业新生态");
        Document liuEn = SiteFiles.html(site, "en/author/liu-yu-ying/index.html");
        assertThat(liuEn.select("ol.items")).isEmpty();
        assertThat(liuEn.select("ul.language-links a").attr("href")).isEqualTo("../../../zh/author/liu-yu-ying/index.html");

        // the byline links every author, in its order
        String slug = store.find(id(3)).orElseThrow().slug();
        String page = java.nio.file.Files.readString(site.resolve("en/articles/" + slug + ".html"));
        assertThat(page).contains("<dt>Reporter</dt><dd><a href=\"../../en/author/jane-doe/index.html\" rel=\"author\">Jane Doe</a>, "
                + "<a href=\"../../en/author/nguyen-van-an/index.html\" rel=\"author\">Nguyễn Văn An</a></dd>");
        assertThat(new LinkChecker(CONFIG.baseUrl()).check(site).broken()).isEmpty();
    }

    @Test
    void relatedArticlesShareTheMostTermsTiesGoingToTheClosestInDate() throws IOException {
        // story 1: Business / Energy, tags hydro, laos
        store.save(story(1, "Dam opens", "2025-04-11T10:00:00+07:00", List.of(), List.of("Business", "Energy"), List.of("hydro", "laos")));
        store.save(story(2, "Two shared, older", "2025-03-01T10:00:00+07:00", List.of(), List.of("Business"), List.of("hydro")));
        store.save(story(3, "Two shared, newer", "2025-03-02T10:00:00+07:00", List.of(), List.of("Business"), List.of("laos")));
        store.save(story(4, "Four shared", "2025-01-01T10:00:00+07:00", List.of(), List.of("Business", "Energy"), List.of("hydro", "laos")));
        store.save(story(5, "One shared", "2025-05-01T10:00:00+07:00", List.of(), List.of("Politics"), List.of("laos")));
        store.save(story(6, "Nothing shared", "2025-05-02T10:00:00+07:00", List.of(), List.of("Culture"), List.of()));
        store.save(story(7, "One shared, oldest", "2024-01-01T10:00:00+07:00", List.of(), List.of("Business"), List.of()));
        store.save(story(8, "One shared, newest", "2025-06-01T10:00:00+07:00", List.of(), List.of("Sport"), List.of("hydro")));
        store.save(SiteFixtures.chinese());
        render();

        String slug = store.find(id(1)).orElseThrow().slug();
        Document en = SiteFiles.html(site, "en/articles/" + slug + ".html");
        assertThat(en.select("aside.related h2").text()).isEqualTo("Related articles");
        // at most five; Business/Energy/hydro/laos = 4 terms; then 2 each, then 1 each, the closest in date
        // first (One shared is 10 days newer, One shared, newest 51 days, One shared, oldest is left out)
        assertThat(en.select("aside.related li a").eachText()).containsExactly("Four shared", "Two shared, newer",
                "Two shared, older", "One shared", "One shared, newest");
        String page = java.nio.file.Files.readString(site.resolve("en/articles/" + slug + ".html"));
        assertThat(page).contains("<li><a href=\"../../en/articles/" + store.find(id(4)).orElseThrow().slug()
                + ".html\">Four shared</a> <time datetime=\"2025-01-01T10:00:00+07:00\">January 1, 2025</time></li>");
        // the versions not listed in Vietnamese relate to nothing there
        assertThat(SiteFiles.html(site, "vi/articles/" + slug + ".html").select("aside.related")).isEmpty();
        // an article sharing nothing has no block
        assertThat(SiteFiles.html(site, "en/articles/" + store.find(id(6)).orElseThrow().slug() + ".html")
                .select("aside.related")).isEmpty();
        assertThat(SiteFiles.html(site, "zh/articles/" + slug + ".html").select("aside.related")).isEmpty();
    }

    private void render() throws IOException {
        new StaticSiteRenderer(CONFIG).render(SiteBuild.of(store.all()), site);
    }

    /** An English original; its id comes from its input's name. */
    static Article story(int n, String title, String published, List<String> authors, List<String> categories,
                         List<String> tags) {
        List<Block> blocks = List.of(Block.paragraph("Vientiane — " + title + " opens the story."));
        String sha = Integer.toHexString((title + published + authors + categories + tags).hashCode());
        return new Article(null, null, 0, new Source("story-" + n + ".md", sha, "md", "UTF-8", 100),
                new Language("en", 0.99),
                new Metadata(title, published, "Mekong Wire", authors, null, categories, null, null, tags),
                blocks, List.of(), Map.of("en", new Version(Version.SOURCE, null, "en", title, blocks)));
    }

    static String id(int n) {
        return ArticleStore.idOf(new Article(null, null, 0, new Source("story-" + n + ".md", "", "md", "", 0),
                null, null, null, null, null));
    }
}
