package dev.mekong.extract.text;

import dev.mekong.extract.rules.SiteRules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The lines of a text copy as the extractor reads them: non-blank lines (a wide gap splits layout-table
 * cells into lines of their own), each classified and scored alone, then refined by passes that look at
 * the lines around each one.
 */
final class PageLines {

    /** The passes, in order: each may rely on what the ones before it marked. */
    private static final List<Consumer<List<Line>>> PASSES = List.of(
            WrappedParagraphs::mark,
            UnstoppedParagraphs::mark,
            ContentsOutlines::drop,
            NumberedItems::keepHeadings,
            ListsInProse::keep,
            NumberedItems::dropExpandedTeasers,
            TeaserLists::mark,
            SidebarBlurbs::discount);

    private final LineClassifier classifier;

    PageLines(LineClassifier classifier) {
        this.classifier = classifier;
    }

    /** The page's lines, classified, scored and refined; {@code site} (may be null) adds the user's rules for the page's site. */
    List<Line> read(String text, SiteRules.Site site) {
        List<Line> lines = classified(text, site);
        PASSES.forEach(pass -> pass.accept(lines));
        return lines;
    }

    /** The page's lines, each classified and scored on its own (and by the list heading over it). */
    List<Line> classified(String text, SiteRules.Site site) {
        List<Line> lines = new ArrayList<>();
        String listHeading = null;
        for (List<String> block : LayoutColumns.blocks(text.split("\n", -1))) {
            for (LayoutColumns.Piece piece : LayoutColumns.read(block)) {
                String cell = piece.text();
                boolean siteKeeps = site != null && site.keeps(cell);
                String rule = siteKeeps ? null : site != null ? site.dropRule(cell).orElseGet(() -> classifier.classify(cell))
                        : classifier.classify(cell);
                boolean item = classifier.isListItem(cell);
                // the items under a "related" / "most read" heading belong to that list
                boolean underHeading = rule == null && listHeading != null && item;
                if (underHeading) {
                    rule = listHeading;
                }
                if (rule != null && LineClassifier.isSectionEnd(rule)) {
                    listHeading = rule;
                } else if (rule == null) {
                    listHeading = null;
                }
                Line line = new Line(lines.size(), cell, rule, item, piece.paragraphStart());
                // a related box costs its heading once, not once per item: a long enough article goes on below it
                line.score = siteKeeps ? LineScore.keptBySite(cell) : underHeading ? LineScore.CHROME : LineScore.of(cell, rule);
                lines.add(line);
            }
        }
        return lines;
    }
}
