package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site with a taxonomy file: articles filed under 财经, Business and Kinh doanh share one category page
 * per language, labelled and slugged in that language; the lists of categories and tags, the header menu
 * and the per-term feeds.
 */
class TaxonomySiteTest {

    static final String MAPPING = """
            # Mekong taxonomy
            category\tzh=财经\ten=Business\tvi=Kinh doanh\tth=ธุรกิจ\tth.slug=business
            tag\ten=Election\tvi=Bầu cử\tzh=选举
            """;

    @TempDir
    Path work;

    static Article original(String lang, String id, String title, String published, List<String> categories,
                            List<String> tags) {
        List<Block> blocks = List.of(Block.paragraph(title + " — " + id + "."));
        return new Article(id, Slugs.slug(title, id), 1, new Source(id + ".txt", id, "txt", "UTF-8", 100),
                new Language(lang, 0.99),
                new Metadata(title, published, "Mekong Wire", List.of(), null, categories, null, null, tags),
                blocks, List.of(), Map.of(lang, new Version(Version.SOURCE, null, lang, title, blocks)));
    }

    static List<Article> articles() {
        return List.of(
                original("zh", "a1b2c3d4e5f60001", "中国经济增长", "2025-03-01T10:00:00+08:00", List.of("财经"), List.of("选举")),
                original("en", "a1b2c3d4e5f60002", "Markets rise", "2025-03-02T10:00:00+07:00", List.of("Business"), List.of("Election")),
                original("vi", "a1b2c3d4e5f60003", "Thị trường tăng", "2025-03-03T10:00:00+07:00", List.of("Kinh doanh"), List.of("Bầu cử")),
                original("en", "a1b2c3d4e5f60004", "Rain in Laos", "2025-03-04T10:00:00+07:00", List.of("Weather"), List.of()));
    }

    private Path render() throws IOException {
        Path mapping = Files.writeString(work.resolve("terms.tsv"), MAPPING);
        SiteConfig config = new SiteConfig(List.of("zh", "en", "vi", "th"), null, null, null, null, 10, null, true, null,
                mapping.toString());
        Path site = work.resolve("site");
        new StaticSiteRenderer(config).render(new SiteBuild(articles(), new BuildSummary(List.of(), List.of())), site);
        assertThat(new LinkChecker(config.baseUrl()).check(site).broken()).isEmpty();
        return site;
    }

