package dev.mekong.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element(s) holding the article: every block of running text scores its container and, less,
 * the container's ancestors (text length in characters, so unspaced Chinese and Thai score like spaced
 * text; clause marks; no links); class/id cues and link density adjust the candidates; siblings of the
 * winner that look like article text join it.
 */
final class ContentFinder {

    /** Block elements that are paragraphs: their score goes to the element that contains them. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "dd", "dt", "figcaption", "caption", "address");

    /** Below this weighted length a text block is too short to vote. */
    private static final int MIN_BLOCK = 25;
    /** Longest block text kept for the line-cue check (longer than any line rule's limit). */
    private static final int SAMPLE = 500;
    /** The winner's parent replaces it when it holds this many times the winner's running text. */
    private static final double WIDEN_RATIO = 1.8;
    /** ... and when the text it adds is not a list of teasers: almost no link text. */
    private static final double EXTRA_LINK_DENSITY = 0.1;

    /** How far above the winner a marked article element is looked for. */
    private static final int ARTICLE_LEVELS = 6;
    /** Most link text a marked article element may hold to be taken whole. */
    private static final double ARTICLE_LINK_DENSITY = 0.15;

    /** How many wrapper levels above the winner are searched for the other parts of a split story. */
    private static final int WRAPPER_LEVELS = 3;
    /** A wrapper adds no text of its own: at most this many times the winner's text. */
    private static final double WRAPPER_EXTRA_TEXT = 1.1;
    /** Most link text a part of a split story may hold. */
    private static final double SPLIT_PART_LINK_DENSITY = 0.25;

    /** How many leading characters of a summary must recur in a block for it to count as the lead. */
    private static final int LEAD_KEY = 30;
    /** Score a block gains for holding the page's summary of the article. */
    private static final double LEAD_BONUS = 30;

    private final HtmlCues cues;

    ContentFinder(HtmlCues cues) {
        this.cues = cues;
    }

    /** Own text of a block element: the text nodes whose nearest block ancestor it is. */
    private static final class Own {
        int text;
        int linked;
        int marks;
        final StringBuilder sample = new StringBuilder();
    }

    /**
     * The article's root elements in document order; the body itself when nothing scores.
     *
     * @param summaries the page's own summaries of the article (og:description …): a block whose
     *                  opening (its first few hundred characters) holds one of them is the article's lead
     */
    List<Element> find(Element body, TextStats stats, List<String> summaries) {
        List<String> leads = leadKeys(summaries);
        Map<Element, Own> own = ownText(body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (Map.Entry<Element, Own> entry : own.entrySet()) {
            Element block = entry.getKey();
            Own o = entry.getValue();
            if (o.text < MIN_BLOCK || o.linked * 2 > o.text) {
                continue;
            }
            if (o.sample.length() <= SAMPLE && cues.lineRule(Texts.normalizeSpace(o.sample)) != null) {
                continue; // a disclaimer or copyright box is text, but not the article's
            }
            for (Element up = block; up != null; up = up.parent()) {
                prose.merge(up, o.text - o.linked, Integer::sum);
                if (up == body) {
                    break;
                }
            }
            double score = 1 + o.marks + Math.min(o.text / 100.0, 3.0);
            Element target = PARAGRAPHS.contains(block.normalName()) ? block.parent() : block;
            // The lead marks its own container only: wrappers further up hold the page around it too.
            double lead = opensWithLead(o.sample, leads) ? LEAD_BONUS : 0;
            int level = 0;
            while (target != null && level < 5) {
                double add = (level == 0 ? score + lead : score / (level == 1 ? 2 : level * 3));
                scores.merge(target, initialScore(target) + add, (a, b) -> a + add);
                if (target == body) {
                    break;
                }
                target = target.parent();
                level++;
            }
        }
        if (scores.isEmpty()) {
            return List.of(body);
        }
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
            e.setValue(s);
            ranked.add(e);
        }
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        top = promoteToCommonAncestor(top, topScore, ranked, body);
        top = widenToProse(top, prose, stats, body);
        top = widenToArticleElement(top, stats, body);
        return withSplitParts(top, withSiblings(top, scores, stats, body), stats, body);
    }

    /**
     * Templates that cut the story in two around an inline box (a side rail, an ad) repeat the story's
     * container for each part: when the winner sits in a wrapper that adds no text of its own, a sibling
     * of that wrapper with its tag and class, nearly free of links, is another part of the story.
     */
    private static List<Element> withSplitParts(Element top, List<Element> roots, TextStats stats, Element body) {
        Element wrapper = top;
        for (int level = 0; level < WRAPPER_LEVELS; level++) {
            Element up = wrapper.parent();
            if (up == null || up == body || up.parent() == null || stats.text(up) > stats.text(top) * WRAPPER_EXTRA_TEXT) {
                return roots;
            }
            wrapper = up;
            if (wrapper.className().isBlank()) {
                continue;
            }
            List<Element> out = new ArrayList<>();
            boolean split = false;
            for (Element sibling : wrapper.parent().children()) {
                if (sibling == wrapper) {
                    out.addAll(roots);
                } else if (sibling.normalName().equals(wrapper.normalName()) && sibling.className().equals(wrapper.className())
                        && stats.text(sibling) > 0 && stats.linkDensity(sibling) < SPLIT_PART_LINK_DENSITY) {
                    out.add(sibling);
                    split = true;
                }
            }
            if (split) {
                return out;
            }
        }
        return roots;
    }

