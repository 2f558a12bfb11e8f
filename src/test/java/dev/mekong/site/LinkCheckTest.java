package dev.mekong.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every internal link of the whole generated site leads to a generated file (and fragment). */
class LinkCheckTest {

    static final String BASE = "https://news.example.org/mekong/";

    @TempDir
    Path dir;

    @Test
    void noBrokenInternalLinkAnywhere() throws IOException {
        Path site = dir.resolve("site");
        SiteConfig config = SiteConfig.from(java.util.Map.of(SiteConfig.KEY_BASE_URL, BASE, SiteConfig.KEY_PAGE_SIZE, "2"));
        new StaticSiteRenderer(config).render(SiteFixtures.all(), site);
        Path root = site.toRealPath();

        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : SiteFiles.all(site, ".html")) {
            Document doc = SiteFiles.html(site, page);
            for (Element element : doc.select("[href], [src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String problem = check(root, page, doc, target);
                checked++;
                if (problem != null) {
                    broken.add(page + " -> " + target + ": " + problem);
                }
            }
        }
        List<String> xml = new ArrayList<>(SiteFiles.all(site, ".xml"));
        for (String file : xml) {
            Matcher urls = Pattern.compile("(?:href=\"|<loc>|<link>|<id>|<guid[^>]*>)(" + Pattern.quote(BASE) + "[^\"<]*)")
                    .matcher(Files.readString(root.resolve(file)));
            while (urls.find()) {
                checked++;
                String problem = check(root, file, null, urls.group(1));
                if (problem != null) {
                    broken.add(file + " -> " + urls.group(1) + ": " + problem);
                }
            }
        }
        System.out.printf("link check: %d links in %d files, %d broken%n", checked,
                SiteFiles.all(site, ".html").size() + xml.size(), broken.size());
        assertThat(broken).isEmpty();
        assertThat(checked).isGreaterThan(500);
        assertThat(site.resolve("en/page/2.html")).isRegularFile();
    }

    /** Null when the link is fine or leaves the site; else what is wrong. */
    private static String check(Path root, String page, Document doc, String target) {
        if (target.startsWith(BASE)) {
            target = "/mekong/" + target.substring(BASE.length());
        } else if (target.matches("(?i)(https?|mailto|data):.*")) {
            return null;
        }
        URI uri = URI.create(target);
        String fragment = uri.getRawFragment();
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            return fragment == null || doc == null || doc.getElementById(fragment) != null ? null : "no id " + fragment;
        }
        Path file;
        if (path.startsWith("/")) {
            if (!path.startsWith("/mekong/")) {
                return "absolute path outside the base path";
            }
            file = root.resolve(path.substring("/mekong/".length()));
        } else {
            Path from = root.resolve(page).getParent();
            file = from.resolve(path);
        }
        file = file.normalize();
        if (!file.startsWith(root)) {
            return "leaves the site";
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return "missing";
        }
        if (fragment != null && file.toString().endsWith(".html")) {
            try {
                Document linked = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
                return linked.getElementById(fragment) != null ? null : "no id " + fragment;
            } catch (IOException e) {
                return e.getMessage();
            }
        }
        return null;
    }
}
