package dev.mekong.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the article stands among a page's lines: the contiguous run of lines with the best total
 * score, cut at an end marker ("(完)") or at the first structural break after an article's worth of
 * prose, and widened by a lead too light to score on its own.
 *
 * @param start     index of the article's first line
 * @param end       index of its last line
 * @param endMarker whether an end marker closed it (at {@code end} when the marker is article text)
 */
record ArticleRegion(int start, int end, boolean endMarker) {

    private static final Pattern CREDIT_LINE = Pattern.compile("^[(（][^()（）]{2,60}[)）]$");
    /** How many lead lines above the best-scoring run may join it. */
    private static final int MAX_LEAD_LINES = 3;
    /** Longest headline in prose units; a headline framed by breadcrumb and date may run longer. */
    private static final int HEADLINE_UNITS = 45;
    private static final int LONG_HEADLINE_UNITS = 80;
    /** How many lines into a run its article's headline may stand below a ticker line. */
    private static final int TICKER_REACH = 8;

    /** The article's lines before its headline is known, or null when no run of lines scores above zero. */
    static ArticleRegion find(List<Line> lines, LineClassifier classifier) {
        int[] best = bestRun(lines);
        if (best == null) {
            return null;
        }
        int start = skipHeadline(lines, afterTickerLine(lines, best[0], best[1]), best[1]);
        int end = best[1];
        for (int i = start; i <= end; i++) {
            if (classifier.isEndMarker(lines.get(i).text)) {
                boolean markerIsChrome = lines.get(i).rule != null;
                return new ArticleRegion(start, markerIsChrome ? i - 1 : i, true);
            }
        }
        end = new ArticleEnd(classifier).before(lines, start, end);
        return new ArticleRegion(start, withTrailingCredit(lines, end, classifier), false);
    }

    /**
     * The region once its headline is known ({@code titleAt}, -1 for none): it starts at the first
     * paragraph under a headline found far above it, and takes in the lead between headline and body.
     */
    ArticleRegion underHeadline(List<Line> lines, int titleAt) {
        int from = start;
        if (titleAt >= 0 && titleAt < from - TitleFinder.WINDOW_LINES) {
            from = firstProseUnder(lines, titleAt, from);
        }
        return new ArticleRegion(withLead(lines, titleAt, from), end, endMarker);
    }

    /** Whether line {@code i} is article text. */
    boolean holds(int i) {
        return i >= start && i <= end;
    }