    /** The opening of each summary long enough to be told apart, compared without case and punctuation. */
    private static List<String> leadKeys(List<String> summaries) {
        List<String> keys = new ArrayList<>();
        for (String summary : summaries) {
            String key = Texts.comparable(summary);
            if (key.codePointCount(0, key.length()) >= LEAD_KEY) {
                keys.add(key.substring(0, key.offsetByCodePoints(0, LEAD_KEY)));
            }
        }
        return keys;
    }

    /** Whether a block's opening text holds the start of one of the summaries. */
    private static boolean opensWithLead(CharSequence sample, List<String> leads) {
        if (leads.isEmpty()) {
            return false;
        }
        String text = Texts.comparable(sample.toString());
        return leads.stream().anyMatch(text::contains);
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        List<String> tokens = HtmlCues.cueTokens(e);
        if (cues.isPositive(tokens)) {
            s += 25;
        }
        if (cues.negativeRule(tokens) != null) {
            s -= 25;
        }
        if (e.normalName().equals("article") || e.normalName().equals("main")
                || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            s += 10;
        }
        return s;
    }

    /**
     * When several of the best candidates sit under one ancestor of the winner (an article split into
     * sections, each scoring on its own), that ancestor is the article.
     */
    private static Element promoteToCommonAncestor(Element top, double topScore, List<Map.Entry<Element, Double>> ranked,
                                                   Element body) {
        List<Element> strong = new ArrayList<>();
        for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
            if (ranked.get(i).getValue() >= topScore * 0.75) {
                strong.add(ranked.get(i).getKey());
            }
        }
        if (strong.size() < 2) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element s : strong) {
                if (isAncestor(ancestor, s)) {
                    inside++;
                }
            }
            if (inside >= 2) {
                return ancestor;
            }
        }
        return top;
    }

    /**
     * Page builders cut one article into many rows, each a candidate of its own; while the winner's
     * parent holds much more running text than the winner, the parent is the article.
     */
    private static Element widenToProse(Element top, Map<Element, Integer> prose, TextStats stats, Element body) {
        Element current = top;
        int mine = prose.getOrDefault(top, 0);
        for (Element up = top.parent(); up != null; up = up.parent()) {
            int theirs = prose.getOrDefault(up, 0);
            TextStats.Counts inner = stats.of(current);
            TextStats.Counts outer = stats.of(up);
            int extraText = outer.text - inner.text;
            int extraLinked = outer.linked - inner.linked;
            if (theirs >= mine * WIDEN_RATIO && extraLinked < extraText * EXTRA_LINK_DENSITY) {
                current = up;
                mine = theirs;
            }
            if (up == body) {
                break;
            }
        }
        return current;
    }

    /**
     * A page that marks its article (&lt;article&gt;, itemprop=articleBody) around the winner means the whole
     * of it: the lead, a table of contents or a call-out box cut the text into parts the scoring saw
     * apart. Only when the marked element is nearly free of links, so a teaser list marked the same
     * way never swallows the page.
     */
    private static Element widenToArticleElement(Element top, TextStats stats, Element body) {
        int level = 0;
        for (Element up = top.parent(); up != null && up != body && level < ARTICLE_LEVELS; up = up.parent(), level++) {
            if ((up.nameIs("article") || "articleBody".equalsIgnoreCase(up.attr("itemprop")))
                    && stats.linkDensity(up) < ARTICLE_LINK_DENSITY) {
                return up;
            }
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            double score = scores.getOrDefault(sibling, 0.0);
            if (!top.className().isEmpty() && top.className().equals(sibling.className())) {
                score += topScore * 0.2;
            }
            if (score >= threshold) {
                roots.add(sibling);
                continue;
            }
            if (sibling.normalName().equals("p")) {
                int len = stats.text(sibling);
                double ld = stats.linkDensity(sibling);
                String text = sibling.text();
                if ((len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0 && Texts.endsLikeSentence(text)
                        && Texts.clauseMarks(text) > 0)) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    private static Map<Element, Own> ownText(Element root) {
        Map<Element, Own> own = new LinkedHashMap<>();
        Map<Element, Element> blockOf = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (TextStats.isLink(e)) {
                        linkDepth++;
                    }
                    Element parent = e.parent();
                    blockOf.put(e, isBlock(e) || parent == null ? e : blockOf.getOrDefault(parent, e));
                } else if (node instanceof TextNode t && t.parent() != null) {
                    Element parent = t.parent();
                    String s = t.getWholeText();
                    int len = Texts.weightedLength(s);
                    if (len == 0) {
                        return;
                    }
                    Own o = own.computeIfAbsent(blockOf.getOrDefault(parent, parent), k -> new Own());
                    o.text += len;
                    o.marks += Texts.clauseMarks(s);
                    if (o.sample.length() <= SAMPLE) {
                        o.sample.append(s);
                    }
                    if (linkDepth > 0) {
                        o.linked += len;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && TextStats.isLink(e)) {
                    linkDepth--;
                }
            }
        }, root);
        return Collections.unmodifiableMap(own);
    }

    static boolean isBlock(Element e) {
        return !PageCleaner.INLINE.contains(e.normalName());
    }
}