    @Test
    void everySpellingLandsOnOneTermPagePerLanguageWithItsLabelAndSlug() throws IOException {
        Path site = render();
        Map<String, String> pages = Map.of("zh", "zh/category/cai-jing/index.html", "en", "en/category/business/index.html",
                "vi", "vi/category/kinh-doanh/index.html", "th", "th/category/business/index.html");
        Map<String, String> labels = Map.of("zh", "财经", "en", "Business", "vi", "Kinh doanh", "th", "ธุรกิจ");
        pages.forEach((code, path) -> {
            try {
                Document page = SiteFiles.html(site, path);
                assertThat(page.select("h1").text()).as(path).isEqualTo(labels.get(code));
                assertThat(page.select("h1").hasAttr("lang")).as("labelled in the page's language").isFalse();
                assertThat(page.select("ol.items li")).as(path).hasSize(3);
                // the switcher goes to the same term in the other languages
                assertThat(page.select("nav.switcher a").eachAttr("href")).as(path).containsExactlyInAnyOrderElementsOf(
                        pages.entrySet().stream().filter(e -> !e.getKey().equals(code)).map(e -> "../../../" + e.getValue()).toList());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(site.resolve("en/category/kinh-doanh")).doesNotExist();
        assertThat(site.resolve("vi/category/business")).doesNotExist();
        assertThat(site.resolve("zh/category/business")).doesNotExist();
        // an article links the category in the page's language, whatever it was filed under
        String slug = Slugs.slug("中国经济增长", "a1b2c3d4e5f60001");
        assertThat(SiteFiles.html(site, "vi/articles/" + slug + ".html").select("a[href$=category/kinh-doanh/index.html]").eachText())
                .contains("Kinh doanh");
        // a mapped tag: Vietnamese slug without diacritics; an unmapped category keeps its label
        Document tag = SiteFiles.html(site, "vi/tag/bau-cu/index.html");
        assertThat(tag.select("h1").text()).isEqualTo("Bầu cử");
        assertThat(tag.select("ol.items li")).hasSize(3);
        assertThat(SiteFiles.html(site, "en/tag/election/index.html").select("ol.items li")).hasSize(3);
        assertThat(SiteFiles.html(site, "zh/tag/xuan-ju/index.html").select("h1").text()).isEqualTo("选举");
        assertThat(SiteFiles.html(site, "vi/category/weather/index.html").select("h1").text()).isEqualTo("Weather");
    }

    @Test
    void termListsCountArticlesAndTheHeaderMenuShowsTheMostUsedCategories() throws IOException {
        Path site = render();
        Document categories = SiteFiles.html(site, "vi/category/index.html");
        assertThat(categories.select("h1").text()).isEqualTo("Tất cả chuyên mục");
        assertThat(categories.select("ul.months li").eachText()).containsExactly("Kinh doanh 3 bài viết", "Weather 1 bài viết");
        assertThat(categories.select("ul.months a").eachAttr("href")).containsExactly("../../vi/category/kinh-doanh/index.html", "../../vi/category/weather/index.html");
        assertThat(SiteFiles.html(site, "en/tag/index.html").select("ul.months a").eachText()).containsExactly("Election");
        assertThat(SiteFiles.html(site, "th/tag/index.html").select("ul.months a").eachText()).containsExactly("Election");

        Document home = SiteFiles.html(site, "th/index.html");
        assertThat(home.select("nav.menu a").eachText()).containsExactly("ธุรกิจ", "Weather", "หมวดหมู่ทั้งหมด");
        assertThat(home.select("nav.menu a").eachAttr("href"))
                .containsExactly("../th/category/business/index.html", "../th/category/weather/index.html", "../th/category/index.html");
        assertThat(home.select("nav.menu").attr("aria-label")).isEqualTo("หมวดหมู่");
        Document current = SiteFiles.html(site, "zh/category/cai-jing/index.html");
        assertThat(current.select("nav.menu a[aria-current=page]").text()).isEqualTo("财经");
    }

    @Test
    void theMenuHoldsTheMostUsedCategoriesInTheMappingFilesOrderThenByLabel() throws IOException {
        assertThat(PageContext.MENU_CATEGORIES).isEqualTo(6);
        Path mapping = Files.writeString(work.resolve("terms.tsv"), "category\ten=Five\talso=Cat 5\ncategory\ten=Three\talso=Cat 3\n");
        SiteConfig config = new SiteConfig(List.of("en", "vi"), null, null, null, null, 10, null, false, null, mapping.toString());
        List<Article> articles = new java.util.ArrayList<>();
        for (int k = 1; k <= 7; k++) { // category k has k articles: Cat 1 is the least used, left out
            for (int i = 0; i < k; i++) {
                articles.add(original("en", String.format("b1b2c3d4e5f6%02d%02d", k, i), "Story " + k + "." + i,
                        "2025-03-0" + k + "T10:00:00+07:00", List.of("Cat " + k), List.of()));
            }
        }
        Path site = work.resolve("menu-site");
        new StaticSiteRenderer(config).render(new SiteBuild(articles, new BuildSummary(List.of(), List.of())), site);
        assertThat(SiteFiles.html(site, "en/index.html").select("nav.menu a").eachText())
                .containsExactly("Five", "Three", "Cat 2", "Cat 4", "Cat 6", "Cat 7", "All categories");
        assertThat(SiteFiles.html(site, "en/category/index.html").select("ul.months a")).hasSize(7);
        // Vietnamese lists none of these English originals: no menu there
        assertThat(SiteFiles.html(site, "vi/index.html").select("nav.menu")).isEmpty();
    }

    @Test
    void eachTermPageLinksItsOwnRssAndAtomFeeds() throws IOException {
        Path site = render();
        Document page = SiteFiles.html(site, "vi/category/kinh-doanh/index.html");
        assertThat(page.select("head link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
                .contains("../../../vi/category/kinh-doanh/rss.xml");
        assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("../../../vi/category/kinh-doanh/atom.xml");
        assertThat(page.select("p.term-feeds a").eachAttr("href"))
                .containsExactly("../../../vi/category/kinh-doanh/rss.xml", "../../../vi/category/kinh-doanh/atom.xml");
        String rss = Files.readString(site.resolve("vi/category/kinh-doanh/rss.xml"));
        assertThat(rss).contains("<title>Kinh doanh · ").contains("<link>http://127.0.0.1:8080/vi/category/kinh-doanh/index.html</link>")
                .contains("href=\"http://127.0.0.1:8080/vi/category/kinh-doanh/rss.xml\" rel=\"self\"");
        assertThat(rss.split("<item>", -1)).hasSize(4);
        String atom = Files.readString(site.resolve("en/tag/election/atom.xml"));
        assertThat(atom).contains("<title>Election · ").contains("<id>http://127.0.0.1:8080/en/tag/election/index.html</id>")
                .contains("href=\"http://127.0.0.1:8080/en/tag/election/atom.xml\"");
        assertThat(atom.split("<entry", -1)).hasSize(4);
        assertThat(SiteFiles.html(site, "en/tag/election/index.html").select("p.term-feeds a")).hasSize(2);
        // the language's own feed is still the site's
        assertThat(Files.readString(site.resolve("vi/rss.xml"))).doesNotContain("<title>Kinh doanh");
    }
}
