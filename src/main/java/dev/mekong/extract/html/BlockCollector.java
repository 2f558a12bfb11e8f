package dev.mekong.extract.html;

import dev.mekong.model.Block;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns the article's root elements into typed blocks: paragraphs, headings, lists, quotes, figures and
 * data tables, each with its text measures so that the filters can judge it. Iterative throughout.
 */
final class BlockCollector {

    /**
     * A block with the measures the filters need; {@code level} is the source heading's rank (1 for h1 to
     * 6 for h6), 0 for other blocks.
     */
    record Candidate(Block block, int text, int linked, int level) {
        String plain() {
            return block.plainText();
        }

        double linkDensity() {
            return text == 0 ? 0 : (double) linked / text;
        }
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LAYOUT_INSIDE = Set.of("p", "div", "table", "h1", "h2", "h3", "h4", "h5", "h6",
            "section", "article", "blockquote", "pre", "figure");

    private final UnaryOperator<String> resolveUrl;
    private final List<Candidate> out = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private int bufferText;
    private int bufferLinked;

    /** @param resolveUrl what a figure's record keeps of an image reference, or null to drop it */
    BlockCollector(UnaryOperator<String> resolveUrl) {
        this.resolveUrl = resolveUrl;
    }

    List<Candidate> collect(List<Element> roots) {
        for (Element root : roots) {
            walk(root);
            flush();
        }
        return out;
    }

    private void walk(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            int linkDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    buffer.append(s);
                    int len = Texts.weightedLength(s);
                    bufferText += len;
                    if (linkDepth > 0) {
                        bufferLinked += len;
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (TextStats.isLink(e)) {
                    linkDepth++;
                    return FilterResult.CONTINUE;
                }
                if (tag.equals("br")) {
                    flush();
                    return FilterResult.CONTINUE;
                }
                if (!ContentFinder.isBlock(e)) {
                    return FilterResult.CONTINUE;
                }
                flush();
                if (HEADINGS.contains(tag)) {
                    String text = lines(e);
                    if (!text.isEmpty()) {
                        String type = tag.equals("h1") || tag.equals("h2") ? Block.HEADING2 : Block.HEADING3;
                        add(new Block(type, text.replace('\n', ' '), null, null, null), e);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                switch (tag) {
                    case "ul", "ol" -> {
                        if (isLayout(e)) {
                            return FilterResult.CONTINUE;
                        }
                        List<String> items = new ArrayList<>();
                        for (Element li : e.children()) {
                            String item = lines(li).replace('\n', ' ');
                            if (!item.isEmpty()) {
                                items.add(item);
                            }
                        }
                        if (!items.isEmpty()) {
                            add(new Block(tag.equals("ol") ? Block.ORDERED_LIST : Block.LIST, null, items, null, null), e);
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    case "table" -> {
                        List<String> rows = dataTableRows(e);
                        if (rows == null) {
                            return FilterResult.CONTINUE;
                        }
                        add(new Block(Block.TABLE, null, rows, null, null), e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    case "figure" -> {
                        // Editors wrap tables, pull quotes and code in figure too: those are read as such.
                        if (e.selectFirst("table, ul, ol, blockquote, pre") != null
                                || (e.selectFirst("img") == null && e.selectFirst("p") != null)) {
                            return FilterResult.CONTINUE;
                        }
                        addFigure(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    case "blockquote" -> {
                        if (e.selectFirst("table, ul, ol, figure") != null) {
                            return FilterResult.CONTINUE;
                        }
                        String text = lines(e);
                        if (!text.isEmpty()) {
                            add(new Block(Block.QUOTE, text, null, null, null), e);
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    case "pre" -> {
                        String text = preText(e);
                        if (!text.isEmpty()) {
                            add(Block.paragraph(text), e);
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    default -> {
                        return FilterResult.CONTINUE;
                    }
                }
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (TextStats.isLink(e)) {
                        linkDepth--;
                    } else if (ContentFinder.isBlock(e)) {
                        flush();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private void flush() {
        String text = Texts.normalizeSpace(buffer);
        if (!text.isEmpty()) {
            out.add(new Candidate(Block.paragraph(text), bufferText, bufferLinked, 0));
        }
        buffer.setLength(0);
        bufferText = 0;
        bufferLinked = 0;
    }

    private void add(Block block, Element source) {
        TextStats stats = new TextStats(source);
        int level = HEADINGS.contains(source.normalName()) ? source.normalName().charAt(1) - '0' : 0;
        out.add(new Candidate(block, stats.text(source), stats.of(source).linked, level));
    }

    /** A list whose items hold paragraphs, tables or sections is page layout, not an article list. */
    private static boolean isLayout(Element list) {
        TextStats stats = new TextStats(list);
        for (Element d : list.getAllElements()) {
            if (d != list && LAYOUT_INSIDE.contains(d.normalName()) && stats.text(d) > 150) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rows of a data table (cells joined by a tab), or null for a layout table: one that nests tables,
     * holds long paragraphs, or has fewer than two rows of two cells.
     */
    private static List<String> dataTableRows(Element table) {
        if (table.selectFirst("table table, td p, td div, td ul") != null
                && table.select("td p, td div").stream().anyMatch(x -> Texts.weightedLength(x.text()) > 200)) {
            return null;
        }
        if (!table.select("table table").isEmpty()) {
            return null;
        }
        List<String> rows = new ArrayList<>();
        int wideRows = 0;
        for (Element tr : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    String text = Texts.normalizeSpace(cell.text());
                    if (Texts.weightedLength(text) > 300) {
                        return null;
                    }
                    cells.add(text);
                }
            }
            if (cells.size() >= 2) {
                wideRows++;
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(String.join("\t", cells));
            }
        }
        return wideRows >= 2 && !rows.isEmpty() ? rows : null;
    }

    private void addFigure(Element figure) {
        String src = null;
        String alt = "";
        for (Element img : figure.select("img")) {
            String ref = img.attr("src");
            if (ref.isEmpty() || ref.startsWith("data:")) {
                ref = img.attr("data-src");
            }
            src = resolveUrl.apply(ref);
            if (src != null) {
                alt = img.attr("alt").replaceAll("\\s+", " ").strip();
                break;
            }
        }
        Element caption = figure.selectFirst("figcaption");
        String text = caption == null ? "" : lines(caption).replace('\n', ' ');
        if (src != null || !text.isEmpty()) {
            // a caption says it all (the page shows it); else the image's own alt is its text alternative
            add(new Block(Block.FIGURE, text.isEmpty() ? null : text, null, src, null,
                    text.isEmpty() && src != null && !alt.isEmpty() ? alt : null), figure);
        }
    }

    /** Text of an element with a line break at every block boundary and br, each line space-normalized. */
    static String lines(Element root) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    raw.append(t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && (e.nameIs("br") || ContentFinder.isBlock(e))) {
                    raw.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && ContentFinder.isBlock(e)) {
                    raw.append('\n');
                }
            }
        }, root);
        return nonEmptyLines(raw.toString());
    }

    private static String preText(Element pre) {
        return nonEmptyLines(pre.wholeText());
    }

    /** The lines of the text with their white space normalised, empty ones left out. */
    private static String nonEmptyLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String norm = Texts.normalizeSpace(line);
            if (!norm.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(norm);
            }
        }
        return out.toString();
    }
}
