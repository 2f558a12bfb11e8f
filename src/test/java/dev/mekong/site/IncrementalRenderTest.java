package dev.mekong.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.ingest.Quarantine;
import dev.mekong.media.ImageFormat;
import dev.mekong.media.MediaRef;
import dev.mekong.media.MediaStore;
import dev.mekong.media.TestImages;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import dev.mekong.pipeline.CrashRecovery;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Updates render only what changed, and any sequence of them leaves the site byte-identical to a full
 * build of the same store, also across processes and after a kill in the middle of a publish.
 */
class IncrementalRenderTest {

    /** Two articles to a home page, so that additions and date changes move articles between pages. */
    private static final SiteConfig CONFIG = new SiteConfig(List.of("zh", "en", "vi", "th"), null, null, null, null, 2, null, false, null);
    private static final BuildSummary SUMMARY = new BuildSummary(List.of(), List.of("a warning"));

    @TempDir
    Path work;
    ArticleStore store;
    Path site;
    int fullBuilds;

    @BeforeEach
    void setUp() {
        store = new ArticleStore(work.resolve("content"));
        site = work.resolve("site");
    }

    @Test
    void everyStepOfEditsAdditionsAndDeletionsIsByteIdenticalToAFullBuild() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        for (Article article : SiteFixtures.all()) {
            store.save(article);
        }
        for (int n = 1; n <= 6; n++) {
            store.save(story(n, "Story " + n, "2025-0" + (n % 3 + 4) + "-1" + n + "T10:00:00+07:00",
                    List.of(n % 2 == 0 ? "Business" : "Politics", "Region " + n % 3), n % 2 == 0 ? List.of("hydro", "laos") : List.of(),
                    "Second paragraph " + n + "."));
        }
        update(renderer, ChangedArticles.any());
        assertSameAsFullBuild();

        String id3 = id(3);
        store.save(story(3, "Story three, retitled", "2025-04-13T10:00:00+07:00", List.of("Politics", "Region 0"), List.of(), "Second paragraph 3."));
        update(renderer, Set.of(id3));
        assertSameAsFullBuild();

        store.save(story(4, "Story 4", "2024-12-01T10:00:00+07:00", List.of("Culture"), List.of("laos"), "Second paragraph 4."));
        update(renderer, Set.of(id(4)));
        assertSameAsFullBuild();

        store.save(story(7, "Story 7, the newest", "2025-09-01T10:00:00+07:00", List.of("Business"), List.of("hydro", "mekong"), "Seven."));
        store.save(story(8, "Story 8", null, List.of(), List.of(), "Undated."));
        update(renderer, Set.of(id(7), id(8)));
        assertSameAsFullBuild();

        String slug2 = store.find(id(2)).orElseThrow().slug();
        store.retire(store.find(id(2)).orElseThrow());
        store.retire(store.find(id(6)).orElseThrow());
        update(renderer, Set.of(id(2), id(6)));
        assertSameAsFullBuild();
        // a retired article leaves a "removed" page at its old URLs
        assertThat(SiteFiles.html(site, "en/articles/" + slug2 + ".html").select("h1").text()).isEqualTo("Article removed");
        assertThat(SiteFiles.html(site, "th/articles/" + slug2 + ".html").select("meta[name=robots]").attr("content"))
                .isEqualTo("noindex");

        // a translation arriving changes a version's status: noindex, hreflang, sitemap, report
        Article english = store.find(id(1)).orElseThrow();
        Version vi = new Version(Version.MACHINE, "test-engine", "vi", "Câu chuyện 1", english.blocks());
        store.save(english.withVersions(Map.of("en", english.versions().get("en"), "vi", vi)));
        update(renderer, Set.of(id(1)));
        assertSameAsFullBuild();

        // an added article becomes related to an existing one (the only other under Politics / Region 2): the
        // existing article's page, not named as changed, shows it; deleted, it leaves that page again
        String slug5 = store.find(id(5)).orElseThrow().slug();
        store.save(story(9, "Story 9, a neighbour", "2025-08-01T10:00:00+07:00", List.of("Politics", "Region 2"), List.of(), "Nine."));
        update(renderer, Set.of(id(9)));
        assertSameAsFullBuild();
        assertThat(SiteFiles.html(site, "en/articles/" + slug5 + ".html").select("aside.related li a").first().text())
                .isEqualTo("Story 9, a neighbour");
        store.save(story(9, "Story 9, retitled", "2025-08-01T10:00:00+07:00", List.of("Politics", "Region 2"), List.of(), "Nine."));
        update(renderer, Set.of(id(9)));
        assertSameAsFullBuild();
        store.retire(store.find(id(9)).orElseThrow());
        update(renderer, Set.of(id(9)));
        assertSameAsFullBuild();
        assertThat(SiteFiles.html(site, "en/articles/" + slug5 + ".html").select("aside.related").text())
                .doesNotContain("Story 9");

