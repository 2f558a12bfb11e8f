package dev.mekong.site;

import java.net.URI;
import java.util.List;

/**
 * The site's URL scheme, the one place that knows where each page lives. Paths are relative to the site
 * root with forward slashes; {@link #url} makes them absolute with the configured base URL.
 *
 * <p>{@code index.html}, {@code 404.html}, {@code sitemap.xml} (an index of {@code sitemap-home.xml},
 * {@code sitemap-terms.xml} and {@code sitemap-<n>.xml}), {@code robots.txt}, {@code assets/site.css},
 * {@code <lang>/index.html}, {@code <lang>/page/<n>.html}, {@code <lang>/articles/<slug>.html},
 * {@code <lang>/category/index.html} (the list of categories),
 * {@code <lang>/category/<segment>/…/index.html}, {@code …/page/<n>.html}, {@code …/rss.xml} and {@code …/atom.xml},
 * {@code <lang>/tag/index.html}, {@code <lang>/tag/<segment>/index.html}, {@code …/page/<n>.html},
 * {@code …/rss.xml} and {@code …/atom.xml}, {@code <lang>/author/<segment>/index.html}
 * and {@code …/page/<n>.html}, {@code <lang>/archive/index.html},
 * {@code <lang>/archive/<yyyy-mm>.html}, {@code <lang>/404.html}, {@code <lang>/rss.xml},
 * {@code <lang>/atom.xml}, {@code <lang>/search.html}, {@code <lang>/search.json}, {@code assets/search.js},
 * {@code <report>/index.html}, {@code <report>/summary.json},
 * {@code <report>/chart.svg}, {@code <report>/articles/<n>.html} and {@code .json}. The article URL holds only the stored slug, never the date, so an edit never
 * moves it. A list's numbered pages count from its oldest article ({@link StablePages}), so they keep what
 * they show as the list grows. (A category or tag segment never ends in {@code .html}, so its
 * {@code page/<n>.html} cannot meet a sub-category's {@code page/index.html}.)
 */
final class UrlScheme {

    private final String baseUrl;
    private final String basePath;
    private final String reportPath;

    UrlScheme(SiteConfig config) {
        this.baseUrl = config.baseUrl();
        String path = URI.create(config.baseUrl()).getPath();
        this.basePath = path == null || path.isEmpty() ? "/" : path;
        this.reportPath = config.reportPath();
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** The absolute path of the site root on its server: for pages served at any URL (404). */
    String basePath() {
        return basePath;
    }

    /** The relative way from a page back to the site root: {@code ../../} for {@code en/articles/x.html}. */
    static String rootOf(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    String languagePicker() {
        return "index.html";
    }

    String notFound() {
        return "404.html";
    }

    String sitemap() {
        return "sitemap.xml";
    }

    /** The part of the sitemap listing the first pages of categories, tags and authors and the lists of terms. */
    String sitemapTerms() {
        return "sitemap-terms.xml";
    }

    /** A part of the sitemap: 0 for the homes, else the articles of part n counted from the oldest. */
    String sitemapPart(int part) {
        return part == 0 ? "sitemap-home.xml" : "sitemap-" + part + ".xml";
    }

    String robots() {
        return "robots.txt";
    }

    String stylesheet() {
        return "assets/site.css";
    }

    String searchScript() {
        return "assets/search.js";
    }

    String search(String code) {
        return code + "/search.html";
    }

    /** The language's search index, which the search page's script loads. */
    String searchIndex(String code) {
        return code + "/search.json";
    }

    String report(String file) {
        return reportPath + "/" + file;
    }

    /** A page of the report's article list, numbered from the oldest: {@code html} or {@code json}. */
    String reportArticles(int page, String extension) {
        return reportPath + "/articles/" + page + "." + extension;
    }

    String home(String code) {
        return code + "/index.html";
    }

    /** A page of a language's home list: 0 for the home itself, else numbered from the oldest. */
    String home(String code, int page) {
        return paged(code + "/", page);
    }

    String article(String code, String slug) {
        return code + "/articles/" + slug + ".html";
    }

    /** A category page; {@code trail} holds the segments from the outermost category down. */
    String category(String code, List<String> trail) {
        return category(code, trail, 0);
    }

    String category(String code, List<String> trail, int page) {
        return paged(code + "/category/" + String.join("/", trail) + "/", page);
    }

    /** The list of a language's categories. */
    String categories(String code) {
        return code + "/category/index.html";
    }

    /** A category's feed: {@code rss.xml} or {@code atom.xml} in its folder. */
    String categoryFeed(String code, List<String> trail, String file) {
        return code + "/category/" + String.join("/", trail) + "/" + file;
    }

    /** A tag's feed: {@code rss.xml} or {@code atom.xml} in its folder. */
    String tagFeed(String code, String segment, String file) {
        return code + "/tag/" + segment + "/" + file;
    }

    String tags(String code) {
        return code + "/tag/index.html";
    }

    String tag(String code, String segment) {
        return tag(code, segment, 0);
    }

    String tag(String code, String segment, int page) {
        return paged(code + "/tag/" + segment + "/", page);
    }

    private static String paged(String folder, int page) {
        return page == 0 ? folder + "index.html" : folder + "page/" + page + ".html";
    }

    /** An author's page: {@code <lang>/author/<segment>/index.html}, and {@code page/<n>.html} numbered from the oldest. */
    String author(String code, String segment) {
        return author(code, segment, 0);
    }

    String author(String code, String segment, int page) {
        return paged(code + "/author/" + segment + "/", page);
    }

    String archive(String code) {
        return code + "/archive/index.html";
    }

    String archiveMonth(String code, String month) {
        return code + "/archive/" + month + ".html";
    }

    String notFound(String code) {
        return code + "/404.html";
    }

    String rss(String code) {
        return code + "/rss.xml";
    }

    String atom(String code) {
        return code + "/atom.xml";
    }
}