    /** Maximum-sum run of lines (section headings cost so much that only a long article continues past one). */
    private static int[] bestRun(List<Line> lines) {
        double best = 0;
        int[] bestRange = null;
        double sum = 0;
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (sum <= 0) {
                sum = 0;
                from = i;
            }
            sum += line.score;
            if (sum > best) {
                best = sum;
                bestRange = new int[] {from, i};
            }
        }
        return bestRange;
    }

    /**
     * A region may open on the headline itself when it is long (Thai writes no final stop): an
     * unpunctuated line followed by page metadata (date, byline) or preceded by the breadcrumb is the
     * headline, not the body.
     */
    private static int skipHeadline(List<Line> lines, int start, int end) {
        while (start < end) {
            Line first = lines.get(start);
            boolean metaAfter = lines.get(start + 1).rule != null && !LineClassifier.LINK_LIST.equals(lines.get(start + 1).rule);
            boolean crumbBefore = start > 0 && LineClassifier.BREADCRUMB.equals(lines.get(start - 1).rule);
            // between the breadcrumb and the date even a long Thai headline is one
            double longest = metaAfter && crumbBefore ? LONG_HEADLINE_UNITS : HEADLINE_UNITS;
            boolean headlineShaped = first.rule == null && !LineShape.endsLikeStatement(first.text) && LineShape.units(first.text) <= longest;
            if (!headlineShaped || !(metaAfter || crumbBefore)) {
                return start;
            }
            start++;
            while (start < end && lines.get(start).rule != null) {
                start++;
            }
        }
        return start;
    }

    /**
     * A run may open on one long line above the article's own headline (a news ticker, a teaser):
     * when a headline-shaped line with a date or byline beside it follows within a few lines, and
     * at most one line of prose stands before it, the run starts at that headline.
     */
    private static int afterTickerLine(List<Line> lines, int start, int end) {
        int prose = 0;
        for (int i = start; i <= Math.min(end - 1, start + TICKER_REACH); i++) {
            Line line = lines.get(i);
            if (line.rule == null && line.score >= LineScore.PROSE && ++prose > 1) {
                return start;
            }
            double units = LineShape.units(line.text);
            boolean headline = i > start && line.rule == null && !line.listItem && units >= 4 && units <= 40
                    && !LineShape.endsLikeStatement(line.text);
            if (headline && prose == 1 && MetadataNearby.around(lines, i) && MetadataNearby.belowBeforeProse(lines, i)) {
                return i;
            }
        }
        return start;
    }

    /** A bracketed reporter credit right after the last paragraph, "(记者黄婉 通讯员钟夏波)", is article text. */
    private static int withTrailingCredit(List<Line> lines, int end, LineClassifier classifier) {
        if (end + 1 < lines.size()) {
            String next = lines.get(end + 1).text;
            if (CREDIT_LINE.matcher(next).matches() && !classifier.metadataParser().authors(next).isEmpty()) {
                return end + 1;
            }
        }
        return end;
    }

    /**
     * Where the article starts under a headline found far above the body: its first paragraph, unless a
     * related list, comment box or disclaimer stands between (then the body found stays).
     */
    private static int firstProseUnder(List<Line> lines, int titleAt, int start) {
        for (int i = titleAt + 1; i < start; i++) {
            Line line = lines.get(i);
            if (line.rule == null && isLead(line.text)) {
                for (int j = i + 1; j < start; j++) {
                    if (lines.get(j).rule != null && LineClassifier.isSectionEnd(lines.get(j).rule)) {
                        return start;
                    }
                }
                return i;
            }
        }
        return start;
    }

    /**
     * A short article opens with a one-sentence lead ("The council approved the budget on Monday.",
     * "本报讯 预算获通过。", a Vietnamese sapo, a Thai lead without a stop) too light to score as prose on its
     * own. Between the headline (or the page metadata under it) and the body, plain lines that read as
     * a sentence belong to the body; chrome lines between them stay removed.
     */
    private static int withLead(List<Line> lines, int titleAt, int start) {
        int floor = titleAt >= 0 ? titleAt + 1 : Math.max(0, start - MAX_LEAD_LINES);
        if (start - 1 >= floor && wrapsInto(lines.get(start - 1), lines.get(start))) {
            start--;
        }
        int plain = 0;
        for (int i = start - 1; i >= floor && plain < MAX_LEAD_LINES; i--) {
            Line line = lines.get(i);
            if (line.rule != null) {
                if (LineClassifier.isSectionEnd(line.rule)) {
                    break;
                }
                continue;
            }
            if (line.teaser || !isLead(line.text)) {
                break;
            }
            plain++;
            start = i;
        }
        return start;
    }

    /**
     * The first line of a wrapped paragraph the page split from the rest (a box border glued above
     * it): plain, a long line cut mid-sentence, as wide as the body's first line and no headline.
     */
    private static boolean wrapsInto(Line line, Line body) {
        String t = line.text;
        int width = LayoutColumns.displayWidth(t, t.length());
        return line.rule == null && !line.teaser && body.run < 0 && LineShape.units(t) >= 20 && !LineShape.hasStop(t)
                && !LineShape.endsLikeSentence(t) && width >= LayoutColumns.displayWidth(body.text, body.text.length()) * 0.9;
    }

    /** A sentence: a statement or a question of a few words, or a Thai line of a few words (Thai writes no stop). */
    private static boolean isLead(String t) {
        double units = LineShape.units(t);
        return units >= 4 && LineShape.endsLikeSentence(t) || LineShape.hasThai(t) && units >= 6;
    }
}
