package dev.mekong.extract.html;

import dev.mekong.model.Removed;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * First pass over the page body: drops what can never be article text (scripts, embeds, form controls,
 * hidden elements) and the subtrees whose markup names them as chrome (nav, footer, share, related …).
 */
final class PageCleaner {

    /** Elements whose content never becomes text: active content, embeds, media, form controls. */
    static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "iframe", "frame", "frameset",
            "object", "embed", "applet", "template", "svg", "math", "canvas", "audio", "video", "source", "track",
            "map", "input", "select", "option", "optgroup", "textarea", "button", "link", "meta", "base", "dialog",
            "datalist", "output", "param", "picture");

    /** Inline elements: a cue on them names a word in running text, not a page region. */
    static final Set<String> INLINE = Set.of("a", "span", "font", "b", "i", "em", "strong", "small", "big", "abbr",
            "time", "label", "sup", "sub", "u", "s", "cite", "code", "q", "mark", "del", "ins", "bdi", "bdo", "nobr",
            "tt", "kbd", "var", "dfn", "img", "wbr", "br");

    /**
     * Rules whose regions never hold running prose (navigation, breadcrumbs, share bars, tag lists,
     * bylines, ad slots): when an element so named does hold prose, the class word meant something else.
     */
    private static final Set<String> PROSE_GUARDED = Set.of("nav", "breadcrumb", "share", "tags", "byline", "ad", "hidden", "widget");

    private static final String RELATED_LIST = "related-list";
    /** The least text of a box named like a related list that, holding no link, is the story's own. */
    private static final int MIN_UNLINKED_PROSE = 150;

    /** Rules that name a page region by its place in the layout, which a wrapper of the article may share. */
    private static final Set<String> LAYOUT_NAMED = Set.of("sidebar", "widget");

    private static final Pattern HIDDEN_STYLE = Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private final HtmlCues cues;
    private final List<Removed> removed;
    private org.jsoup.nodes.Document headlineOf;
    private Element headline;

    PageCleaner(HtmlCues cues, List<Removed> removed) {
        this.cues = cues;
        this.removed = removed;
    }

    /** Removes the never-text elements and hidden elements under root. */
    void stripNonText(Element root) {
        List<Element> drop = new ArrayList<>();
        List<Element> forms = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (NEVER_TEXT.contains(tag) || isHidden(e)) {
                    drop.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("form")) {
                    forms.add(e);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : drop) {
            e.remove();
        }
        if (!forms.isEmpty()) {
            // A form that wraps most of the page is layout (ASP.NET pages wrap everything in one); any other
            // form (search box, login, comment form) is chrome.
            TextStats stats = new TextStats(root);
            int total = Math.max(1, stats.text(root));
            for (Element form : forms) {
                if (stats.text(form) * 2 > total) {
                    form.unwrap();
                } else if (form.parent() != null) {
                    record(form, "form", stats);
                    form.remove();
                }
            }
        }
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Removes subtrees whose tag, role, class or id names them as chrome, unless they hold a large share
     * of the page's text (a wrapper named "has-sidebar" or "post comments-open" still holds the article).
     */
    void stripChrome(Element root) {
        TextStats stats = new TextStats(root);
        int total = Math.max(1, stats.text(root));
        List<Element> drop = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                String rule = chromeRegion(e, stats, total);
                if (rule == null) {
                    return FilterResult.CONTINUE;
                }
                drop.add(e);
                rules.add(rule);
                return FilterResult.SKIP_ENTIRELY;
            }
        }, root);
        for (int i = 0; i < drop.size(); i++) {
            record(drop.get(i), rules.get(i), stats);
            drop.get(i).remove();
        }
    }

    /**
     * The chrome rule of an element that really is a chrome region, or null. A class word on an element
     * holding most of the page's text ("content-sidebar-wrap", "post comments-open") names the layout
     * around the article, and a prose-holding element named like a breadcrumb ("blurb_position_top")
     * used the word for something else.
     */
    String chromeRegion(Element e, TextStats stats, int total) {
        String rule = chromeRule(e);
        if (rule == null && isAdBlock(e, stats.of(e))) {
            rule = "ad";
        }
        if (rule == null) {
            return null;
        }
        double share = (double) stats.text(e) / Math.max(1, total);
        boolean positive = cues.isPositive(HtmlCues.cueTokens(e));
        if (share > 0.5 || (positive && share > 0.2)) {
            return null;
        }
        if (PROSE_GUARDED.contains(rule) && isProse(stats.of(e))) {
            return null;
        }
        if (RELATED_LIST.equals(rule) && isUnlinkedProse(stats.of(e))) {
            // a list of other stories links to them: a "read more" box with prose and no link is the rest of the story
            return null;
        }
        if (LAYOUT_NAMED.contains(rule) && isAncestorOf(e, soleHeadline(e)) && holdsText(stats.of(e))) {
            // the wrapper of the page's headline and its text is the article's, whatever its class says
            // ("layout-with-rail__wrapper" holds the story and its rail; menus may outweigh both)
            return null;
        }
        return rule;
    }

    /**
     * The page's headline: its only h1 with text, when the page's &lt;title&gt; or og:title holds it; else null
     * (an h1 the head does not confirm may head a promotion box).
     */
    private Element soleHeadline(Element e) {
        org.jsoup.nodes.Document doc = e.ownerDocument();
        if (doc != headlineOf) {
            headlineOf = doc;
            headline = null;
            Element body = doc == null ? null : doc.body();
            if (body != null) {
                List<Element> h1s = body.select("h1").stream().filter(h -> !h.text().isBlank()).toList();
                headline = h1s.size() == 1 && confirmed(doc, h1s.get(0).text()) ? h1s.get(0) : null;
            }
        }
        return headline;
    }

    private static boolean confirmed(org.jsoup.nodes.Document doc, String headline) {
        String h = Texts.comparable(headline);
        if (h.isEmpty()) {
            return false;
        }
        Element og = doc.selectFirst("meta[property=og:title]");
        return Texts.comparable(doc.title()).contains(h) || (og != null && Texts.comparable(og.attr("content")).contains(h));
    }

    private static boolean isAncestorOf(Element ancestor, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A block whose every link goes through an ad server's click tracker is an ad, whatever its class. */
    private static boolean isAdBlock(Element e, TextStats.Counts c) {
        return c.links > 0 && c.adLinks == c.links && !INLINE.contains(e.normalName())
                && !e.nameIs("body") && !e.nameIs("html");
    }

    /** Text enough for a short story under its headline, and few links. */
    private static boolean holdsText(TextStats.Counts c) {
        return c.text >= 300 && c.linkDensity() < 0.3;
    }

    /** Sentences and not a single link. */
    private static boolean isUnlinkedProse(TextStats.Counts c) {
        return c.links == 0 && c.text >= MIN_UNLINKED_PROSE && c.marks >= 2;
    }

    private static boolean isProse(TextStats.Counts c) {
        return c.text >= 300 && c.linkDensity() < 0.3 && c.marks >= 4;
    }

    /** The chrome rule an element's own markup names, or null. */
    String chromeRule(Element e) {
        String tag = e.normalName();
        if (!INLINE.contains(tag) && !tag.equals("body") && !tag.equals("html")) {
            String rule = cues.negativeRule(HtmlCues.cueTokens(e));
            if (rule != null) {
                return rule;
            }
        }
        switch (tag) {
            case "nav":
                return "nav";
            case "aside":
                return "sidebar";
            case "footer":
                return "footer";
            default:
                break;
        }
        return switch (e.attr("role").toLowerCase(Locale.ROOT)) {
            case "navigation", "menubar", "menu", "search" -> "nav";
            case "contentinfo" -> "footer";
            case "complementary" -> "sidebar";
            case "dialog", "alertdialog" -> "hidden";
            default -> null;
        };
    }

    private void record(Element e, String rule, TextStats stats) {
        String text = Texts.normalizeSpace(e.text());
        if (!text.isEmpty()) {
            removed.add(new Removed(Texts.clip(text, 300), rule));
        }
    }
}
