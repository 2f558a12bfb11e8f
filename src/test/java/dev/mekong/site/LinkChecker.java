package dev.mekong.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every internal link of a published site: href, src and each srcset candidate of every page, and the
 * absolute URLs (under the site's base URL) of the feeds and the sitemap, each must lead to a generated file
 * and fragment. Links that leave the site are not followed. Each page is parsed once: its ids are kept for
 * the fragments that point into it, and the site's files are listed once.
 */
public final class LinkChecker {

    /** What a check found: how many links were followed, in how many files, and the broken ones. */
    public record Result(int links, int files, List<String> broken) {
    }

    private record Link(String from, String target) {
    }

    private static final Pattern OUTSIDE = Pattern.compile("(?i)(https?|mailto|data):.*");

    private final String base;
    private final String basePath;
    private final Pattern xmlUrls;

    public LinkChecker(String baseUrl) {
        this.base = baseUrl;
        this.basePath = URI.create(baseUrl).getRawPath();
        this.xmlUrls = Pattern.compile("(?:href=\"|<loc>|<link>|<id>|<guid[^>]*>)(" + Pattern.quote(base) + "[^\"<]*)");
    }

    public Result check(Path site) throws IOException {
        Path root = site.toRealPath();
        Set<String> files = new HashSet<>(SiteFiles.all(site, ""));
        Map<String, Set<String>> ids = new HashMap<>();
        List<Link> links = new ArrayList<>();
        List<String> pages = SiteFiles.all(site, ".html");
        for (String page : pages) {
            Document doc = SiteFiles.html(site, page);
            Set<String> pageIds = new HashSet<>();
            for (Element element : doc.select("[id]")) {
                pageIds.add(element.id());
            }
            ids.put(page, pageIds);
            for (Element element : doc.select("[href], [src], [srcset]")) {
                for (String attribute : List.of("href", "src")) {
                    if (element.hasAttr(attribute)) {
                        links.add(new Link(page, element.attr(attribute)));
                    }
                }
                if (element.hasAttr("srcset")) {
                    for (String candidate : element.attr("srcset").split(",")) {
                        links.add(new Link(page, candidate.strip().split("\\s+")[0]));
                    }
                }
            }
        }
        List<String> xml = SiteFiles.all(site, ".xml");
        for (String file : xml) {
            Matcher urls = xmlUrls.matcher(Files.readString(root.resolve(file)));
            while (urls.find()) {
                links.add(new Link(file, urls.group(1)));
            }
        }
        List<String> broken = new ArrayList<>();
        for (Link link : links) {
            String problem = check(files, ids, link.from(), link.target());
            if (problem != null) {
                broken.add(link.from() + " -> " + link.target() + ": " + problem);
            }
        }
        return new Result(links.size(), pages.size() + xml.size(), broken);
    }

    /** Null when the link is fine or leaves the site; else what is wrong. */
    private String check(Set<String> files, Map<String, Set<String>> ids, String page, String target) {
        if (target.startsWith(base)) {
            target = basePath + target.substring(base.length());
        } else if (OUTSIDE.matcher(target).matches()) {
            return null;
        }
        URI uri = URI.create(target);
        String fragment = uri.getRawFragment();
        String path = uri.getRawPath();
        String file;
        if (path == null || path.isEmpty()) {
            file = page;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return "absolute path outside the base path";
            }
            file = path.substring(basePath.length());
        } else {
            int slash = page.lastIndexOf('/');
            file = page.substring(0, slash + 1) + path;
        }
        file = Path.of(file).normalize().toString().replace('\\', '/');
        if (file.startsWith("..")) {
            return "leaves the site";
        }
        if (!files.contains(file)) {
            file = file.isEmpty() ? "index.html" : file + "/index.html";
        }
        if (!files.contains(file)) {
            return "missing";
        }
        if (fragment != null && ids.containsKey(file)) {
            return ids.get(file).contains(fragment) ? null : "no id " + fragment;
        }
        return null;
    }
}
