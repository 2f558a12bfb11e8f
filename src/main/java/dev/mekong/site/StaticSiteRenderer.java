package dev.mekong.site;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mekong.ingest.FieldCleaner;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Version;
import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.BlockView;
import dev.mekong.site.Views.LinkView;
import dev.mekong.site.Views.MonthView;
import dev.mekong.site.Views.SwitchView;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Renders the static site with FreeMarker: per language a paginated home, article pages, category
 * pages, a monthly archive, a 404 page and RSS and Atom feeds; at the root a language-picking index, a
 * sitemap with hreflang alternates, robots.txt and the editor's build report. All links between pages
 * are relative, so the site works from {@code file://} as well as from any web server folder.
 *
 * <p>URL layout: {@code index.html}, {@code <lang>/index.html}, {@code <lang>/page/<n>.html},
 * {@code <lang>/articles/<slug>.html}, {@code <lang>/category/<slug>/…/index.html},
 * {@code <lang>/archive/index.html}, {@code <lang>/archive/<yyyy-mm>.html}, {@code <lang>/404.html},
 * {@code <lang>/rss.xml}, {@code <lang>/atom.xml}, {@code sitemap.xml}, {@code robots.txt},
 * {@code 404.html}, {@code assets/site.css}, {@code <report>/index.html}, {@code <report>/summary.json},
 * {@code <report>/chart.svg}. The article URL holds only the stored slug, never the date, so an edit
 * never moves it.
 */
public final class StaticSiteRenderer implements SiteRenderer {

    static final int EXCERPT_CHARS = 160;
    static final int FEED_ITEMS = 20;
    /**
     * Category levels that get pages. With every segment bounded ({@link Slugs#categorySegment}) this bounds
     * a category page's path, so no stored record, however deep its breadcrumb, makes a path the file
     * system refuses (and with it every later render). New inputs deeper than mekong.max-category-depth
     * are quarantined before they are stored.
     */
    static final int MAX_CATEGORY_LEVELS = 10;
    private static final Pattern SAFE_IMAGE = Pattern.compile("(?i)https?://[^\\s\"'<>]+");

    private final SiteConfig config;
    private final TemplateEngine templates;
    private final Map<String, SiteLanguage> languages = new LinkedHashMap<>();
    private final SitePublisher publisher = new SitePublisher();
    // Record properties alphabetically so the report's JSON is byte-stable across JVMs.
    private final ObjectMapper json = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
    private final String basePath;

    public StaticSiteRenderer(SiteConfig config) {
        this.config = config;
        Path folder = config.templates().equals(SiteConfig.CLASSPATH_TEMPLATES) ? null
                : Path.of(config.templates().replaceFirst("^file:", ""));
        this.templates = new TemplateEngine(folder);
        for (String code : config.languages()) {
            languages.put(code, SiteLanguage.of(code, folder));
        }
        String path = URI.create(config.baseUrl()).getPath();
        this.basePath = path == null || path.isEmpty() ? "/" : path;
    }

    @Override
    public PublishResult render(SiteBuild build, Path siteDir) throws IOException {
        return publisher.publish(renderFiles(build), siteDir);
    }

    /** The whole site in memory: site-relative path to bytes. Deterministic for the same input. */
    Map<String, byte[]> renderFiles(SiteBuild build) {
        List<String> warnings = new ArrayList<>(build.summary().warnings());
        List<Article> articles = prepare(build.articles(), warnings);
        Map<String, byte[]> files = new TreeMap<>();

        Map<String, Map<String, ArticleView>> views = new LinkedHashMap<>(); // article id -> code -> view
        for (Article article : articles) {
            Map<String, ArticleView> perLanguage = new LinkedHashMap<>();
            for (SiteLanguage language : languages.values()) {
                perLanguage.put(language.code(), view(article, language));
            }
            views.put(article.id(), perLanguage);
        }

        for (SiteLanguage language : languages.values()) {
            List<ArticleView> list = articles.stream().map(a -> views.get(a.id()).get(language.code())).toList();
            renderHome(language, list, files);
            renderCategories(language, articles, views, files);
            renderArchive(language, list, files);
            for (Article article : articles) {
                renderArticle(language, article, views.get(article.id()), files);
            }
            put(files, language.code() + "/404.html", page("404.ftlh", language, language.code() + "/404.html",
                    basePath, Map.of("title", language.text("notFound.title")), switchToHomes(language)));
            renderFeeds(language, list, files);
        }
        SiteLanguage fallback = languages.get(config.defaultLanguage());
        put(files, "404.html", page("404.ftlh", fallback, "404.html", basePath,
                Map.of("title", fallback.text("notFound.title")), switchToHomes(fallback)));
        put(files, "index.html", templates.render("root.ftlh", rootModel()));
        put(files, "assets/site.css", templates.render("assets/site.css", Map.of()));
        put(files, "robots.txt", templates.render("robots.ftl", Map.of("sitemap", config.baseUrl() + "sitemap.xml")));
        put(files, "sitemap.xml", templates.render("sitemap.ftlx", sitemapModel(articles, views)));
        new BuildReport(config, templates, json).render(fallback, articles, views, build.summary(), warnings, files);
        return files;
    }

    /** Drops articles that cannot be published safely and orders the rest newest first. */
    private List<Article> prepare(List<Article> input, List<String> warnings) {
        List<Article> kept = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Article article : input) {
            String title = article.title() == null ? "" : article.title();
            if (article.id() == null || !ids.add(article.id())) {
                warnings.add("Article without a unique id skipped: " + title);
                continue;
            }
            // records stored by a version that did not clean fields yet: one NUL would make every feed invalid
            Article safe = FieldCleaner.clean(article);
            if (!Slugs.isSafe(article.slug())) {
                String slug = Slugs.slug(title, article.id());
                warnings.add("Article " + article.id() + " had an unsafe slug; published as " + slug);
                safe = safe.withIdentity(article.id(), slug, article.revision());
            }
            if (!slugs.add(safe.slug())) {
                warnings.add("Article " + article.id() + " skipped: slug " + safe.slug() + " already taken");
                continue;
            }
            List<String> categories = meta(safe).category();
            if (categories.size() > MAX_CATEGORY_LEVELS) {
                warnings.add(String.format(java.util.Locale.ROOT, "Article %s has %,d category levels; pages are made for the first %d",
                        article.id(), categories.size(), MAX_CATEGORY_LEVELS));
                safe = withCategories(safe, categories.subList(0, MAX_CATEGORY_LEVELS));
            }
            if (LocalDates.parse(meta(safe).published()) == null) {
                warnings.add("Article " + article.id() + " has no valid publish date; listed last");
            }
            kept.add(safe);
        }
        kept.sort(Comparator.comparing((Article a) -> publishedInstant(a), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Article::id));
        return kept;
    }

    private static Article withCategories(Article article, List<String> categories) {
        Metadata m = article.meta();
        return new Article(article.id(), article.slug(), article.revision(), article.source(), article.language(),
                new Metadata(m.title(), m.published(), m.publisher(), m.authors(), m.editor(), categories,
                        m.canonicalUrl(), m.image()),
                article.blocks(), article.removed(), article.versions());
    }

    private static java.time.Instant publishedInstant(Article article) {
        OffsetDateTime time = LocalDates.parse(meta(article).published());
        return time == null ? null : time.toInstant();
    }

    private static Metadata meta(Article article) {
        return article.meta() == null ? new Metadata(null, null, null, null, null, null, null, null) : article.meta();
    }

    static String sourceTag(Article article) {
        Language language = article.language();
        return language == null || language.tag() == null ? Language.UNDETERMINED : language.tag();
    }

    /** The version shown in a site language: the stored one, or the original text marked untranslated. */
    static Version version(Article article, String code) {
        Version stored = article.versions().get(code);
        if (stored != null) {
            return stored;
        }
        String tag = sourceTag(article);
        String status = SiteLanguage.sameLanguage(tag, code) ? Version.SOURCE : Version.UNTRANSLATED;
        return new Version(status, null, tag, article.title(), article.blocks());
    }

    /** The site language holding the original, or null when the original is in none of them. */
    private String sourceCode(Article article) {
        for (String code : languages.keySet()) {
            if (Version.SOURCE.equals(version(article, code).status())) {
                return code;
            }
        }
        return null;
    }

    static String articlePath(String code, Article article) {
        return code + "/articles/" + article.slug() + ".html";
    }

    private ArticleView view(Article article, SiteLanguage language) {
        Version version = version(article, language.code());
        Metadata meta = meta(article);
        String textLang = version.lang() == null ? sourceTag(article) : version.lang();
        String title = version.title() == null || version.title().isBlank()
                ? (article.title() == null ? article.id() : article.title()) : version.title();
        List<BlockView> blocks = version.blocks().stream().map(b -> blockView(b, textLang)).toList();
        String text = String.join("\n", version.blocks().stream().map(Block::plainText).toList());
        String first = version.blocks().stream().filter(b -> Block.PARAGRAPH.equals(b.type()))
                .map(Block::plainText).filter(s -> !s.isBlank()).findFirst().orElse(text);
        OffsetDateTime published = LocalDates.parse(meta.published());
        String sourceTag = sourceTag(article);
        List<LinkView> categories = new ArrayList<>();
        List<String> trail = new ArrayList<>();
        for (String name : meta.category()) {
            trail.add(Slugs.categorySegment(name));
            categories.add(new LinkView(name, language.code() + "/category/" + String.join("/", trail) + "/index.html",
                    langAttr(sourceTag, language.code())));
        }
        String path = articlePath(language.code(), article);
        return new ArticleView(article.id(), language.code(), path, config.baseUrl() + path, version.status(),
                textLang, langAttr(textLang, language.code()), title,
                TextMeasure.excerpt(first, textLang, EXCERPT_CHARS),
                published == null ? null : LocalDates.iso(published),
                published == null ? null : LocalDates.date(published, language.locale()),
                published == null ? null : LocalDates.time(published, language.locale()),
                published == null ? null : LocalDates.offset(published),
                TextMeasure.readingMinutes(text, textLang), blocks, meta.authors(), meta.publisher(), meta.editor(),
                categories, meta.image() != null && SAFE_IMAGE.matcher(meta.image()).matches() ? meta.image() : null,
                version.engine());
    }

    private static BlockView blockView(Block block, String containerLang) {
        String lang = block.lang() == null || SiteLanguage.sameLanguage(block.lang(), containerLang) ? null : block.lang();
        List<List<String>> rows = Block.TABLE.equals(block.type()) && block.items() != null
                ? block.items().stream().map(r -> Arrays.asList(r.split("\t", -1))).toList() : null;
        String src = block.src() != null && SAFE_IMAGE.matcher(block.src()).matches() ? block.src() : null;
        String type = Block.FIGURE.equals(block.type()) && src == null ? Block.PARAGRAPH : block.type();
        return new BlockView(type, block.text(), rows == null ? block.items() : null, rows, src, lang);
    }

    private static String langAttr(String tag, String pageCode) {
        return tag == null || Language.UNDETERMINED.equals(tag) || SiteLanguage.sameLanguage(tag, pageCode) ? null : tag;
    }

    // ---- pages ----

    private void renderHome(SiteLanguage language, List<ArticleView> list, Map<String, byte[]> files) {
        int pages = Math.max(1, (list.size() + config.pageSize() - 1) / config.pageSize());
        for (int n = 1; n <= pages; n++) {
            String path = homePath(language.code(), n);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("title", language.text("home.heading"));
            extra.put("items", list.subList((n - 1) * config.pageSize(), Math.min(list.size(), n * config.pageSize())));
            extra.put("pageNumber", n);
            extra.put("pageCount", pages);
            extra.put("newer", n > 1 ? homePath(language.code(), n - 1) : null);
            extra.put("older", n < pages ? homePath(language.code(), n + 1) : null);
            extra.put("isHome", n == 1);
            if (n == 1) {
                extra.put("alternates", languages.keySet().stream()
                        .map(c -> new AlternateView(c, config.baseUrl() + homePath(c, 1))).toList());
            }
            List<SwitchView> switcher = languages.values().stream().map(l -> new SwitchView(l.code(), l.name(),
                    homePath(l.code(), 1), l.code().equals(language.code()), true)).toList();
            put(files, path, page("list.ftlh", language, path, null, extra, switcher));
        }
    }

    static String homePath(String code, int page) {
        return page == 1 ? code + "/index.html" : code + "/page/" + page + ".html";
    }

    private void renderCategories(SiteLanguage language, List<Article> articles,
                                  Map<String, Map<String, ArticleView>> views, Map<String, byte[]> files) {
        Map<String, List<ArticleView>> byPath = new TreeMap<>();
        Map<String, LinkView> labels = new TreeMap<>();
        for (Article article : articles) {
            ArticleView view = views.get(article.id()).get(language.code());
            for (LinkView category : view.categories()) {
                byPath.computeIfAbsent(category.path(), k -> new ArrayList<>()).add(view);
                labels.putIfAbsent(category.path(), category);
            }
        }
        for (Map.Entry<String, List<ArticleView>> entry : byPath.entrySet()) {
            LinkView label = labels.get(entry.getKey());
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("title", label.label());
            extra.put("titleLang", label.lang());
            extra.put("heading", language.text("category.heading"));
            extra.put("items", entry.getValue());
            List<SwitchView> switcher = languages.values().stream().map(l -> new SwitchView(l.code(), l.name(),
                    l.code() + entry.getKey().substring(language.code().length()), l.code().equals(language.code()), true))
                    .toList();
            put(files, entry.getKey(), page("list.ftlh", language, entry.getKey(), null, extra, switcher));
        }
    }

    private void renderArchive(SiteLanguage language, List<ArticleView> list, Map<String, byte[]> files) {
        Map<String, List<ArticleView>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        Map<String, String> monthLabels = new TreeMap<>();
        for (ArticleView view : list) {
            OffsetDateTime time = LocalDates.parse(view.isoDate());
            if (time != null) {
                String key = String.format("%04d-%02d", time.getYear(), time.getMonthValue());
                byMonth.computeIfAbsent(key, k -> new ArrayList<>()).add(view);
                monthLabels.putIfAbsent(key, LocalDates.month(time, language.locale()));
            }
        }
        List<MonthView> months = byMonth.entrySet().stream().map(e -> new MonthView(e.getKey(),
                monthLabels.get(e.getKey()), language.code() + "/archive/" + e.getKey() + ".html", e.getValue().size()))
                .toList();
        String indexPath = language.code() + "/archive/index.html";
        put(files, indexPath, page("archive.ftlh", language, indexPath, null,
                Map.of("title", language.text("archive.heading"), "months", months),
                switchTo(language, c -> c + "/archive/index.html")));
        for (MonthView month : months) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("title", month.label());
            extra.put("heading", language.text("archive.heading"));
            extra.put("items", byMonth.get(month.key()));
            put(files, month.path(), page("list.ftlh", language, month.path(), null, extra,
                    switchTo(language, c -> c + "/archive/" + month.key() + ".html")));
        }
    }

    private void renderArticle(SiteLanguage language, Article article, Map<String, ArticleView> versions,
                               Map<String, byte[]> files) {
        ArticleView view = versions.get(language.code());
        String sourceCode = sourceCode(article);
        ArticleView original = sourceCode == null || sourceCode.equals(language.code()) ? null : versions.get(sourceCode);
        List<AlternateView> alternates = new ArrayList<>();
        if (view.indexable()) {
            versions.values().stream().filter(ArticleView::indexable)
                    .forEach(v -> alternates.add(new AlternateView(v.code(), v.url())));
            ArticleView xDefault = versions.get(config.defaultLanguage()).indexable()
                    ? versions.get(config.defaultLanguage()) : (sourceCode == null ? view : versions.get(sourceCode));
            alternates.add(new AlternateView("x-default", xDefault.url()));
        }
        List<SwitchView> switcher = versions.values().stream().map(v -> new SwitchView(v.code(),
                languages.get(v.code()).name(), v.path(), v.code().equals(language.code()), v.translated())).toList();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", view.title());
        extra.put("titleLang", view.langAttr());
        extra.put("article", view);
        extra.put("original", original);
        extra.put("originalName", original == null ? null : language.languageName(original.textLang()));
        extra.put("languageName", language.languageName(language.code()));
        extra.put("alternates", alternates);
        extra.put("noindex", !view.indexable());
        extra.put("description", view.excerpt());
        extra.put("ogLocale", ogLocale(language.code()));
        extra.put("ogAlternateLocales", versions.values().stream()
                .filter(v -> v.indexable() && !v.code().equals(language.code())).map(v -> ogLocale(v.code())).toList());
        extra.put("jsonLd", JsonLd.newsArticle(json, view, original, siteTitle(language)));
        put(files, view.path(), page("article.ftlh", language, view.path(), null, extra, switcher));
    }

    private static String ogLocale(String code) {
        com.ibm.icu.util.ULocale full = com.ibm.icu.util.ULocale.addLikelySubtags(com.ibm.icu.util.ULocale.forLanguageTag(code));
        return full.getLanguage() + (full.getCountry().isEmpty() ? "" : "_" + full.getCountry());
    }

    private void renderFeeds(SiteLanguage language, List<ArticleView> list, Map<String, byte[]> files) {
        List<ArticleView> items = list.stream().limit(FEED_ITEMS).toList();
        String newest = items.stream().map(ArticleView::isoDate).filter(d -> d != null).findFirst()
                .orElse("1970-01-01T00:00:00Z");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("siteTitle", siteTitle(language));
        model.put("description", language.text("site.description"));
        model.put("home", config.baseUrl() + homePath(language.code(), 1));
        model.put("rssUrl", config.baseUrl() + language.code() + "/rss.xml");
        model.put("atomUrl", config.baseUrl() + language.code() + "/atom.xml");
        model.put("updated", newest);
        model.put("updatedRfc822", rfc822(newest));
        model.put("items", items.stream().map(v -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("a", v);
            item.put("pubDate", v.isoDate() == null ? null : rfc822(v.isoDate()));
            item.put("updated", v.isoDate() == null ? newest : v.isoDate());
            return item;
        }).toList());
        put(files, language.code() + "/rss.xml", templates.render("rss.ftlx", model));
        put(files, language.code() + "/atom.xml", templates.render("atom.ftlx", model));
    }

    private static String rfc822(String iso) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(OffsetDateTime.parse(iso));
    }

    private Map<String, Object> sitemapModel(List<Article> articles, Map<String, Map<String, ArticleView>> views) {
        List<Map<String, Object>> urls = new ArrayList<>();
        List<AlternateView> homes = new ArrayList<>(languages.keySet().stream()
                .map(c -> new AlternateView(c, config.baseUrl() + homePath(c, 1))).toList());
        homes.add(new AlternateView("x-default", config.baseUrl() + homePath(config.defaultLanguage(), 1)));
        for (String code : languages.keySet()) {
            urls.add(Map.of("loc", config.baseUrl() + homePath(code, 1), "alternates", homes));
        }
        for (Article article : articles) {
            Map<String, ArticleView> versions = views.get(article.id());
            List<ArticleView> indexable = versions.values().stream().filter(ArticleView::indexable).toList();
            if (indexable.isEmpty()) {
                continue;
            }
            String sourceCode = sourceCode(article);
            ArticleView xDefault = versions.get(config.defaultLanguage()).indexable() ? versions.get(config.defaultLanguage())
                    : sourceCode != null ? versions.get(sourceCode) : indexable.get(0);
            List<AlternateView> alternates = new ArrayList<>(indexable.stream()
                    .map(v -> new AlternateView(v.code(), v.url())).toList());
            alternates.add(new AlternateView("x-default", xDefault.url()));
            for (ArticleView version : indexable) {
                Map<String, Object> url = new LinkedHashMap<>();
                url.put("loc", version.url());
                url.put("lastmod", version.isoDate());
                url.put("alternates", alternates);
                urls.add(url);
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("urls", urls);
        return model;
    }

    private Map<String, Object> rootModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        SiteLanguage fallback = languages.get(config.defaultLanguage());
        model.put("lang", fallback.code());
        model.put("siteTitle", siteTitle(fallback));
        model.put("defaultLanguage", fallback.code());
        model.put("languages", languages.values().stream().map(l -> Map.of(
                "code", l.code(), "name", l.name(), "path", homePath(l.code(), 1),
                "choose", l.text("root.choose"))).toList());
        model.put("codes", List.copyOf(languages.keySet()));
        return model;
    }

    // ---- shared page model ----

    private List<SwitchView> switchToHomes(SiteLanguage language) {
        return switchTo(language, c -> homePath(c, 1));
    }

    private List<SwitchView> switchTo(SiteLanguage language, java.util.function.Function<String, String> path) {
        return languages.values().stream().map(l -> new SwitchView(l.code(), l.name(), path.apply(l.code()),
                l.code().equals(language.code()), true)).toList();
    }

    private String siteTitle(SiteLanguage language) {
        return config.siteTitle() == null || config.siteTitle().isBlank() ? language.text("site.title") : config.siteTitle();
    }

    /**
     * The model every HTML page shares. {@code rootOverride} is an absolute base path for pages a server
     * may return at any URL (404), where relative links would break.
     */
    private String page(String template, SiteLanguage language, String path, String rootOverride,
                        Map<String, Object> extra, List<SwitchView> switcher) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("dir", language.rtl() ? "rtl" : "ltr");
        model.put("t", language.strings());
        model.put("msg", message(language));
        model.put("siteTitle", siteTitle(language));
        model.put("root", rootOverride != null ? rootOverride : "../".repeat((int) path.chars().filter(c -> c == '/').count()));
        model.put("path", path);
        model.put("canonical", config.baseUrl() + path);
        model.put("switcher", switcher);
        model.put("homePath", homePath(language.code(), 1));
        model.put("archivePath", language.code() + "/archive/index.html");
        model.put("rssPath", language.code() + "/rss.xml");
        model.put("atomPath", language.code() + "/atom.xml");
        model.put("alternates", List.of());
        model.put("noindex", false);
        model.put("description", language.text("site.description"));
        model.putAll(extra);
        return templates.render(template, model);
    }

    /** {@code msg("key", args…)} in templates: an ICU MessageFormat pattern from the bundle. */
    static TemplateMethodModelEx message(SiteLanguage language) {
        return arguments -> {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("msg needs a key");
            }
            Object[] values = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
            }
            return language.format(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))),
                    values);
        };
    }

    private static void put(Map<String, byte[]> files, String path, String content) {
        files.put(path, content.getBytes(StandardCharsets.UTF_8));
    }
}
