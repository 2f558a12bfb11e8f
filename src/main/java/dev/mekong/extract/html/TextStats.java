package dev.mekong.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text measures of every element under a root, computed in one iterative pass (no recursion, so
 * arbitrarily deep markup is fine): weighted text length, the part of it inside links, clause marks.
 */
final class TextStats {

    static final class Counts {
        int text;
        int linked;
        int marks;
        /** Anchors with an href, and those of them that point at an ad server's click tracker. */
        int links;
        int adLinks;

        double linkDensity() {
            return text == 0 ? 0 : (double) linked / text;
        }
    }

    private static final Counts EMPTY = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    TextStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Counts c = new Counts();
                    counts.put(e, c);
                    if (isLink(e)) {
                        linkDepth++;
                    }
                    if (e.nameIs("a") && e.hasAttr("href")) {
                        c.links = 1;
                        c.adLinks = HtmlCues.get().isAdLink(e.attr("href")) ? 1 : 0;
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    String s = t.getWholeText();
                    Counts c = counts.get(parent);
                    int len = Texts.weightedLength(s);
                    c.text += len;
                    c.marks += Texts.clauseMarks(s);
                    if (linkDepth > 0) {
                        c.linked += len;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (isLink(e)) {
                        linkDepth--;
                    }
                    if (e != root && e.parent() != null) {
                        Counts mine = counts.get(e);
                        Counts up = counts.get(e.parent());
                        if (up != null) {
                            up.text += mine.text;
                            up.linked += mine.linked;
                            up.marks += mine.marks;
                            up.links += mine.links;
                            up.adLinks += mine.adLinks;
                        }
                    }
                }
            }
        }, root);
    }

    /**
     * Whether an element's text counts as link text. An anchor wrapping several sentences of prose (some
     * sites link the whole article body) is not navigation, nor is a heading's link to its own place on
     * the page (a permalink).
     */
    static boolean isLink(Element e) {
        if (!e.nameIs("a")) {
            return false;
        }
        String href = e.attr("href").strip();
        if (href.length() > 1 && href.charAt(0) == '#' && e.closest("h1, h2, h3, h4, h5, h6") != null) {
            return false;
        }
        String text = e.text();
        return Texts.weightedLength(text) < 300 || Texts.clauseMarks(text) < 5;
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, EMPTY);
    }

    int text(Element e) {
        return of(e).text;
    }

    double linkDensity(Element e) {
        return of(e).linkDensity();
    }
}
