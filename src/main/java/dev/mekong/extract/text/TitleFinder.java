package dev.mekong.extract.text;

import dev.mekong.extract.rules.SiteRules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The headline of a text copy: the most headline-like line above the article's body, or the line a
 * site's rules name.
 */
final class TitleFinder {

    /** How far above the body the headline is sought first, in lines. */
    static final int WINDOW_LINES = 80;
    /** How many candidate lines above the body are weighed at most. */
    private static final int MAX_CANDIDATES = 40;
    /** The window title form of a headline, "Five Tips | Site Name": the site's name after a bar. */
    private static final Pattern TAB_TITLE = Pattern.compile("\\S\\s+\\|\\s+\\S");
    /** The last separator of a breadcrumb trail before its last crumb. */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("(?:>|»|›|/|\\|)\\s*$");
    /** Beyond this many candidate lines above the body, a headline over its byline is not penalised for being further up. */
    private static final int TITLE_DISTANCE_CAP = 6;
    /** How far above a line a related-stories heading still heads the teaser list the line may sit in. */
    private static final int RELATED_TEASER_REACH = 30;
    /** Menu items printed without spaces between them: "NewsTech trailTrade floorExport". */
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}\\p{Lu}");
    /** What a line right under the date and right over the body gains: between a date nearby (5) and a date below (8). */
    private static final double DATE_ABOVE = 6.5;
    /** A best headline score under this is no headline: the framed one further up is sought. */
    private static final double WEAK_TITLE_SCORE = 3;
    /** How many lines over a standfirst its headline may stand, images and credits between. */
    private static final int DEK_REACH = 8;
    /** The cells of a section path, "Thời sự / Giao thông", "World › Asia". */
    private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s+[/>»›|]\\s+");
    /** The longest cell of a section path. */
    private static final int MAX_PATH_CELL_UNITS = 4;
    private static final Pattern LEADING_BULLET = Pattern.compile("^[•·*]\\s*");

    private final LineClassifier classifier;

    TitleFinder(LineClassifier classifier) {
        this.classifier = classifier;
    }

    /** The index of the headline line, -1 when there is none: the one the site's rules match, else the most headline-like. */
    int find(List<Line> lines, int bodyStart, SiteRules.Site site) {
        int titleAt = site != null && site.title() != null ? siteTitleLine(lines, site) : -1;
        return titleAt >= 0 ? titleAt : mostHeadlineLike(lines, bodyStart);
    }

    /** The headline a line gives: what the site's title pattern takes from it, else the line without a bullet. */
    static String title(Line line, SiteRules.Site site) {
        return site != null && site.titleIn(line.text).isPresent() ? site.titleIn(line.text).get()
                : LEADING_BULLET.matcher(line.text).replaceAll("").strip();
    }

    /** The first line the site's title pattern matches, or -1. */
    private static int siteTitleLine(List<Line> lines, SiteRules.Site site) {
        for (Line line : lines) {
            if (site.titleIn(line.text).isPresent()) {
                return line.index;
            }
        }
        return -1;
    }

    /**
     * The most headline-like line above the body: followed closely by a byline or date line, repeated
     * on the page (breadcrumb, tab title), headline-sized, not a sentence or a label ending with a colon,
     * and close to the body. Blogs put tables of contents, bylines and disclaimers between headline and
     * body, so the search reaches well above the body.
     */
    private int mostHeadlineLike(List<Line> lines, int bodyStart) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        int candidates = 0;
        for (int i = bodyStart - 1; i >= 0 && i >= bodyStart - WINDOW_LINES && candidates < MAX_CANDIDATES; i--) {
            Line line = lines.get(i);
            if (line.rule != null) {
                continue;
            }
            candidates++;
            double units = LineShape.units(line.text);
            if (units < 2 || units > 80) {
                continue;
            }
            double s = -candidates * 0.5;
            if (MetadataNearby.below(lines, i)) {
                // a headline over its byline or date: a table of contents may stand between it and the body
                s = -Math.min(candidates, TITLE_DISTANCE_CAP) * 0.5 + 8;
            } else if (candidates == 1 && i > 0 && LineClassifier.METADATA.equals(lines.get(i - 1).rule)) {
                // the date over the headline, the body right under it: more than a date nearby, less than
                // a line over its date (a source or dateline line often stands between date and body)
                s += DATE_ABOVE;
            } else if (MetadataNearby.around(lines, i)) {
                s += 5;
            }
            if (repeated(lines, i)) {
                s += 4;
            }
            if (i > 0 && LineClassifier.BREADCRUMB.equals(lines.get(i - 1).rule)) {
                s += 2;
            }
            if (i > 0 && endsWithCrumb(lines.get(i - 1).text, line.text)) {
                s += 8;
            }
            if (underRelatedHeading(lines, i)) {
                s -= 4;
            }
            if (isSectionPath(line.text)) {
                // "Sport / Tennis" over the date that heads the headline below it
                s -= 4;
            }
            if (TAB_TITLE.matcher(line.text).find() || LineShape.isDoubled(line.text)) {
                s -= 4;
            }
            if (classifier.endsWithPhotoCredit(line.text)) {
                s -= 8;
            }
            if (namesTheAuthorBelow(lines, i)) {
                s -= 6;
            }
            if (LineShape.endsLikeStatement(line.text)) {
                s -= 4;
            }
            if (line.text.endsWith(":") || line.text.endsWith("：")) {
                s -= 6;
            }
            if (units < 4) {
                // a name between a headline (or its standfirst) and the date is the byline: "Method Studio"
                s -= i > 0 && lines.get(i - 1).rule == null && LineShape.units(lines.get(i - 1).text) >= 4
                        && MetadataNearby.below(lines, i) ? 9 : 3;
            } else if (units >= 5 && units <= 40) {
                s += 1;
            }
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        if (bestScore < WEAK_TITLE_SCORE) {
            int framed = framedHeadlineAbove(lines, bodyStart - 1);
            if (framed >= 0) {
                return framed;
            }
        }
        return best >= 0 ? headlineOverDek(lines, best) : best;
    }

    /**
     * The closest line above that the page frames as its headline: under a breadcrumb (or a trail ending
     * with it) and over a date or byline. Sought when nothing near the body looks like a headline, because
     * the body found is a later part of the article (a long checklist pushes the prose far down).
     */
    private static int framedHeadlineAbove(List<Line> lines, int from) {
        for (int i = from; i > 0; i--) {
            Line line = lines.get(i);
            double units = LineShape.units(line.text);
            boolean crumbAbove = LineClassifier.BREADCRUMB.equals(lines.get(i - 1).rule) || endsWithCrumb(lines.get(i - 1).text, line.text);
            if (line.rule == null && crumbAbove && units >= 4 && units <= 40 && !LineShape.endsLikeStatement(line.text)
                    && MetadataNearby.below(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The headline above a standfirst: when a headline-shaped line the page prints again elsewhere (tab
     * title, breadcrumb, link) stands a few lines over the chosen one, which it does not, with only images,
     * credits and other short lines between, the chosen one is the dek under the headline ("Vegetable Gardening for Beginners" over "The Basics of Planting …").
     */
    private int headlineOverDek(List<Line> lines, int chosen) {
        for (int i = chosen - 1; i >= 0 && i >= chosen - DEK_REACH; i--) {
            Line line = lines.get(i);
            double units = LineShape.units(line.text);
            if (line.rule != null && !line.rule.equals(LineClassifier.PHOTO) && !line.rule.equals(LineClassifier.W3M_ARTEFACT)) {
                return chosen;
            }
            if (line.rule != null || units <= 3) {
                continue;
            }
            boolean headline = units <= 40 && !LineShape.endsLikeSentence(line.text) && !line.text.endsWith(":")
                    && !classifier.endsWithPhotoCredit(line.text) && !underRelatedHeading(lines, i)
                    && repeated(lines, i) && !repeated(lines, chosen) && GLUED_WORDS.matcher(line.text).results().count() < 2;
            return headline ? i : chosen;
        }
        return chosen;
    }

    /**
     * Inside a list of other stories: a related / latest heading stands above the line, with no
     * breadcrumb between them (a breadcrumb opens the article's own header).
     */
    private static boolean underRelatedHeading(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0 && j >= i - RELATED_TEASER_REACH; j--) {
            String rule = lines.get(j).rule;
            if (LineClassifier.RELATED.equals(rule)) {
                return true;
            }
            if (LineClassifier.BREADCRUMB.equals(rule)) {
                return false;
            }
        }
        return false;
    }

    /** Two or more short section names joined by slashes or arrows: "Local News / Schools and Colleges". */
    private static boolean isSectionPath(String t) {
        String[] cells = PATH_SEPARATOR.split(t.strip());
        if (cells.length < 2 || LineShape.endsLikeSentence(t)) {
            return false;
        }
        for (String cell : cells) {
            if (LineShape.units(cell) > MAX_PATH_CELL_UNITS) {
                return false;
            }
        }
        return true;
    }

    /** A trail of links right above the headline ends with it: "Home > Blog > Five Best Tools". */
    private static boolean endsWithCrumb(String above, String t) {
        return above.length() > t.length() + 2 && above.endsWith(t)
                && CRUMB_SEPARATOR.matcher(above.substring(0, above.length() - t.length())).find();
    }

    /** The alt text of the author's photo opens with the author's name, printed again just below it. */
    private static boolean namesTheAuthorBelow(List<Line> lines, int i) {
        String t = lines.get(i).text;
        for (int j = i + 1; j < lines.size() && j <= i + 3; j++) {
            String below = lines.get(j).text;
            if (below.length() >= 5 && below.length() < t.length() && t.startsWith(below)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Printed again elsewhere on the page: as a breadcrumb's last crumb, a tab title, a link in a list.
     * An identical twin on the very next or previous line is no such echo: it is one link printed twice.
     */
    private static boolean repeated(List<Line> lines, int i) {
        String t = lines.get(i).text;
        for (Line other : lines) {
            boolean echo = other.text.equals(t) ? Math.abs(other.index - i) > 1
                    : other.text.length() < t.length() + 60 && other.text.endsWith(t);
            if (echo) {
                return true;
            }
        }
        return false;
    }
}
