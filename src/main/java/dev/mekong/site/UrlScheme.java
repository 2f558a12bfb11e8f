package dev.mekong.site;

import java.net.URI;
import java.util.List;

/**
 * The site's URL scheme, the one place that knows where each page lives. Paths are relative to the site
 * root with forward slashes; {@link #url} makes them absolute with the configured base URL.
 *
 * <p>{@code index.html}, {@code 404.html}, {@code sitemap.xml}, {@code robots.txt}, {@code assets/site.css},
 * {@code <lang>/index.html}, {@code <lang>/page/<n>.html}, {@code <lang>/articles/<slug>.html},
 * {@code <lang>/category/<segment>/…/index.html}, {@code <lang>/tag/index.html},
 * {@code <lang>/tag/<segment>/index.html}, {@code <lang>/archive/index.html},
 * {@code <lang>/archive/<yyyy-mm>.html}, {@code <lang>/404.html}, {@code <lang>/rss.xml},
 * {@code <lang>/atom.xml}, {@code <report>/index.html}, {@code <report>/summary.json},
 * {@code <report>/chart.svg}. The article URL holds only the stored slug, never the date, so an edit never
 * moves it.
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

    String robots() {
        return "robots.txt";
    }

    String stylesheet() {
        return "assets/site.css";
    }

    String report(String file) {
        return reportPath + "/" + file;
    }

    String home(String code, int page) {
        return page == 1 ? code + "/index.html" : code + "/page/" + page + ".html";
    }

    String article(String code, String slug) {
        return code + "/articles/" + slug + ".html";
    }

    /** A category page; {@code trail} holds the segments from the outermost category down. */
    String category(String code, List<String> trail) {
        return code + "/category/" + String.join("/", trail) + "/index.html";
    }

    String tags(String code) {
        return code + "/tag/index.html";
    }

    String tag(String code, String segment) {
        return code + "/tag/" + segment + "/index.html";
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
