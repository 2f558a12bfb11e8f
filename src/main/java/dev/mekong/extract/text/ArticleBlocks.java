package dev.mekong.extract.text;

import dev.mekong.model.Block;
import dev.mekong.model.Removed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The article's paragraphs from its region of the page (a wrapped paragraph joined again), and every
 * other line but the headline as removed, with the rule that removed it: the classifier's, or where
 * the line stands (before the title, before or after the body, after an end marker).
 *
 * @param blocks  the article's paragraphs
 * @param removed the other lines, in page order
 */
record ArticleBlocks(List<Block> blocks, List<Removed> removed) {

    /** How far below a line its copy may stand for the line to be dropped as printed twice. */
    private static final int COPY_REACH = 3;
    /** A line of a few words at least: short labels ("Pros:", "Share") come again for good reasons. */
    private static final int MIN_COPY_UNITS = 4;
    /** A paragraph may come twice for good reasons (the summary repeated as the lead): captions are shorter. */
    private static final int MAX_COPY_UNITS = 40;

    /** The paragraphs and removed lines of a page whose article is {@code region}, under the headline at {@code titleAt} (-1: none). */
    static ArticleBlocks of(List<Line> lines, ArticleRegion region, int titleAt) {
        int start = region.start();
        int end = region.end();
        List<Block> blocks = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        Set<Integer> copies = earlierCopies(lines, start, end);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == titleAt) {
                continue;
            }
            if (copies.contains(i)) {
                removed.add(new Removed(line.text, LineClassifier.REPEATED));
            } else if (region.holds(i) && (line.rule == null || i == end && region.endMarker())) {
                boolean continuesRun = line.run >= 0 && i > start && lines.get(i - 1).run == line.run && !blocks.isEmpty();
                if (continuesRun) {
                    String previous = blocks.remove(blocks.size() - 1).text();
                    blocks.add(Block.paragraph(WrappedParagraphs.join(previous, line.text)));
                } else {
                    blocks.add(Block.paragraph(line.text));
                }
            } else {
                removed.add(new Removed(line.text, ruleFor(line, i, region, titleAt)));
            }
        }
        return new ArticleBlocks(blocks, removed);
    }

    /**
     * An image's alt text printed just above the same text as its caption, or a teaser headline over
     * its own link: a body line that comes again within a few lines is printed once. The earlier copy
     * is dropped; the later one stands where the article put it.
     */
    private static Set<Integer> earlierCopies(List<Line> lines, int start, int end) {
        Set<Integer> copies = new HashSet<>();
        for (int i = start; i <= end; i++) {
            Line line = lines.get(i);
            double units = LineShape.units(line.text);
            if (line.rule != null || line.run >= 0 || units < MIN_COPY_UNITS || units > MAX_COPY_UNITS) {
                continue;
            }
            for (int j = i + 1; j <= end && j <= i + COPY_REACH; j++) {
                if (lines.get(j).text.equals(line.text)) {
                    copies.add(i);
                    break;
                }
            }
        }
        return copies;
    }

    /** The rule of a removed line: the classifier's, else where it stands. */
    private static String ruleFor(Line line, int i, ArticleRegion region, int titleAt) {
        if (i > region.end() && region.endMarker()) {
            return line.rule != null ? line.rule : TextPageExtractor.AFTER_END_MARKER;
        }
        if (line.rule != null) {
            return line.rule;
        }
        if (i < region.start()) {
            return titleAt >= 0 && i < titleAt ? TextPageExtractor.BEFORE_TITLE : TextPageExtractor.BEFORE_BODY;
        }
        return TextPageExtractor.AFTER_BODY;
    }
}
