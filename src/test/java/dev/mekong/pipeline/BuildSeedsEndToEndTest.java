package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.LinkChecker;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's main job, for real: the routes build a site from a copy of seeds/. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildSeedsEndToEndTest {

    @TempDir
    static Path work;

    private PipelineFixture fixture;
    private PipelineFixture.Result result;
    private List<Article> articles;
    private final Map<Path, Document> pages = new java.util.LinkedHashMap<>();

    /** Lines of the two Chinese seeds that are site chrome or disclaimers, never article text. */
    private static final List<String> CHROME = List.of(
            "首页 » 财经 » 经济观察",
            "相关阅读",
            "围绕公共数据资源,刚刚,两部门连发三份文件",
            "广铁管内各大车站迎节前客流小高峰",
            "如何“抢滩”低空经济蓝海?重庆政协委员建言献策",
            "本报记者 杜雨萌",
            "时间:01-20",
            "时间:01-19",
            "免责声明",
            "本网站转载图片、文字之类版权申明",
            "新闻眼|来源:广西广播电视台综合广播",
            "【解放思想 创新求变 向海图强 开放发展 奋力谱写中国式现代化广西篇章】",
            "网友评论",
            "新闻评论服务协议",
            "网站简介 | About BBRTV",
            "广告服务 | 联系我们 | 专题回顾",
            "广西广播电视台 版权所有",
            "广西壮族自治区互联网信息办公室 支持指导",
            "广西广播电视台 主办",
            "本网站由北部湾在线版权所有,未经授权禁止复制或建立镜像");

    @BeforeAll
    void buildSeeds() throws IOException {
        fixture = new PipelineFixture(work).withSeeds();
        result = fixture.run("build");
        articles = new ArticleStore(fixture.content).all();
        for (Path page : fixture.siteFiles(".html")) {
            pages.put(page, Jsoup.parse(page.toFile(), "UTF-8"));
        }
    }

    @Test
    void buildSucceedsAndPublishesEverySeed() throws IOException {
        assertThat(result.code()).as(result.out() + result.err()).isZero();
        long seeds;
        try (var files = Files.list(fixture.inbox)) {
            seeds = files.count();
        }
        assertThat(articles).hasSize((int) seeds);
        assertThat(fixture.quarantine).doesNotExist();
    }

    @Test
    void inboxIsLeftUntouched() throws IOException {
        try (var files = Files.list(PipelineFixture.projectDir().resolve("seeds"))) {
            for (Path seed : files.toList()) {
                assertThat(fixture.inbox.resolve(seed.getFileName())).hasSameBinaryContentAs(seed);
            }
        }
    }

    @Test
    void chinaNewsSeedHasItsMetadataAndBody() {
        Article a = bySource("000_2881879f7339e84c.txt");
        assertThat(a.meta().title()).isEqualTo("(经济观察)中国—东盟携手打造数字产业新生态");
        assertThat(a.meta().published()).isEqualTo("2025-01-19T23:21:00+08:00");
        assertThat(a.meta().publisher()).isEqualTo("中国新闻网");
        assertThat(a.meta().authors()).containsExactly("刘育英");
        assertThat(a.meta().category()).containsExactly("财经", "经济观察");
        assertThat(a.language().tag()).isEqualTo("zh-Hans");
        assertThat(first(a)).startsWith("中新社北京1月19日电").contains("(记者 刘育英)");
        assertThat(last(a)).startsWith("记者了解到").endsWith("(完)");
    }

    @Test
    void guangxiSeedHasItsMetadataAndBody() {
        Article a = bySource("004_3b86ed7627a881e3.txt");
        assertThat(a.meta().title()).isEqualTo("广西“数字丝路”建设为促进同东盟合作不断注入新动力");
        assertThat(a.meta().published()).isEqualTo("2023-12-18T09:06:02+08:00");
        assertThat(a.meta().publisher()).isEqualTo("广西广播电视台综合广播");
        assertThat(a.meta().editor()).isEqualTo("王琳");
        assertThat(a.language().tag()).isEqualTo("zh-Hans");
        assertThat(first(a)).startsWith("习近平总书记12月14日至15日");
        assertThat(last(a)).isEqualTo("(记者黄婉、甘智锐 通讯员钟夏波)");
    }

    @Test
    void everySeedHasAPageInEveryLanguage() {
        for (Article a : articles) {
            String lastParagraph = last(a);
            Set<String> pageLanguages = new TreeSet<>();
            pages.forEach((path, doc) -> {
                if (doc.body().text().contains(lastParagraph)) {
                    pageLanguages.add(doc.selectFirst("html").attr("lang"));
                }
            });
            assertThat(pageLanguages).as(a.source().fileName())
                    .anySatisfy(l -> assertThat(l).startsWith("zh"))
                    .contains("en", "vi", "th");
        }
        for (String language : List.of("zh", "en", "vi", "th")) {
            assertThat(fixture.site.resolve(language).resolve("index.html")).exists();
        }
        assertThat(fixture.site.resolve("index.html")).exists();
    }

    @Test
    void eachLanguagesHomeListsOnlyTheSeedsInThatLanguage() {
        // offline (translator none): two Chinese seeds and one each in vi, th and en, every other version untranslated
        Map<String, Integer> expected = Map.of("zh", 2, "en", 1, "vi", 1, "th", 1);
        expected.forEach((language, count) -> {
            Document home = pages.get(fixture.site.resolve(language).resolve("index.html"));
            assertThat(home.select("ol.items li")).as(language).hasSize(count);
            assertThat(home.select("ol.items .badge")).as(language).isEmpty();
        });
    }

    @Test
    void noChromeOrDisclaimerLineReachesAnyPublicPage() {
        assertThat(pages).isNotEmpty();
        List<String> leaks = new ArrayList<>();
        pages.forEach((path, doc) -> {
            if (fixture.site.relativize(path).startsWith("_report")) {
                return; // the editor's report lists removed chrome on purpose
            }
            String text = doc.text().replaceAll("\\s+", " ");
            for (String chrome : CHROME) {
                if (text.contains(chrome)) {
                    leaks.add(fixture.site.relativize(path) + ": " + chrome);
                }
            }
        });
        assertThat(leaks).isEmpty();
    }

    @Test
    void noInternalLinkOfTheSeedsSiteIsBroken() throws IOException {
        LinkChecker.Result links = new LinkChecker("http://127.0.0.1:8080/").check(fixture.site);

        System.out.printf("seeds site link check: %d links in %d files, %d broken%n",
                links.links(), links.files(), links.broken().size());
        assertThat(links.broken()).isEmpty();
        assertThat(links.links()).isGreaterThan(300);
    }

    @Test
    void buildReportShowsWhatWasRemovedAndWhy() throws IOException {
        String report = Files.readString(fixture.site.resolve("_report/index.html"));
        assertThat(report).contains("免责声明").contains("相关阅读");
    }

    @Test
    void untranslatedVersionsAreMarkedAndKeepTheOriginalLanguage() {
        Article a = bySource("000_2881879f7339e84c.txt");
        assertThat(a.versions().get("zh").status()).isEqualTo("source");
        for (String language : List.of("en", "vi", "th")) {
            assertThat(a.versions().get(language).status()).isEqualTo("untranslated");
            assertThat(a.versions().get(language).lang()).isEqualTo("zh-Hans");
        }
    }

    private Article bySource(String fileName) {
        return articles.stream().filter(a -> a.source().fileName().equals(fileName)).findFirst().orElseThrow();
    }

    private static String first(Article a) {
        return a.blocks().get(0).text();
    }

    private static String last(Article a) {
        List<Block> blocks = a.blocks();
        return blocks.get(blocks.size() - 1).text();
    }
}