        // edits made while no process ran: a new process looks at every record
        store.save(story(5, "Story 5 edited offline", "2025-05-15T10:00:00+07:00", List.of("Politics"), List.of(), "Offline."));
        store.retire(store.find(id(7)).orElseThrow());
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);
        assertSameAsFullBuild();

        // a different summary changes the report only
        BuildSummary quarantined = new BuildSummary(List.of(new BuildSummary.Quarantined("bad.bin", "binary")), List.of());
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of()), quarantined, site);
        Path full = work.resolve("full-summary");
        new StaticSiteRenderer(CONFIG).render(new SiteBuild(store.all(), quarantined, Instant.now(), store.retired()), full);
        assertSameFiles(site, full);
    }

    @Test
    void aNewProcessTakesTheSearchEntriesTheLastOneWroteInsteadOfTokenizingEveryArticleAgain() throws IOException {
        sixBusinessStoriesPublished();
        Path cache = work.resolve("content/search-entries/en.jsonl");
        assertThat(cache).exists();

        store.save(story(7, "Story 7", "2025-04-20T10:00:00+07:00", List.of("Business"), List.of("t1"), "Seven."));
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of(id(7))), SUMMARY, site);
        assertSameAsFullBuild();

        // an entry changed inside the cache (its source left as it was) reaches the index a new process
        // writes: the entries are taken from there, not made again
        String cached = Files.readString(cache);
        assertThat(cached).contains("\\\"title\\\":\\\"Story 1\\\"");
        Files.writeString(cache, cached.replace("\\\"title\\\":\\\"Story 1\\\"", "\\\"title\\\":\\\"Cached 1\\\""));
        store.save(story(8, "Story 8", "2025-04-21T10:00:00+07:00", List.of("Business"), List.of("t0"), "Eight."));
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of(id(8))), SUMMARY, site);
        assertThat(Files.readString(site.resolve("en/search.json"))).contains("\"title\":\"Cached 1\"");
    }

    @Test
    void aRebuildWithNothingChangedRendersAndWritesNothing() throws IOException {
        for (int n = 1; n <= 5; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Business"), List.of(), "Two."));
        }
        PublishResult first = new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);
        Map<String, List<Object>> siteBefore = stamps(site.toRealPath());
        Map<String, List<Object>> contentBefore = stamps(work.resolve("content"));

        PublishResult again = new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);

        assertThat(again.written()).isZero();
        assertThat(again.deleted()).isZero();
        assertThat(again.unchanged()).isEqualTo(first.written());
        assertThat(again.generation()).isEqualTo(first.generation());
        assertThat(stamps(site.toRealPath())).isEqualTo(siteBefore);
        assertThat(stamps(work.resolve("content"))).as("the site index is not rewritten").isEqualTo(contentBefore);
    }

    /**
     * The index's journal gets a line per entry written; a line a kill cut short is left out (its article's
     * record is read again), and the next line appended starts on a line of its own.
     */
    @Test
    void aJournalLineOfTheIndexCutShortOnlyMeansItsArticleIsReadAgain() throws IOException {
        sixBusinessStoriesPublished();
        Path journal = work.resolve("content/site-index.jsonl");
        store.save(story(3, "Story 3 edited", "2025-04-13T10:00:00+07:00", List.of("Business"), List.of("t1"), "Two."));
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of(id(3))), SUMMARY, site);
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines.get(lines.size() - 1)).as("appended").contains("Story 3 edited");
        byte[] whole = Files.readAllBytes(journal);
        int lastLine = whole.length - 1 - lines.get(lines.size() - 1).getBytes(StandardCharsets.UTF_8).length;
        Files.write(journal, Arrays.copyOf(whole, lastLine + 40));

        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of()), SUMMARY, site);
        assertSameAsFullBuild();
        String slug3 = store.find(id(3)).orElseThrow().slug();
        assertThat(SiteFiles.html(site, "en/articles/" + slug3 + ".html").select("h1").text()).isEqualTo("Story 3 edited");

        store.save(story(4, "Story 4 edited", "2025-04-14T10:00:00+07:00", List.of("Business"), List.of("t1"), "Four."));
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of(id(4))), SUMMARY, site);
        assertSameAsFullBuild();
        List<String> after = Files.readAllLines(journal);
        assertThat(after.get(after.size() - 1)).as("a line of its own").startsWith("{").contains("Story 4 edited");
        assertThat(new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of()), SUMMARY, site).written())
                .as("every entry read back").isZero();
    }

    @Test
    void theEntryFolderOfOlderVersionsIsReadAndReplacedByTheJournalAtTheFirstChange() throws IOException {
        sixBusinessStoriesPublished();
        Path journal = work.resolve("content/site-index.jsonl");
        Path folder = Files.createDirectories(work.resolve("content/site-index"));
        for (String line : Files.readAllLines(journal)) {
            JsonNode stored = ArticleStore.json().readTree(line).get("stored");
            Files.writeString(folder.resolve(stored.get("entry").get("key").asText()), stored.toString());
        }
        Files.delete(journal);

        assertThat(new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of()), SUMMARY, site).written())
                .as("the entries of the folder are the site's").isZero();

        store.save(story(7, "Story 7", "2025-04-20T10:00:00+07:00", List.of("Business"), List.of("t1"), "Seven."));
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of(id(7))), SUMMARY, site);
        assertSameAsFullBuild();
        assertThat(folder).doesNotExist();
        assertThat(Files.readAllLines(journal)).hasSize(7);
    }

    /** More pages than a batch: rendered while the batch before is written, every page written once, in order. */
    @Test
    void aSiteOfManyBatchesIsWrittenWholeWithEveryLinkResolving() throws IOException {
        for (int n = 1; n <= 80; n++) {
            store.save(story(n, "Story " + n, "2025-0" + (1 + n % 9) + "-1" + n % 10 + "T10:00:00+07:00",
                    List.of(n % 2 == 0 ? "Business" : "Culture"), List.of("t" + n % 7), "Text " + n + "."));
        }
        PublishResult first = new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);

        assertThat(first.written()).as("several batches").isGreaterThan(2 * 256);
        assertThat(contents(site)).hasSize(first.written());
        assertThat(new LinkChecker(CONFIG.baseUrl()).check(site).broken()).isEmpty();
        assertSameAsFullBuild();
    }

    /**
     * A watch prepares its renderer when it starts: the pages of the site as the index says, made before the
     * first drop. Records changed while no process ran are still found by that first update, which names
     * only what the watch itself stored, and it writes only what changed.
     */
    @Test
    void aRendererPreparedAtStartStillFindsWhatChangedWhileNoProcessRanAndWritesOnlyThat() throws IOException {
        sixBusinessStoriesPublished();
        store.save(story(3, "Story 3 edited offline", "2025-04-13T10:00:00+07:00", List.of("Business"), List.of("t1"), "Two."));

        StaticSiteRenderer watch = new StaticSiteRenderer(CONFIG);
        watch.prepare(store, site, true);
        Map<String, List<Object>> siteBefore = stamps(site.toRealPath());
        assertThat(stamps(site.toRealPath())).as("preparing writes nothing").isEqualTo(siteBefore);
        store.save(story(7, "Story 7", "2025-06-01T10:00:00+07:00", List.of("Culture"), List.of("t1"), "New."));
        PublishResult first = watch.update(store, ChangedArticles.of(Set.of(id(7))), SUMMARY, site);

        assertSameAsFullBuild();
        String slug3 = store.find(id(3)).orElseThrow().slug();
        assertThat(SiteFiles.html(site, "en/articles/" + slug3 + ".html").select("h1").text()).isEqualTo("Story 3 edited offline");
        assertThat(SiteFiles.html(site, "en/index.html").text()).contains("Story 7");
        assertThat(first.written()).isPositive().isLessThan(first.unchanged());

        PublishResult again = new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);
        assertThat(again.written()).as("nothing left for a fresh process to write").isZero();
    }

    /**
     * A build prepares without the search entries (they are read when a search index is rendered): a retitled
     * article still reaches its language's index, made from the entries the last process left, and the site is
     * the one a full build makes.
     */
    @Test
    void aBuildsPreparationLeavesTheSearchEntriesToTheIndexesItRenders() throws IOException {
        sixBusinessStoriesPublished();
        StaticSiteRenderer build = new StaticSiteRenderer(CONFIG);
        assertThat(build.prepare(store, site, false)).as("the pages made").isPositive();

        store.save(story(3, "Story 3 retitled", "2025-04-13T10:00:00+07:00", List.of("Business"), List.of("t1"), "Two."));
        PublishResult update = build.update(store, ChangedArticles.of(Set.of(id(3))), SUMMARY, site);

        assertThat(update.written()).isPositive().isLessThan(update.unchanged());
        assertThat(Files.readString(site.resolve("en/search.json"))).contains("Story 3 retitled")
                .doesNotContain("\"Story 3\"").contains("\"Story 4\"");
        assertSameAsFullBuild();
    }

    @Test
    void anEditedBodyRewritesOnlyTheArticlesOwnPagesAndAnEditedTitleTheListsShowingIt() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        for (int n = 1; n <= 6; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Business"), List.of(), "Two " + n + "."));
        }
        PublishResult first = update(renderer, ChangedArticles.any());
        String slug = store.find(id(2)).orElseThrow().slug();

        Map<String, List<Object>> before = stamps(site.toRealPath());
        store.save(story(2, "Story 2", "2025-04-12T10:00:00+07:00", List.of("Business"), List.of(), "A new second paragraph."));
        PublishResult body = update(renderer, Set.of(id(2)));
        Set<String> rewritten = changed(before, stamps(site.toRealPath()));
        assertThat(rewritten).isNotEmpty().allMatch(path -> path.endsWith("/articles/" + slug + ".html"));
        assertThat(body.written()).isEqualTo(rewritten.size());
        assertThat(body.generation()).as("updated in place").isEqualTo(first.generation());

        before = stamps(site.toRealPath());
        store.save(story(2, "Story 2 has a new title", "2025-04-12T10:00:00+07:00", List.of("Business"), List.of(), "A new second paragraph."));
        update(renderer, Set.of(id(2)));
        rewritten = changed(before, stamps(site.toRealPath()));
        // Story 2 is the second oldest of six, two to a page: the home's and the category's oldest page,
        // its month, feeds, report, its author's oldest page, the pages of its neighbours, which link it by its
        // title, and of the articles naming it as related (every other one, all in Business)
        assertThat(rewritten).contains("en/articles/" + slug + ".html", "en/page/1.html",
                "en/category/business/page/1.html", "en/author/jane-doe/page/1.html", "en/archive/2025-04.html",
                "en/rss.xml", "en/atom.xml", "_report/summary.json",
                "en/articles/" + store.find(id(1)).orElseThrow().slug() + ".html",
                "en/articles/" + store.find(id(3)).orElseThrow().slug() + ".html");
        assertThat(rewritten).doesNotContain("en/index.html", "en/page/2.html", "en/page/3.html",
                "en/category/business/index.html", "en/author/jane-doe/index.html", "sitemap.xml", "sitemap-1.xml",
                "en/archive/index.html");
    }

    @Test
    void addingDeletingRedatingAndRetitlingInTheMiddleReRendersTheNeighboursPagesByteIdenticalToAFullBuild() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        for (int n = 1; n <= 5; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Business"), List.of(), "Two."));
        }
        update(renderer, ChangedArticles.any());

        store.save(story(6, "Story 6, between 2 and 3", "2025-04-12T18:00:00+07:00", List.of("Business"), List.of(), "Two."));
        update(renderer, Set.of(id(6)));
        assertSameAsFullBuild();
        assertThat(SiteFiles.html(site, "en/articles/" + slug(2) + ".html").select("a[rel=prev]").attr("href"))
                .isEqualTo("../../en/articles/" + slug(6) + ".html");
        assertThat(SiteFiles.html(site, "en/articles/" + slug(3) + ".html").select("a[rel=next]").attr("href"))
                .isEqualTo("../../en/articles/" + slug(6) + ".html");

        store.retire(store.find(id(3)).orElseThrow());
        update(renderer, Set.of(id(3)));
        assertSameAsFullBuild();
        assertThat(SiteFiles.html(site, "en/articles/" + slug(4) + ".html").select("a[rel=next]").attr("href"))
                .isEqualTo("../../en/articles/" + slug(6) + ".html");

        store.save(story(4, "Story 4", "2025-04-01T10:00:00+07:00", List.of("Business"), List.of(), "Two."));
        update(renderer, Set.of(id(4)));
        assertSameAsFullBuild();

        store.save(story(6, "Story 6, retitled", "2025-04-12T18:00:00+07:00", List.of("Business"), List.of(), "Two."));
        update(renderer, Set.of(id(6)));
        assertSameAsFullBuild();
    }

    @Test
    void aNewestArticleRewritesOnlyTheFirstAndNewestListPagesNotEveryPage() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        for (int n = 1; n <= 9; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Business"), List.of(), "Two."));
        }
        update(renderer, ChangedArticles.any());
        assertThat(site.resolve("en/page/5.html")).as("9 stories, two to a page").isRegularFile();

        Map<String, List<Object>> before = stamps(site.toRealPath());
        store.save(story(10, "Story 10", "2025-04-20T10:00:00+07:00", List.of("Business"), List.of(), "Two."));
        update(renderer, Set.of(id(10)));
        Set<String> lists = changed(before, stamps(site.toRealPath())).stream()
                .filter(path -> path.startsWith("en/") && !path.startsWith("en/articles/")).collect(Collectors.toSet());
        // the home, the newest numbered page (now full), the same for the category (with its feeds and count in
        // the list of categories) and the author; its month, archive, feeds and search index (not the search page)
        assertThat(lists).containsExactlyInAnyOrder("en/index.html", "en/page/5.html",
                "en/category/business/index.html", "en/category/business/page/5.html",
                "en/category/business/rss.xml", "en/category/business/atom.xml", "en/category/index.html",
                "en/author/jane-doe/index.html", "en/author/jane-doe/page/5.html",
                "en/archive/2025-04.html", "en/archive/index.html", "en/rss.xml", "en/atom.xml", "en/search.json");

        before = stamps(site.toRealPath());
        store.save(story(11, "Story 11", "2025-04-21T10:00:00+07:00", List.of("Business"), List.of(), "Two."));
        update(renderer, Set.of(id(11)));
        lists = changed(before, stamps(site.toRealPath())).stream()
                .filter(path -> path.startsWith("en/") && !path.startsWith("en/articles/")).collect(Collectors.toSet());
        // a sixth page starts; the fifth now links to it, the home's older link moves to the fifth
        assertThat(lists).contains("en/index.html", "en/page/5.html", "en/page/6.html")
                .doesNotContain("en/page/1.html", "en/page/2.html", "en/page/3.html", "en/page/4.html");
        assertThat(SiteFiles.html(site, "en/index.html").select("a[rel=next]").attr("href")).isEqualTo("../en/page/5.html");
        assertThat(SiteFiles.html(site, "en/page/6.html").select("a[rel=prev]").attr("href")).isEqualTo("../../en/index.html");
        assertSameAsFullBuild();
    }

    @Test
    void theReportListsArticlesOnPagesSoAnEditRewritesOnlyThePageShowingIt() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        int count = 2 * ReportPages.PAGE_SIZE + 30;
        for (int n = 1; n <= count; n++) {
            store.save(story(n, "Story " + n, minutesIntoApril(n), List.of(), List.of(), "Two."));
        }
        update(renderer, ChangedArticles.any());
        // the newest on the first page, the others on pages 1-3 counted from the oldest, in HTML and JSON
        assertThat(SiteFiles.all(site, ".json")).contains("_report/summary.json", "_report/articles/1.json",
                "_report/articles/3.json").doesNotContain("_report/articles/4.json");
        assertThat(SiteFiles.html(site, "_report/index.html").select("section.report-article")).hasSize(ReportPages.PAGE_SIZE);
        assertThat(SiteFiles.html(site, "_report/articles/1.html").select("section.report-article"))
                .hasSize(ReportPages.PAGE_SIZE).first().extracting(Element::text).asString().contains("Story " + ReportPages.PAGE_SIZE);
        JsonNode summary = new ObjectMapper().readTree(site.resolve("_report/summary.json").toFile());
        assertThat(summary.path("articles").asInt()).isEqualTo(count);
        assertThat(summary.path("articleVersions")).hasSize(ReportPages.PAGE_SIZE);
        assertThat(summary.path("older").asText()).isEqualTo("_report/articles/2.json");

        Map<String, List<Object>> before = stamps(site.toRealPath());
        store.save(story(5, "Story 5, retitled", minutesIntoApril(5), List.of(), List.of(), "Two."));
        update(renderer, Set.of(id(5)));
        Set<String> report = changed(before, stamps(site.toRealPath())).stream()
                .filter(path -> path.startsWith("_report/")).collect(Collectors.toSet());
        assertThat(report).as("only the oldest page shows story 5")
                .containsExactlyInAnyOrder("_report/articles/1.html", "_report/articles/1.json");
        assertThat(SiteFiles.html(site, "_report/articles/1.html").text()).contains("Story 5, retitled");

        before = stamps(site.toRealPath());
        store.save(story(count + 1, "Newest story", minutesIntoApril(count + 1), List.of(), List.of(), "Two."));
        update(renderer, Set.of(id(count + 1)));
        report = changed(before, stamps(site.toRealPath())).stream()
                .filter(path -> path.startsWith("_report/")).collect(Collectors.toSet());
        assertThat(report).contains("_report/index.html", "_report/summary.json", "_report/articles/3.html")
                .doesNotContain("_report/articles/1.html", "_report/articles/2.html", "_report/articles/2.json");
        assertSameAsFullBuild();
    }

    @Test
    void aKillInTheMiddleOfAnUpdateLeavesASiteTheNextStartRepairs() throws IOException {
        sixBusinessStoriesPublished();

        store.save(story(7, "Story 7", "2025-06-01T10:00:00+07:00", List.of("Culture"), List.of("t1"), "New."));
        store.save(story(3, "Story 3 retitled", "2025-04-13T10:00:00+07:00", List.of("Business"), List.of(), "Two."));
        store.retire(store.find(id(5)).orElseThrow());
        KilledPublisher killed = new KilledPublisher(9);
        assertThatThrownBy(() -> new StaticSiteRenderer(CONFIG, killed).update(store,
                ChangedArticles.of(Set.of(id(7), id(3), id(5))), SUMMARY, site)).isInstanceOf(Killed.class);
        assertThat(killed.temporary).exists();

        CrashRecovery.Report report = CrashRecovery.recover(store,
                new Quarantine(work.resolve("quarantine"), Clock.systemUTC()), site);
        assertThat(report.interruptedUpdate()).isTrue();
        assertThat(killed.temporary).doesNotExist();

        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);
        assertSameAsFullBuild();
        assertThat(new LinkChecker(CONFIG.baseUrl()).check(site).broken()).isEmpty();
    }

    @Test
    void anotherConfigurationRendersEverythingIntoANewGeneration() throws IOException {
        for (int n = 1; n <= 5; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Business"), List.of(), "Two."));
        }
        PublishResult first = new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);
        SiteConfig threeLanguages = new SiteConfig(List.of("en", "th", "vi"), null, null, null, null, 3, null, false, null);

        PublishResult second = new StaticSiteRenderer(threeLanguages).update(store, ChangedArticles.any(), SUMMARY, site);

        assertThat(second.generation()).isNotEqualTo(first.generation());
        assertThat(site.resolve("zh")).doesNotExist();
        Path full = work.resolve("full-three");
        new StaticSiteRenderer(threeLanguages).render(new SiteBuild(store.all(), SUMMARY, Instant.now(), store.retired()), full);
        assertSameFiles(site, full);
    }

    @Test
    void mappedTermPagesTheirFeedsAndTheMenuUpdateInPlaceByteIdenticalToAFullBuild() throws IOException {
        Path mapping = Files.writeString(work.resolve("terms.tsv"),
                "category\tzh=财经\ten=Business\tvi=Kinh doanh\tth=ธุรกิจ\n"
                        + "tag\ten=Election\tvi=Bầu cử\tzh=选举\n");
        SiteConfig config = new SiteConfig(List.of("zh", "en", "vi", "th"), null, null, null, null, 2, null, true, null,
                mapping.toString());
        StaticSiteRenderer renderer = new StaticSiteRenderer(config);
        store.save(TaxonomySiteTest.original("zh", "a1b2c3d4e5f60001", "中国经济增长", "2025-03-01T10:00:00+08:00",
                List.of("财经"), List.of("选举")));
        store.save(TaxonomySiteTest.original("en", "a1b2c3d4e5f60002", "Markets rise", "2025-03-02T10:00:00+07:00",
                List.of("Business"), List.of("Election")));
        renderer.update(store, ChangedArticles.any(), SUMMARY, site);
        assertSameAsFullBuild(config);
        assertThat(SiteFiles.html(site, "vi/category/kinh-doanh/index.html").select("ol.items li")).hasSize(2);
        assertThat(site.resolve("vi/category/kinh-doanh/rss.xml")).exists();

        // a third spelling joins the term: its page, feeds and list counts change in every language
        String vi = store.save(TaxonomySiteTest.original("vi", "a1b2c3d4e5f60003", "Thị trường tăng", "2025-03-03T10:00:00+07:00",
                List.of("Kinh doanh"), List.of("Bầu cử"))).id();
        renderer.update(store, ChangedArticles.of(Set.of(vi)), SUMMARY, site);
        assertSameAsFullBuild(config);
        assertThat(Files.readString(site.resolve("th/category/" + Slugs.categorySegment("ธุรกิจ") + "/rss.xml"))).contains("Thị trường tăng");
        assertThat(Files.readString(site.resolve("zh/tag/xuan-ju/atom.xml"))).contains("Thị trường tăng");

        // new categories enter the menu shown on every page; a recategorized article leaves the term
        for (int n = 1; n <= 7; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Topic " + n % 4), List.of(), "Two."));
        }
        renderer.update(store, ChangedArticles.any(), SUMMARY, site);
        assertSameAsFullBuild(config);
        String en = store.save(TaxonomySiteTest.original("en", "a1b2c3d4e5f60002", "Markets rise", "2025-03-02T10:00:00+07:00",
                List.of("Topic 1"), List.of())).id();
        renderer.update(store, ChangedArticles.of(Set.of(en)), SUMMARY, site);
        assertSameAsFullBuild(config);
        assertThat(SiteFiles.html(site, "en/category/business/index.html").select("ol.items li")).hasSize(2);
        assertThat(SiteFiles.html(site, "vi/index.html").select("nav.menu a").eachText()).contains("Kinh doanh", "Topic 1");
    }

    @Test
    void tagsGetPagesAndAListLikeCategories() throws IOException {
        store.save(story(1, "Story 1", "2025-04-11T10:00:00+07:00", List.of("Business"), List.of("Hydro power", "Laos"), "Two."));
        store.save(story(2, "Story 2", "2025-04-12T10:00:00+07:00", List.of("Business"), List.of("Laos"), "Two."));
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);

        assertThat(SiteFiles.html(site, "en/tag/laos/index.html").select("ol.items li")).hasSize(2);
        assertThat(SiteFiles.html(site, "en/tag/hydro-power/index.html").select("ol.items li")).hasSize(1);
        assertThat(SiteFiles.html(site, "en/tag/index.html").select("ul.months a").eachText())
                .containsExactly("Hydro power", "Laos");
        // English originals only: the other languages' tag pages (linked from their article pages) point there
        for (String code : List.of("zh", "vi", "th")) {
            assertThat(SiteFiles.html(site, code + "/tag/laos/index.html").select("ol.items li")).isEmpty();
            assertThat(SiteFiles.html(site, code + "/tag/laos/index.html").select("ul.language-links a").eachAttr("href"))
                    .containsExactly("../../../en/tag/laos/index.html");
            assertThat(SiteFiles.html(site, code + "/tag/index.html").select("ul.months")).isEmpty();
            assertThat(SiteFiles.html(site, code + "/tag/index.html").select("ul.language-links a").eachAttr("href"))
                    .containsExactly("../../en/tag/index.html");
        }
        String slug = store.find(id(1)).orElseThrow().slug();
        assertThat(SiteFiles.html(site, "en/articles/" + slug + ".html").select("p.tags a[rel=tag]").eachAttr("href"))
                .containsExactly("../../en/tag/hydro-power/index.html", "../../en/tag/laos/index.html");
        assertThat(new LinkChecker(CONFIG.baseUrl()).check(site).broken()).isEmpty();

        // the last article with a tag gone: its pages go too
        store.save(story(1, "Story 1", "2025-04-11T10:00:00+07:00", List.of("Business"), List.of("Laos"), "Two."));
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);
        assertThat(site.resolve("en/tag/hydro-power")).doesNotExist();
        assertSameAsFullBuild();
    }

    @Test
    void aMachineTranslationArrivingAddsTheArticleToThatLanguagesHomeInPlaceByteIdenticalToAFullBuild() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        store.save(story(1, "Story 1", "2025-04-11T10:00:00+07:00", List.of("Business"), List.of("laos"), "Two."));
        store.save(story(2, "Story 2", "2025-04-12T10:00:00+07:00", List.of("Business"), List.of("laos"), "Two."));
        PublishResult first = update(renderer, ChangedArticles.any());
        assertThat(SiteFiles.html(site, "vi/index.html").select("ol.items")).as("English originals only").isEmpty();
        assertThat(SiteFiles.html(site, "vi/index.html").select("ul.language-links a").eachAttr("href"))
                .containsExactly("../en/index.html");

        Map<String, List<Object>> before = stamps(site.toRealPath());
        Article english = store.find(id(1)).orElseThrow();
        Version vi = new Version(Version.MACHINE, "test-engine", "vi", "Câu chuyện 1", english.blocks());
        store.save(english.withVersions(Map.of("en", english.versions().get("en"), "vi", vi)));
        PublishResult arrived = update(renderer, Set.of(id(1)));

        assertSameAsFullBuild();
        assertThat(arrived.generation()).as("updated in place").isEqualTo(first.generation());
        String slug = english.slug();
        assertThat(SiteFiles.html(site, "vi/index.html").select("ol.items h2 a").eachAttr("href"))
                .containsExactly("../vi/articles/" + slug + ".html");
        assertThat(SiteFiles.html(site, "vi/index.html").select("ol.items h2").text()).isEqualTo("Câu chuyện 1");
        Set<String> rewritten = changed(before, stamps(site.toRealPath()));
        // vi lists it now; zh and th, still empty, name vi among the languages with articles
        assertThat(rewritten).contains("vi/index.html", "vi/rss.xml", "vi/atom.xml", "vi/category/business/index.html",
                "vi/tag/laos/index.html", "vi/tag/index.html", "vi/archive/index.html", "vi/archive/2025-04.html",
                "zh/index.html", "th/index.html", "sitemap-1.xml");
        // English lists show nothing new; the English category and tag pages name their Vietnamese twins now
        assertThat(rewritten).as("English lists show nothing new")
                .doesNotContain("en/index.html", "en/rss.xml", "en/category/business/rss.xml", "en/archive/2025-04.html")
                .contains("en/category/business/index.html", "en/tag/laos/index.html", "sitemap-terms.xml");
        assertThat(SiteFiles.html(site, "en/category/business/index.html").select("link[hreflang]").eachAttr("hreflang"))
                .containsExactly("en", "vi", "x-default");
        assertThat(SiteFiles.html(site, "zh/index.html").select("ul.language-links a").eachAttr("href"))
                .containsExactly("../en/index.html", "../vi/index.html");
    }

    @Test
    void anEmbargoThatEndsRendersTheArticleAndItsListsInPlaceByteIdenticalToAFullBuild() throws IOException {
        Instant before = Instant.parse("2025-06-01T00:00:00Z");
        Instant after = Instant.parse("2025-06-02T00:00:00Z");
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        for (int n = 1; n <= 5; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Business"), List.of("laos"), "Two."));
        }
        // due on 2025-06-01 at 10:00 in Vientiane, 03:00 UTC: the newest story once due
        // filed under a category the header menu already shows: a category new to the menu would rewrite every
        // page of the language (mappedTermPagesTheirFeedsAndTheMenuUpdateInPlaceByteIdenticalToAFullBuild)
        store.save(story(9, "Embargoed story", "2025-06-01T10:00:00+07:00", List.of("Business"), List.of("dams"), "Held back."));
        String slug = store.find(id(9)).orElseThrow().slug();

        PublishResult held = renderer.update(store, ChangedArticles.any(), SUMMARY, before, site);

        assertSameAsFullBuild(before);
        assertThat(everyFile(site)).doesNotContain(slug, "Embargoed story", "dams");
        assertThat(held.schedule().nextRelease()).isEqualTo(Instant.parse("2025-06-01T03:00:00Z"));
        assertThat(SiteFiles.html(site, "_report/index.html").text())
                .contains("1 article embargoed until 2025-06-01T10:00:00+07:00");
        assertThat(everyFile(work.resolve("content/site-index.jsonl"))).as("an embargoed article is held in the index, nothing shown")
                .doesNotContain("Embargoed story", "Held back");

        Map<String, List<Object>> stampsBefore = stamps(site.toRealPath());
        PublishResult stillHeld = renderer.update(store, ChangedArticles.of(Set.of()), SUMMARY,
                Instant.parse("2025-06-01T02:59:59Z"), site);
        assertThat(stillHeld.written()).as("not due yet: nothing to do").isZero();
        assertThat(stamps(site.toRealPath())).isEqualTo(stampsBefore);

        // no record changed: the clock alone releases it
        PublishResult released = renderer.update(store, ChangedArticles.of(Set.of()), SUMMARY, after, site);

        assertSameAsFullBuild(after);
        assertThat(released.generation()).as("updated in place").isEqualTo(held.generation());
        assertThat(released.schedule().nextRelease()).isNull();
        Set<String> rewritten = changed(stampsBefore, stamps(site.toRealPath()));
        assertThat(rewritten).contains("en/articles/" + slug + ".html", "en/index.html", "en/category/business/index.html",
                "en/tag/dams/index.html", "en/rss.xml", "en/atom.xml", "sitemap-1.xml", "_report/index.html");
        // every story shares Business with it: their pages now show it as related
        assertThat(rewritten).contains("en/articles/" + store.find(id(1)).orElseThrow().slug() + ".html");
        assertThat(rewritten).as("pages that do not show it keep their bytes")
                .doesNotContain("en/tag/laos/index.html", "en/search.html");
        assertThat(SiteFiles.html(site, "en/index.html").select("ol.items li").first().text()).contains("Embargoed story");
        assertThat(new LinkChecker(CONFIG.baseUrl()).check(site).broken()).isEmpty();

        // a new process, with the index on disk, at a time before the embargo (a clock set back): held again
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.of(Set.of()), SUMMARY, before, site);
        assertSameAsFullBuild(before);
        // and a new process after it
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, after, site);
        assertSameAsFullBuild(after);
    }

    @Test
    void aDraftIsInNoPageFeedSitemapListOrIndexEntryUntilItIsNoLongerADraft() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        for (int n = 1; n <= 4; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Business"), List.of("laos"), "Two."));
        }
        store.save(draft(7, "Secret draft story", true));
        String slug = store.find(id(7)).orElseThrow().slug();
        update(renderer, ChangedArticles.any());

        assertSameAsFullBuild();
        assertThat(everyFile(site)).doesNotContain(slug, "Secret draft story", "draftonly", "hiddendesk", "Hiddendesk");
        assertThat(everyFile(work.resolve("content/site-index.jsonl"))).doesNotContain("Secret draft story", "draftonly");
        assertThat(SiteFiles.html(site, "en/index.html").select("ol.items li").first().text()).as("the newest shown")
                .contains("Story 4");

        store.save(draft(7, "Secret draft story", false));
        update(renderer, Set.of(id(7)));
        assertSameAsFullBuild();
        assertThat(site.resolve("en/articles/" + slug + ".html")).exists();
        assertThat(SiteFiles.sitemap(site)).contains(slug);
        assertThat(site.resolve("en/tag/draftonly/index.html")).exists();

        store.save(draft(7, "Secret draft story", true));
        update(renderer, Set.of(id(7)));
        assertSameAsFullBuild();
        assertThat(everyFile(site)).doesNotContain(slug, "Secret draft story", "draftonly", "hiddendesk", "Hiddendesk");
        assertThat(site.resolve("en/tag/draftonly")).doesNotExist();
        assertThat(new LinkChecker(CONFIG.baseUrl()).check(site).broken()).isEmpty();
    }

    // ---- helpers ----

    /** The newest story of all, under a category and a tag of its own, marked draft or not. */
    private static Article draft(int n, String title, boolean draft) {
        Article story = story(n, title, "2025-05-01T10:00:00+07:00", List.of("Hiddendesk"), List.of("draftonly"), "Draft text.");
        Metadata m = story.meta();
        return new Article(null, null, 0, story.source(), story.language(),
                new Metadata(m.title(), m.published(), m.publisher(), m.authors(), m.editor(), m.category(), m.canonicalUrl(),
                        m.image(), m.tags(), draft, null),
                story.blocks(), story.removed(), story.versions());
    }

    /** Every file under a folder as one text, in any order (to look for what must not be there). */
    private static String everyFile(Path dir) throws IOException {
        return String.join("\n", contents(dir).values().stream()
                .map(text -> new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)).toList());
    }

    /** An English original filed under categories and tags; its id comes from its input's name. */
    @Test
    void anArticlesImagesArePublishedWithItAndDeletedWhenNoArticleShowsThem() throws IOException {
        StaticSiteRenderer renderer = new StaticSiteRenderer(CONFIG);
        store.save(story(1, "Story 1", "2025-04-11T10:00:00+07:00", List.of("Politics"), List.of(), "One."));
        update(renderer, ChangedArticles.any());
        MediaStore media = new MediaStore(work.resolve("content"));
        MediaRef photo = media.put(TestImages.image("jpg", 1000, 500), ImageFormat.JPEG, new ImageFormat.Size(1000, 500));
        MediaRef chart = media.put(TestImages.image("gif", 300, 200), ImageFormat.GIF, new ImageFormat.Size(300, 200));
        String p = "media/" + photo.sha256().substring(0, 16);
        String c = "media/" + chart.sha256().substring(0, 16);

        store.save(pictured(2, photo, chart));
        update(renderer, Set.of(id(2)));
        assertThat(site.resolve(p + ".jpg")).exists();
        assertThat(site.resolve(p + "-480.jpg")).exists();
        assertThat(site.resolve(p + "-960.jpg")).exists();
        assertThat(site.resolve(p + "-1600.jpg")).doesNotExist(); // never enlarged
        assertThat(site.resolve(c + ".gif")).exists();
        assertThat(site.resolve(c + "-480.gif")).doesNotExist();
        assertSameAsFullBuildWithMedia();

        store.save(pictured(3, photo, null)); // another article with the same lead image
        update(renderer, Set.of(id(3)));
        assertSameAsFullBuildWithMedia();

        store.retire(store.find(id(2)).orElseThrow());
        update(renderer, Set.of(id(2)));
        assertThat(site.resolve(p + ".jpg")).exists(); // still shown by story 3
        assertThat(site.resolve(c + ".gif")).doesNotExist();
        assertSameAsFullBuildWithMedia();

        store.retire(store.find(id(3)).orElseThrow());
        update(renderer, Set.of(id(3)));
        assertThat(site.resolve("media")).doesNotExist();
        assertSameAsFullBuildWithMedia();
    }

    /** A story with a copied lead image and, when given, a copied figure. */
    private static Article pictured(int n, MediaRef lead, MediaRef figure) {
        Article story = story(n, "Story " + n + " in pictures", "2025-05-0" + n + "T10:00:00+07:00", List.of("Politics"),
                List.of(), "Pictured " + n + ".");
        List<Block> blocks = new java.util.ArrayList<>(story.blocks());
        if (figure != null) {
            blocks.add(new Block(Block.FIGURE, "A chart", null, figure.toString(), null));
        }
        return new Article(null, null, 0, story.source(), story.language(), story.meta().withImage(lead.toString()),
                blocks, List.of(), Map.of("en", new Version(Version.SOURCE, null, "en", story.title(), blocks)));
    }

    /** The site is what a fresh full build of the store, with the content folder's images, makes. */
    /** Six stories under Business, tagged t0 and t1 in turn, stored and published by an update. */
    private void sixBusinessStoriesPublished() throws IOException {
        for (int n = 1; n <= 6; n++) {
            store.save(story(n, "Story " + n, "2025-04-1" + n + "T10:00:00+07:00", List.of("Business"), List.of("t" + n % 2), "Two."));
        }
        new StaticSiteRenderer(CONFIG).update(store, ChangedArticles.any(), SUMMARY, site);
    }

    private void assertSameAsFullBuildWithMedia() throws IOException {
        Path full = work.resolve("full-" + ++fullBuilds);
        new StaticSiteRenderer(CONFIG).render(new SiteBuild(store.all(), SUMMARY, Instant.now(), store.retired(),
                MediaStore.folderOf(work.resolve("content"))), full);
        assertSameFiles(site, full);
    }

    private static Article story(int n, String title, String published, List<String> categories, List<String> tags,
                                 String second) {
        List<Block> blocks = List.of(Block.paragraph("Vientiane — " + title + " opens the story."),
                Block.paragraph(second));
        String sha = Integer.toHexString((title + published + categories + tags + second).hashCode());
        return new Article(null, null, 0, new Source("story-" + n + ".md", sha, "md", "UTF-8", 100),
                new Language("en", 0.99),
                new Metadata(title, published, "Mekong Wire", List.of("Jane Doe"), null, categories, null, null, tags),
                blocks, List.of(), Map.of("en", new Version(Version.SOURCE, null, "en", title, blocks)));
    }

    private static String minutesIntoApril(int minutes) {
        return OffsetDateTime.parse("2025-04-01T00:00:00+07:00").plusMinutes(minutes).toString();
    }

    private String slug(int n) {
        return store.find(id(n)).orElseThrow().slug();
    }

    private static String id(int n) {
        return ArticleStore.idOf(new Article(null, null, 0, new Source("story-" + n + ".md", "", "md", "", 0),
                null, null, null, null, null));
    }

    private PublishResult update(StaticSiteRenderer renderer, Set<String> ids) throws IOException {
        return update(renderer, ChangedArticles.of(ids));
    }

    private PublishResult update(StaticSiteRenderer renderer, ChangedArticles changes) throws IOException {
        return renderer.update(store, changes, SUMMARY, site);
    }

    private void assertSameAsFullBuild() throws IOException {
        Path full = work.resolve("full-" + ++fullBuilds);
        new StaticSiteRenderer(CONFIG).render(new SiteBuild(store.all(), SUMMARY, Instant.now(), store.retired()), full);
        assertSameFiles(site, full);
    }

    /** The site is what a fresh full build of the store under another configuration makes. */
    private void assertSameAsFullBuild(SiteConfig config) throws IOException {
        Path full = work.resolve("full-" + ++fullBuilds);
        new StaticSiteRenderer(config).render(new SiteBuild(store.all(), SUMMARY), full);
        assertSameFiles(site, full);
    }

    /** The site is what a fresh full build of the store at {@code now} makes. */
    private void assertSameAsFullBuild(Instant now) throws IOException {
        Path full = work.resolve("full-" + ++fullBuilds);
        new StaticSiteRenderer(CONFIG).render(new SiteBuild(store.all(), SUMMARY, now, store.retired()), full);
        assertSameFiles(site, full);
    }

    private static void assertSameFiles(Path site, Path full) throws IOException {
        Map<String, String> incremental = contents(site);
        Map<String, String> expected = contents(full);
        assertThat(incremental.keySet()).isEqualTo(expected.keySet());
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertThat(new String(incremental.get(file.getKey()).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                    .as(file.getKey()).isEqualTo(new String(file.getValue().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
        assertThat(folders(site)).isEqualTo(folders(full));
    }

    /** Every file of a site with its bytes (as ISO-8859-1 text, so that equal strings mean equal bytes). */
    private static Map<String, String> contents(Path site) throws IOException {
        Path root = site.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toMap(p -> root.relativize(p).toString(),
                    p -> read(p), (a, b) -> a, TreeMap::new));
        }
    }

    private static Set<String> folders(Path site) throws IOException {
        Path root = site.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).collect(Collectors.toSet());
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a folder with what identifies its bytes on disk: inode and modification time. */
    private static Map<String, List<Object>> stamps(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }

    private static Set<String> changed(Map<String, List<Object>> before, Map<String, List<Object>> after) {
        Set<String> changed = new java.util.TreeSet<>();
        after.forEach((path, stamp) -> {
            if (!stamp.equals(before.get(path))) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(changed::add);
        return changed;
    }

    /** What a kill -9 looks like from the site: the process stops, nothing is cleaned up. */
    private static final class Killed extends Error {
        Killed() {
            super("killed");
        }
    }

    /** Replaces some files in place, then dies while writing the next one, leaving its temporary file. */
    private static final class KilledPublisher extends SitePublisher {
        private int writesLeft;
        Path temporary;

        KilledPublisher(int writes) {
            this.writesLeft = writes;
        }

        @Override
        InPlaceUpdate inPlace(Path siteDir) throws IOException {
            return new InPlaceUpdate(siteDir.toAbsolutePath().normalize()) {
                @Override
                boolean put(String name, byte[] bytes) throws IOException {
                    if (writesLeft-- == 0) {
                        Path target = siteDir.toRealPath().resolve(name);
                        temporary = target.resolveSibling("." + target.getFileName() + ".mekong-tmp");
                        Files.write(temporary, new byte[]{1, 2, 3});
                        throw new Killed();
                    }
                    return super.put(name, bytes);
                }

                @Override
                void abort() {
                    // killed: no clean-up runs
                }
            };
        }
    }
}
