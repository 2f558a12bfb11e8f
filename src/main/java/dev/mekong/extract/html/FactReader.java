package dev.mekong.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Reads {@link PageFacts} from an untouched document: meta tags, JSON-LD, microdata, visible short lines. */
final class FactReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STRONG_DATE_META = Set.of("article:published_time", "og:published_time",
            "og:article:published_time", "datepublished");
    private static final Set<String> DATE_META = Set.of("pubdate", "publishdate", "publish-date", "publish_date",
            "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.issued",
            "sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "original-publish-date",
            "cxenseparse:recs:publishtime", "weibo:article:create_at", "publication_date", "release_date", "created");
    private static final int MAX_LINE = 160;
    /** A link to a site's home page: "/", "./", or a scheme and host with nothing after but "/" or an index page. */
    private static final Pattern HOME_PAGE = Pattern.compile(
            "(?i)(?:(?:https?:)?//[^/?#]+)?/?(?:\\.?/)?(?:index\\.\\w{2,5})?");
    private static final int MAX_LINES = 5000;

    private final HtmlCues cues;
    private final PageCleaner chrome;
    private TextStats stats;
    private int total;

    /** One reader per page: it keeps the page's text measures while reading. */
    FactReader(HtmlCues cues) {
        this.cues = cues;
        this.chrome = new PageCleaner(cues, new ArrayList<>());
    }

    PageFacts read(Document doc, UnaryOperator<String> resolve) {
        PageFacts f = new PageFacts();
        Element root = doc.body() != null ? doc.body() : doc;
        stats = new TextStats(root);
        total = stats.text(root);
        Element title = doc.selectFirst("title");
        f.htmlTitle = title == null ? null : nonBlank(Texts.normalizeSpace(title.text()));
        f.htmlLang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
        for (Element meta : doc.select("meta[content]")) {
            String key = (meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop")).toLowerCase(Locale.ROOT).trim();
            String value = Texts.normalizeSpace(meta.attr("content"));
            if (value.isEmpty()) {
                continue;
            }
            switch (key) {
                case "og:title", "twitter:title" -> f.ogTitle = f.ogTitle == null ? value : f.ogTitle;
                case "og:site_name", "application-name", "publisher" -> f.siteNames.add(value);
                case "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author" -> {
                    if (!value.startsWith("http")) {
                        f.authors.add(value);
                    }
                }
                case "og:description", "twitter:description", "description" -> f.descriptions.add(value);
                case "article:tag" -> f.articleTags.add(value);
                case "keywords", "news_keywords" -> f.keywords.addAll(List.of(value.split("\\s*[,;、，]\\s*")));
                case "og:url" -> f.canonical = f.canonical == null ? resolve.apply(value) : f.canonical;
                case "og:image", "twitter:image", "twitter:image:src" -> f.image = f.image == null ? resolve.apply(value) : f.image;
                default -> {
                    if (STRONG_DATE_META.contains(key)) {
                        f.machineDates.add(value);
                    } else if (DATE_META.contains(key)) {
                        f.weakDates.add(value);
                    }
                }
            }
        }
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && resolve.apply(canonical.attr("href")) != null) {
            f.canonical = resolve.apply(canonical.attr("href"));
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            readJsonLd(script.data(), f, resolve);
        }
        for (Element time : doc.select("[itemprop=datePublished]:not(meta), time[pubdate], time[datetime]")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
            if (value.isBlank() || insideChrome(time)) {
                continue;
            }
            if (time.attr("itemprop").equalsIgnoreCase("datePublished") || time.hasAttr("pubdate")) {
                f.machineDates.add(value);
            } else {
                f.weakDates.add(value);
            }
        }
        for (Element a : doc.select("[rel=author], [itemprop=author]")) {
            Element name = a.selectFirst("[itemprop=name]");
            String text = Texts.normalizeSpace(name != null ? name.text() : a.text());
            if (!text.isEmpty() && Texts.weightedLength(text) <= 60 && !insideChrome(a)) {
                f.authors.add(text);
            }
        }
        Element body = doc.body();
        if (body != null) {
            for (Element h : body.select("h1")) {
                String text = Texts.normalizeSpace(h.text());
                if (!text.isEmpty() && !insideChrome(h) && !isLogo(h) && !isLinkRow(h)) {
                    f.headlines.add(text);
                }
            }
            readLines(body, f);
            readBreadcrumb(body, f);
        }
        return f;
    }

    private void readBreadcrumb(Element body, PageFacts f) {
        for (Element e : body.select("[class], [id], [itemtype], [aria-label]")) {
            boolean crumb = "breadcrumb".equals(cues.negativeRule(HtmlCues.cueTokens(e)))
                    || e.attr("itemtype").endsWith("BreadcrumbList")
                    || e.attr("aria-label").toLowerCase(Locale.ROOT).contains("breadcrumb");
            if (!crumb) {
                continue;
            }
            List<String> links = new ArrayList<>();
            for (Element a : e.select("a")) {
                String text = Texts.normalizeSpace(a.text());
                if (!text.isEmpty() && Texts.weightedLength(text) <= 40) {
                    links.add(text);
                }
            }
            if (!links.isEmpty()) {
                f.breadcrumb.addAll(links);
                return;
            }
        }
    }

    /**
     * Whether an h1 is the site's logo: its whole text a link to a home page (a URL without a path). Many
     * templates put the site name in the page's first h1.
     */
    static boolean isLogo(Element h1) {
        Element a = h1.selectFirst("a[href]");
        String href = a == null ? "" : a.attr("href").strip();
        return !href.isEmpty() && Texts.comparable(a.text()).equals(Texts.comparable(h1.text()))
                && HOME_PAGE.matcher(href).matches();
    }

    /**
     * Dates, bylines and headlines inside related lists, sidebars and comments belong to other articles.
     * Page-wide wrappers do not count: a body classed "cookies-not-set" is not a cookie banner.
     */
    /**
     * A heading made of several links that fill it (a strip of other stories' headlines marked up as the
     * page's h1) names no headline of this page.
     */
    private boolean isLinkRow(Element h) {
        TextStats.Counts c = stats.of(h);
        return c.links >= 2 && c.linkDensity() > 0.5;
    }

    private boolean insideChrome(Element e) {
        for (Element p = e; p != null && !p.nameIs("body") && !p.nameIs("html"); p = p.parent()) {
            String rule = chrome.chromeRegion(p, stats, total);
            if (rule != null && !rule.equals("byline") && !rule.equals("tags")) {
                return true;
            }
        }
        return false;
    }

    private void readJsonLd(String json, PageFacts f, UnaryOperator<String> resolve) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (Exception e) {
            return; // broken JSON-LD is common; the page's other metadata still counts
        }
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        int visited = 0;
        while (!stack.isEmpty() && visited++ < 10_000) {
            JsonNode node = stack.pop();
            if (node.isArray()) {
                node.forEach(stack::push);
                continue;
            }
            if (!node.isObject()) {
                continue;
            }
            String type = node.path("@type").isArray() ? node.path("@type").path(0).asText("") : node.path("@type").asText("");
            if (type.equals("BreadcrumbList")) {
                if (f.category.isEmpty()) {
                    for (JsonNode item : node.path("itemListElement")) {
                        String name = item.path("name").asText(item.path("item").path("name").asText(""));
                        if (!name.isBlank()) {
                            f.category.add(Texts.normalizeSpace(name));
                        }
                    }
                }
                continue;
            }
            if (node.has("headline") && f.jsonHeadline == null) {
                f.jsonHeadline = nonBlank(Texts.normalizeSpace(node.path("headline").asText("")));
            }
            if (node.has("datePublished")) {
                f.machineDates.add(node.path("datePublished").asText(""));
            }
            if (node.has("author") && (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report"))) {
                JsonNode author = node.path("author");
                for (JsonNode a : author.isArray() ? author : List.of(author)) {
                    String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                    if (!name.isBlank() && !name.startsWith("http")) {
                        f.authors.add(Texts.normalizeSpace(name));
                    }
                }
            }
            if (node.has("publisher")) {
                String name = node.path("publisher").path("name").asText("");
                if (!name.isBlank()) {
                    f.siteNames.add(Texts.normalizeSpace(name));
                }
            }
            if (node.has("image") && f.image == null && (type.endsWith("Article") || type.equals("BlogPosting"))) {
                JsonNode image = node.path("image");
                JsonNode first = image.isArray() ? image.path(0) : image;
                String url = first.isTextual() ? first.asText() : first.path("url").asText("");
                f.image = resolve.apply(url);
            }
            node.forEach(child -> {
                if (child.isContainerNode()) {
                    stack.push(child);
                }
            });
        }
    }

    /** Short visible lines of the body in document order, and where the main headline is among them. */
    private void readLines(Element body, PageFacts f) {
        Element headline = body.select("h1").stream().filter(h -> !insideChrome(h) && !isLogo(h)).findFirst().orElse(null);
        StringBuilder line = new StringBuilder();
        boolean[] after = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (f.lines.size() >= MAX_LINES) {
                    return FilterResult.STOP;
                }
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element e) {
                    if (PageCleaner.NEVER_TEXT.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.nameIs("br") || ContentFinder.isBlock(e)) {
                        end(line, f, after[0]);
                    }
                    if (e == headline) {
                        after[0] = true;
                        f.headlineLine = f.lines.size();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && ContentFinder.isBlock(e)) {
                    end(line, f, after[0]);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        end(line, f, after[0]);
    }

    private static void end(StringBuilder line, PageFacts f, boolean afterHeadline) {
        String text = Texts.normalizeSpace(line);
        line.setLength(0);
        if (!text.isEmpty() && text.length() <= MAX_LINE) {
            f.lines.add(new PageFacts.Line(text, afterHeadline));
        }
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
