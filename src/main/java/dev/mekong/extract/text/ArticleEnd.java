package dev.mekong.extract.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Sidebars after a short article often read like prose (teasers, blurbs) and outweigh the chrome
 * between, so the best-scoring run reaches into them. Once the run holds an article's worth of
 * prose, it ends at the first structural break: a related / comments / disclaimer heading, or a
 * short heading-like line over a list of link items. The run then ends where its score peaked
 * before that break.
 */
final class ArticleEnd {

    /** Prose units that make an article on their own: a break after them ends it. */
    private static final double ARTICLE_MASS = 40;
    /** How many lines below a heading-like line are looked at for a list of links. */
    private static final int LIST_LOOKAHEAD = 5;
    /** How far below a list break prose must resume for the article to go on. */
    private static final int RESUME_LOOKAHEAD = 10;
    /** Prose units of two paragraphs that say the article goes on below a break. */
    private static final double RESUMED_MASS = 50;
    /** A person's name on a line of its own: two to four capitalised words. */
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");
    /** Lines between an author's name and the bio (the name again, a role line). */
    private static final int BIO_REACH = 3;
    /** Room before the name at the start of a bio for an honorific ("Dr. ", "Prof. "). */
    private static final int MAX_NAME_PREFIX = 6;
    /** A teaser card's headline comes again within this many lines (past the image's alt text). */
    private static final int CARD_REPEAT_REACH = 2;
    /** Lines (a blurb, a date) between one teaser card's second headline and the next card. */
    private static final int CARD_GAP = 3;
    /** A card headline names a story: a few words at least, not a table cell's value. */
    private static final int MIN_CARD_UNITS = 4;

    private final LineClassifier classifier;

    ArticleEnd(LineClassifier classifier) {
        this.classifier = classifier;
    }

    /** The last line of the article in the run from {@code start} to {@code end}. */
    int before(List<Line> lines, int start, int end) {
        double mass = 0;
        for (int i = start; i <= end; i++) {
            Line line = lines.get(i);
            if (mass >= ARTICLE_MASS && endsArticle(lines, i, end)) {
                return peakBefore(lines, start, i);
            }
            if (line.score > 0) {
                mass += line.score;
            }
        }
        return end;
    }

    /**
     * A related box, a comment widget or a list of links may sit inside a long article, so a section
     * heading or a list ends the article only when prose does not resume right after it and what
     * follows is mostly chrome.
     */
    private boolean endsArticle(List<Line> lines, int i, int end) {
        String rule = lines.get(i).rule;
        boolean sectionBreak = rule != null && (LineClassifier.isSectionEnd(rule) || LineClassifier.SHARE.equals(rule))
                || rule == null && opensLinkList(lines, i, end);
        // a copyright notice closes the article: what follows it is the page's own text
        boolean notice = LineClassifier.COPYRIGHT.equals(rule) && classifier.isRightsNotice(lines.get(i).text);
        boolean cards = rule == null && opensTeaserCards(lines, i, end);
        boolean bio = rule == null && opensAuthorBio(lines, i, end);
        return (sectionBreak && chromeHeavy(lines, i + 1, end) || notice || cards || bio) && !proseResumes(lines, i + 1, end);
    }

    /**
     * An author box under the article gives the writer's name twice (the photo's alt text, then the
     * link), then a bio that opens with that name ("Jane Doe is a reporter who…", "Dr. Jane Doe is…").
     * The article has ended by then. A name printed once over a paragraph that opens with it is a
     * subheading of a listicle ("Amazon Lex" / "Amazon Lex is a…"), not an author box.
     */
    private static boolean opensAuthorBio(List<Line> lines, int i, int end) {
        String name = lines.get(i).text;
        if (i + 1 > end || !PERSON_NAME.matcher(name).matches() || !lines.get(i + 1).text.equals(name)) {
            return false;
        }
        for (int j = i + 2; j <= Math.min(end, i + 1 + BIO_REACH); j++) {
            Line bio = lines.get(j);
            int at = bio.text.indexOf(name + " ");
            if (bio.isPlainProse() && at >= 0 && at <= MAX_NAME_PREFIX) {
                return true;
            }
        }
        return false;
    }

    /**
     * A grid of teaser cards prints each card's headline twice (once as the image link, once as the
     * title link) around its image's alt text, then a blurb. A headline-shaped line repeated a line or
     * two below opens a card; a second card right after makes the grid, which is never article text.
     */
    private static boolean opensTeaserCards(List<Line> lines, int i, int end) {
        int second = cardEnd(lines, i, end);
        if (second < 0) {
            return false;
        }
        for (int j = second + 1; j <= Math.min(end, second + CARD_GAP); j++) {
            // a table column repeats one value ("Custom pricing") where cards name different stories
            if (cardEnd(lines, j, end) >= 0 && !lines.get(j).text.equals(lines.get(i).text)) {
                return true;
            }
        }
        return false;
    }

    /** Where the card headline at {@code i} is printed again, or -1 when the line opens no card. */
    private static int cardEnd(List<Line> lines, int i, int end) {
        Line line = lines.get(i);
        if (!line.isHeadlineShaped() || LineShape.units(line.text) < MIN_CARD_UNITS) {
            return -1;
        }
        for (int j = i + 1; j <= Math.min(end, i + CARD_REPEAT_REACH); j++) {
            if (lines.get(j).text.equals(line.text)) {
                return j;
            }
        }
        return -1;
    }

    /** Below the break, chrome lines are at least as many as paragraphs: a sidebar, not more article. */
    private static boolean chromeHeavy(List<Line> lines, int from, int end) {
        int chrome = 0;
        int prose = 0;
        for (int j = from; j <= end; j++) {
            if (lines.get(j).rule != null) {
                chrome++;
            } else if (lines.get(j).isPlainProse()) {
                prose++;
            }
        }
        return chrome >= prose;
    }

    /** Two paragraphs in a row (plain prose lines, not list items) among the next few lines. */
    private static boolean proseResumes(List<Line> lines, int from, int end) {
        for (int j = from; j < Math.min(end, from + RESUME_LOOKAHEAD); j++) {
            Line a = lines.get(j);
            Line b = lines.get(j + 1);
            if (a.isPlainProse() && b.isPlainProse() && a.score + b.score >= RESUMED_MASS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sidebar heading links to its section ("港聞頭條 »", "更多文章>>", "More news ›") and heads a list:
     * most of the next lines are list items the classifier calls chrome. Headings inside an article
     * carry no arrow.
     */
    private static boolean opensLinkList(List<Line> lines, int i, int end) {
        Line line = lines.get(i);
        if (LineShape.units(line.text) > 12 || line.listItem || !LineShape.linksToSection(line.text)) {
            return false;
        }
        int items = 0;
        for (int j = i + 1; j <= Math.min(end, i + LIST_LOOKAHEAD); j++) {
            if (lines.get(j).listItem && lines.get(j).rule != null) {
                items++;
            }
        }
        return items >= 3;
    }

    /** The line before {@code limit} where the running score from {@code start} is highest. */
    private static int peakBefore(List<Line> lines, int start, int limit) {
        double sum = 0;
        double best = Double.NEGATIVE_INFINITY;
        int at = start;
        for (int i = start; i < limit; i++) {
            sum += lines.get(i).score;
            if (sum > best) {
                best = sum;
                at = i;
            }
        }
        return at;
    }
}
