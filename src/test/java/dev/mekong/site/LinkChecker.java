package dev.mekong.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every internal link of a published site: href and src of every page, and the absolute URLs
 * (under the site's base URL) of the feeds and the sitemap, each must lead to a generated file and
 * fragment. Links that leave the site are not followed.
 */
public final class LinkChecker {

    /** What a check found: how many links were followed, in how many files, and the broken ones. */
    public record Result(int links, int files, List<String> broken) {
    }

    private final String base;
    private final String basePath;

    public LinkChecker(String baseUrl) {
        this.base = baseUrl;
        this.basePath = URI.create(baseUrl).getRawPath();
    }

    public Result check(Path site) throws IOException {
        Path root = site.toRealPath();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        List<String> pages = SiteFiles.all(site, ".html");
        for (String page : pages) {
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
        List<String> xml = SiteFiles.all(site, ".xml");
        for (String file : xml) {
            Matcher urls = Pattern.compile("(?:href=\"|<loc>|<link>|<id>|<guid[^>]*>)(" + Pattern.quote(base) + "[^\"<]*)")
                    .matcher(Files.readString(root.resolve(file)));
            while (urls.find()) {
                checked++;
                String problem = check(root, file, null, urls.group(1));
                if (problem != null) {
                    broken.add(file + " -> " + urls.group(1) + ": " + problem);
                }
            }
        }
        return new Result(checked, pages.size() + xml.size(), broken);
    }

    /** Null when the link is fine or leaves the site; else what is wrong. */
    private String check(Path root, String page, Document doc, String target) {
        if (target.startsWith(base)) {
            target = basePath + target.substring(base.length());
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
            if (!path.startsWith(basePath)) {
                return "absolute path outside the base path";
            }
            file = root.resolve(path.substring(basePath.length()));
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
