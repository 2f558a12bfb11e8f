package dev.mekong.extract.html;

import dev.mekong.extract.ArticleExtractor;
import dev.mekong.extract.dates.DateGrammar;
import dev.mekong.extract.dates.DateTexts;
import dev.mekong.ingest.DecodedInput;
import dev.mekong.language.LanguageFacts;
import dev.mekong.extract.text.TitleConfidence;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the article from a saved HTML page: the main content as structured blocks with the page
 * chrome removed (each removal recorded with its rule), and the metadata (title, publish time with
 * zone, publisher, authors, editor, category, canonical URL, lead image, tags).
 */
public class HtmlPageExtractor implements ArticleExtractor {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile(
            "\\s+[-|–—:·»~]\\s+|\\s*[_｜|]\\s*|\\s*--\\s*|(?<=\\p{IsHan})-|-(?=\\p{IsHan})");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|\\D)");
    private static final Pattern NAME_CUT = Pattern.compile(
            "\\s*(\\||｜|\\s{2,}|\\s+[^\\s:：]{1,8}[:：]|\\s[-–—]\\s|，|,\\s*(?=\\d)|[(（\\[【】)）]|\\son\\s|\\s(?:published|updated|posted)\\b|\\d{1,4}[-/.年]).*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|、|;|\\sand\\s|\\s&\\s|\\svà\\s|\\sและ\\s)\\s*");
    private static final Set<String> NAME_STOPWORDS = Set.of("admin", "staff", "editor", "unknown", "null");

    /** A heading that introduces something else ("A message from our founder:") is not a headline. */
    private static final Pattern LEAD_IN = Pattern.compile("[:：]\\s*$");
    /** Share of the visible headline's letters the agreed metadata title must cover to stand for it. */
    private static final double NEAR_TITLE = 0.8;

    /** How many short lines after the headline may hold its date. */
    private static final int VISIBLE_DATE_LINES = 30;
    /** How many lines after the headline may hold a printed date that overrides the metadata. */
    private static final int HEADLINE_DATE_LINES = 10;

    private final Map<String, ZoneId> zones;
    private final HtmlCues cues = HtmlCues.get();
    private final DateTexts dates = new DateTexts();

    public HtmlPageExtractor() {
        this(Map.of());
    }

    /**
     * @param defaultZones zone for pages that state a local time without an offset, by language tag
     *                     (zh-Hant, zh, vi …; the most specific wins); unlisted languages fall back to
     *                     {@link LanguageFacts#LOCAL_TIME_ZONES}, then UTC
     */
    public HtmlPageExtractor(Map<String, ZoneId> defaultZones) {
        Map<String, ZoneId> merged = new HashMap<>(LanguageFacts.LOCAL_TIME_ZONES);
        defaultZones.forEach((k, v) -> merged.put(k.toLowerCase(Locale.ROOT), v));
        this.zones = Map.copyOf(merged);
    }

    @Override
    public Article extract(DecodedInput input) {
        Document doc = Jsoup.parse(input.text());
        String base = baseUrl(doc);
        UnaryOperator<String> resolve = ref -> resolveHttp(base, ref);
        PageFacts facts = new FactReader(cues).read(doc, resolve);

        List<Removed> removed = new ArrayList<>();
        Element body = doc.body();
        PageCleaner cleaner = new PageCleaner(cues, removed);
        cleaner.stripNonText(body);
        cleaner.stripChrome(body);
        TextStats stats = new TextStats(body);
        List<Element> roots = new ContentFinder(cues).find(body, stats, facts.descriptions);
        recordOutside(body, roots, stats, removed);

        String title = chooseTitle(facts);
        List<BlockCollector.Candidate> candidates = new BlockCollector(ref -> imageReference(base, ref)).collect(roots);
        List<Block> blocks = new BlockFilter(cues, dates).filter(candidates, title, removed);
        if (blocks.isEmpty() && title == null) {
            throw new InputRejectedException("no article text found in the page");
        }
        String lang = language(blocks, title, facts.htmlLang);
        ZoneId zone = zoneFor(lang);
        Metadata meta = new Metadata(title, published(facts, zone, lang), publisher(facts), authors(facts),
                editor(facts), category(facts, title), facts.canonical, facts.image, tags(facts), false, null);
        meta = TitleConfidence.standard().judge(meta, blocks);
        return Article.extracted(input.source(), meta, blocks, removed);
    }

    // ---- URLs

    private static String baseUrl(Document doc) {
        for (String css : new String[]{"base[href]", "link[rel=canonical][href]", "meta[property=og:url][content]"}) {
            Element e = doc.selectFirst(css);
            if (e != null) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("content");
                if (isHttp(url.trim())) {
                    return url.trim();
                }
            }
        }
        return "";
    }

    /**
     * A figure's image as the record keeps it: an absolute http(s) URL (a root-relative path resolved against
     * the page's base), or a local reference as written (a relative path such as a saved page's
     * {@code story_files/lead.jpg}, or a {@code file:} URL), which the
     * image capture copies from beside the input or resolves against the canonical URL
     * ({@code dev.mekong.media.ImageCapture}); null for anything else (javascript:, data:, another scheme).
     */
    static String imageReference(String base, String ref) {
        String r = ref == null ? "" : ref.strip();
        boolean local = r.regionMatches(true, 0, "file:", 0, 5)
                || !r.isEmpty() && !r.startsWith("/") && !r.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*");
        if (local && r.length() <= 2000 && r.chars().noneMatch(c -> c < 0x20 || c == '<' || c == '>' || c == '"' || c == '\\')) {
            return r;
        }
        return resolveHttp(base, ref);
    }

    /** An absolute http(s) URL for a reference on the page, or null (javascript:, data:, unresolvable). */
    static String resolveHttp(String base, String ref) {
        if (ref == null) {
            return null;
        }
        String r = ref.strip();
        if (r.isEmpty()) {
            return null;
        }
        String abs = isHttp(r) ? r : base.isEmpty() ? "" : StringUtil.resolve(base, r);
        return isHttp(abs) ? abs : null;
    }

    private static boolean isHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && url.length() > 8
                && url.chars().noneMatch(c -> c < 0x20 || c == '<' || c == '>' || c == '"');
    }

    // ---- what lies outside the article

    /** Records each page region outside the article roots once, with the rule that explains it best. */
    private void recordOutside(Element body, List<Element> roots, TextStats stats, List<Removed> removed) {
        Map<Element, Boolean> onPath = new IdentityHashMap<>();
        for (Element root : roots) {
            onPath.put(root, Boolean.TRUE);
            for (Element p = root.parent(); p != null; p = p.parent()) {
                onPath.putIfAbsent(p, Boolean.FALSE);
            }
        }
        PageCleaner cleaner = new PageCleaner(cues, removed);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    if (node instanceof TextNode t && (node.parent() == body || onPath.get(node.parent()) == Boolean.FALSE)) {
                        String text = Texts.normalizeSpace(t.getWholeText());
                        if (!text.isEmpty()) {
                            removed.add(new Removed(Texts.clip(text, 300), "low-text-density"));
                        }
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                Boolean root = onPath.get(e);
                if (root == Boolean.TRUE) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (root == Boolean.FALSE) {
                    return FilterResult.CONTINUE;
                }
                String text = Texts.normalizeSpace(e.text());
                if (!text.isEmpty()) {
                    String rule = cleaner.chromeRule(e);
                    if (rule == null) {
                        rule = stats.linkDensity(e) > 0.5 ? "link-dense" : "low-text-density";
                    }
                    removed.add(new Removed(Texts.clip(text, 300), rule));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
        }, body);
    }

    // ---- title

    /**
     * The headline. An h1 that the head metadata confirms (og:title, JSON-LD headline or a part of
     * &lt;title&gt;, compared without case and punctuation) is the title, written as the metadata writes it;
     * an unconfirmed h1 that is not the site name is still the visible headline; else the metadata
     * title without its site-name part.
     */
    String chooseTitle(PageFacts f) {
        List<String> confirmations = new ArrayList<>();
        for (String s : new String[]{f.ogTitle, f.jsonHeadline}) {
            if (s != null) {
                confirmations.add(stripSite(s, f));
                confirmations.add(s);
            }
        }
        if (f.htmlTitle != null) {
            confirmations.add(stripSite(f.htmlTitle, f));
            List<String> segments = titleSegments(f.htmlTitle);
            // every part but the last, which is where sites put their name
            confirmations.addAll(segments.size() > 1 ? segments.subList(0, segments.size() - 1) : segments);
        }
        List<String> headlines = f.headlines.stream().limit(3).filter(h -> !LEAD_IN.matcher(h).find()).toList();
        for (String h : headlines) {
            String c = Texts.comparable(h);
            for (String candidate : confirmations) {
                if (!c.isEmpty() && Texts.comparable(candidate).equals(c)) {
                    return candidate;
                }
            }
        }
        String agreed = agreedMetadataTitle(f);
        if (agreed != null) {
            String a = Texts.comparable(agreed);
            for (String h : headlines) {
                String c = Texts.comparable(h);
                if (c.contains(a) && a.length() >= c.length() * NEAR_TITLE) {
                    return agreed;
                }
            }
        }
        for (String h : headlines) {
            String c = Texts.comparable(h);
            boolean siteName = f.siteNames.stream().anyMatch(n -> Texts.comparable(n).equals(c))
                    || (f.htmlTitle != null && titleSegments(f.htmlTitle).size() > 1
                    && Texts.comparable(lastOf(titleSegments(f.htmlTitle))).equals(c));
            if (!siteName && Texts.weightedLength(h) >= 12) {
                return h;
            }
        }
        String structured = f.ogTitle != null ? f.ogTitle : f.jsonHeadline;
        if (structured != null) {
            return stripSite(structured, f);
        }
        if (f.htmlTitle != null) {
            return stripSite(f.htmlTitle, f);
        }
        return headlines.isEmpty() ? null : headlines.get(0);
    }

    /**
     * The title og:title (or the JSON-LD headline) and &lt;title&gt; agree on, without the site name; null
     * when they do not agree. Two sources agreeing on a title that the visible headline only adorns
     * ("The " in front, a kicker) give the title as the site files it.
     */
    private static String agreedMetadataTitle(PageFacts f) {
        if (f.htmlTitle == null) {
            return null;
        }
        String page = Texts.comparable(stripSite(f.htmlTitle, f));
        for (String s : new String[]{f.ogTitle, f.jsonHeadline}) {
            if (s != null) {
                String stripped = stripSite(s, f);
                if (!page.isEmpty() && Texts.comparable(stripped).equals(page)) {
                    return stripped;
                }
            }
        }
        return null;
    }

    private static String lastOf(List<String> list) {
        return list.get(list.size() - 1);
    }

    private static List<String> titleSegments(String title) {
        List<String> out = new ArrayList<>();
        for (String s : TITLE_SEPARATOR.split(title)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The title without the " - Site name" (or "_Channel_Site") parts. */
    private static String stripSite(String title, PageFacts f) {
        List<String> segments = titleSegments(title);
        if (segments.size() <= 1) {
            return title;
        }
        List<String> kept = new ArrayList<>();
        for (String s : segments) {
            String c = Texts.comparable(s);
            boolean site = f.siteNames.stream().anyMatch(n -> Texts.comparable(n).equals(c));
            if (!site) {
                kept.add(s);
            }
        }
        if (kept.isEmpty()) {
            return title;
        }
        if (kept.size() < segments.size() && kept.size() == 1) {
            return kept.get(0);
        }
        // Unknown site name: the headline is the first part unless a later part is much longer.
        String first = kept.get(0);
        String longest = kept.stream().max((a, b) -> Texts.weightedLength(a) - Texts.weightedLength(b)).orElse(first);
        if (kept.size() < segments.size() && segments.get(0).equals(first)) {
            // the site name was a suffix: keep every part before it, joined as written
            int end = title.indexOf(kept.get(kept.size() - 1)) + kept.get(kept.size() - 1).length();
            String joined = title.substring(title.indexOf(first), end).strip();
            return joined;
        }
        return Texts.weightedLength(first) * 2 >= Texts.weightedLength(longest) ? first : longest;
    }

    // ---- language and zone

    /** Primary language of the article by script: zh, th, vi, else the page's declared language or en. */
    static String language(List<Block> blocks, String title, String htmlLang) {
        int han = 0;
        int thai = 0;
        int latin = 0;
        int vietnamese = 0;
        StringBuilder all = new StringBuilder(title == null ? "" : title);
        for (Block b : blocks) {
            all.append('\n').append(b.plainText());
        }
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (Texts.isCjk(c)) {
                han++;
            } else if (Texts.isThai(c)) {
                thai++;
            } else if (Character.isLetter(c)) {
                latin++;
                if (LanguageFacts.isVietnameseLetter(c)) {
                    vietnamese++;
                }
            }
        }
        int letters = han + thai + latin;
        if (letters == 0) {
            return htmlLang.isBlank() ? "und" : htmlLang.toLowerCase(Locale.ROOT);
        }
        if (han * 3 > letters) {
            return "zh";
        }
        if (thai * 3 > letters) {
            return "th";
        }
        if (vietnamese * 20 > latin) {
            return "vi";
        }
        String declared = htmlLang.toLowerCase(Locale.ROOT);
        return declared.startsWith("en") || declared.isBlank() ? "en" : declared;
    }

    private ZoneId zoneFor(String lang) {
        String tag = lang.toLowerCase(Locale.ROOT);
        while (true) {
            ZoneId z = zones.get(tag);
            if (z != null) {
                return z;
            }
            int dash = tag.lastIndexOf('-');
            if (dash < 0) {
                return ZoneOffset.UTC;
            }
            tag = tag.substring(0, dash);
        }
    }

    // ---- dates

    /**
     * The publish time: article:published_time / JSON-LD / microdata first, then other date metas and
     * time elements, then a date printed near the headline, then a labelled date anywhere, then the URL.
     * A date printed just under the headline that names another day than the metadata wins: readers
     * and editors go by the visible date, while templates often fill datePublished with the first
     * draft or a migration date. Dates the page labels as updated are not publish dates.
     */
    private String published(PageFacts f, ZoneId zone, String lang) {
        boolean dayFirst = !lang.startsWith("en");
        OffsetDateTime machine = machineDate(f, zone);
        if (machine != null) {
            OffsetDateTime printed = dateUnderHeadline(f, zone, dayFirst);
            boolean otherDay = printed != null && !printed.toLocalDate().equals(machine.toLocalDate());
            return DateGrammar.format(otherDay ? printed : machine);
        }
        OffsetDateTime visible = visibleDate(f, zone, dayFirst);
        if (visible != null) {
            return DateGrammar.format(visible);
        }
        for (PageFacts.Line line : f.lines) {
            String rest = cues.afterLabel("published", line.text());
            if (rest != null) {
                DateTexts.Found found = dates.find(rest, zone, dayFirst);
                if (found != null) {
                    return DateGrammar.format(found.time());
                }
            }
        }
        if (f.canonical != null) {
            Matcher m = URL_DATE.matcher(f.canonical);
            if (m.find()) {
                OffsetDateTime t = dates.parseMachine(m.group(1) + "-" + m.group(2) + "-" + m.group(3), zone);
                if (t != null) {
                    return DateGrammar.format(t);
                }
            }
        }
        return null;
    }

    private OffsetDateTime machineDate(PageFacts f, ZoneId zone) {
        for (List<String> values : List.of(f.machineDates, f.weakDates)) {
            for (String v : values) {
                OffsetDateTime t = dates.parseMachine(v, zone);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The first date printed on a short line right after the headline that is not labelled as an update. */
    private OffsetDateTime dateUnderHeadline(PageFacts f, ZoneId zone, boolean dayFirst) {
        if (f.headlineLine < 0) {
            return null;
        }
        List<PageFacts.Line> lines = f.lines;
        for (int i = f.headlineLine; i < Math.min(lines.size(), f.headlineLine + HEADLINE_DATE_LINES); i++) {
            String text = lines.get(i).text();
            DateTexts.Found found = text.length() <= 120 ? dates.find(text, zone, dayFirst) : null;
            if (found != null && !cues.mentionsLabel("updated", text.substring(0, found.start()))) {
                return found.time();
            }
        }
        return null;
    }

    /** A date written in the short lines just after the headline, else in the few lines before it. */
    private OffsetDateTime visibleDate(PageFacts f, ZoneId zone, boolean dayFirst) {
        List<PageFacts.Line> lines = f.lines;
        int start = Math.max(0, f.headlineLine);
        for (int i = start; i < Math.min(lines.size(), start + VISIBLE_DATE_LINES); i++) {
            String text = lines.get(i).text();
            if (text.length() <= 120) {
                DateTexts.Found found = dates.find(text, zone, dayFirst);
                if (found != null) {
                    return found.time();
                }
            }
        }
        for (int i = start - 1; i >= Math.max(0, start - 10); i--) {
            DateTexts.Found found = dates.find(lines.get(i).text(), zone, dayFirst);
            if (found != null) {
                return found.time();
            }
        }
        return null;
    }

    // ---- people and sources

    private List<String> authors(PageFacts f) {
        LinkedHashMap<String, String> names = new LinkedHashMap<>();
        for (String a : f.authors) {
            for (String n : names(a)) {
                names.putIfAbsent(Texts.comparable(n), n);
            }
        }
        if (names.isEmpty()) {
            String line = labelled(f, "author");
            if (line != null) {
                for (String n : names(line)) {
                    names.putIfAbsent(Texts.comparable(n), n);
                }
            }
        }
        return List.copyOf(names.values());
    }

    private String editor(PageFacts f) {
        String line = labelled(f, "editor");
        List<String> n = line == null ? List.of() : names(line);
        return n.isEmpty() ? null : n.get(0);
    }

    private String publisher(PageFacts f) {
        String line = labelled(f, "source");
        List<String> n = line == null ? List.of() : names(line);
        if (!n.isEmpty()) {
            return n.get(0);
        }
        return f.siteNames.isEmpty() ? null : f.siteNames.get(0);
    }

    /** The value after the first label of this kind on a short line, lines after the headline first. */
    private String labelled(PageFacts f, String kind) {
        List<PageFacts.Line> ordered = new ArrayList<>();
        f.lines.stream().filter(PageFacts.Line::afterHeadline).forEach(ordered::add);
        f.lines.stream().filter(l -> !l.afterHeadline()).forEach(ordered::add);
        for (PageFacts.Line line : ordered) {
            if (line.text().length() > 80) {
                continue;
            }
            String value = cues.afterLabelAnywhere(kind, line.text());
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** Person or organisation names in a byline value: cut at the first separator or date, split on "and". */
    private static List<String> names(String value) {
        String v = NAME_CUT.matcher(value).replaceFirst("").strip();
        List<String> out = new ArrayList<>();
        for (String part : NAME_SPLIT.split(v)) {
            String n = part.replaceAll("^[\\p{Punct}\\s·•]+|[\\p{Punct}\\s·•:：]+$", "").strip();
            if (!n.isEmpty() && Texts.weightedLength(n) <= 40 && n.codePoints().anyMatch(Character::isLetter)
                    && n.codePoints().noneMatch(Character::isDigit) && !NAME_STOPWORDS.contains(n.toLowerCase(Locale.ROOT))) {
                out.add(n);
            }
        }
        return out;
    }

    // ---- tags

    /** The page's article:tag metas, which name the article's own tags; else its keywords meta. */
    private static List<String> tags(PageFacts f) {
        return (f.articleTags.isEmpty() ? f.keywords : f.articleTags).stream().filter(t -> !t.isBlank()).toList();
    }

    // ---- category

    private List<String> category(PageFacts f, String title) {
        List<String> raw = !f.category.isEmpty() ? f.category : f.breadcrumb;
        if (raw.isEmpty()) {
            for (PageFacts.Line line : f.lines) {
                String rest = cues.afterLabel("breadcrumb", line.text());
                if (rest != null) {
                    raw = List.of(rest.split("\\s*[>»›/]\\s*"));
                    break;
                }
            }
        }
        List<String> out = new ArrayList<>();
        String titleKey = title == null ? "" : Texts.comparable(title);
        for (int i = 0; i < raw.size(); i++) {
            String item = Texts.normalizeSpace(raw.get(i));
            String key = Texts.comparable(item);
            boolean site = i == 0 && f.siteNames.stream().anyMatch(n -> Texts.comparable(n).equals(key));
            if (key.isEmpty() || site || cues.isLabel("home", item) || key.equals(titleKey)
                    || out.stream().anyMatch(o -> Texts.comparable(o).equals(key))) {
                continue;
            }
            out.add(item);
        }
        return Collections.unmodifiableList(out);
    }
}
