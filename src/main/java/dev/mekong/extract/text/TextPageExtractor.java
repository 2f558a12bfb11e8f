package dev.mekong.extract.text;

import dev.mekong.extract.ArticleExtractor;
import dev.mekong.extract.Cues;
import dev.mekong.extract.meta.DateTimeExtractor;
import dev.mekong.extract.meta.MetadataLineParser;
import dev.mekong.extract.rules.SiteRules;
import dev.mekong.ingest.DecodedInput;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the article from a text copy of a rendered page (site chrome all around). Each line gets a
 * chrome rule ({@link LineClassifier}) or a prose score; the article is the contiguous run of lines with
 * the best total score, cut at end markers ("(完)") and at section headings that never belong to an
 * article (related list, comments, disclaimer). The title is the best headline-shaped line above it,
 * the metadata comes from the lines around it.
 */
public class TextPageExtractor implements ArticleExtractor {

    public static final String BEFORE_TITLE = "before-title";
    public static final String BEFORE_BODY = "before-body";
    public static final String AFTER_BODY = "after-body";
    public static final String AFTER_END_MARKER = "after-end-marker";
    public static final String TITLE = "title";

    private static final Pattern CREDIT_LINE = Pattern.compile("^[(（][^()（）]{2,60}[)）]$");
    /** How many lead lines above the best-scoring run may join it. */
    private static final int MAX_LEAD_LINES = 3;
    /** Prose units that make an article on their own: a break after them ends it. */
    private static final double ARTICLE_MASS = 40;
    /** How many lines below a heading-like line are looked at for a list of links. */
    private static final int LIST_LOOKAHEAD = 5;
    /** How far below a list break prose must resume for the article to go on. */
    private static final int RESUME_LOOKAHEAD = 10;
    /** Prose units of two paragraphs that say the article goes on below a break. */
    private static final double RESUMED_MASS = 50;
    /** A heading that links to a section ends with an arrow. */
    private static final Pattern SECTION_LINK = Pattern.compile("(?:»|›|>>|＞＞|→)\\s*$");
    /** A line cut short by the page: "…" or "..." at its end. */
    private static final Pattern TRUNCATED = Pattern.compile("\\s*(?:…+|\\.{3,})\\s*$");
    /** A blurb cut short and followed by its link: "…地铁故障】申城地铁与市民的出行 ......  [详情]". */
    private static final Pattern CUT_WITH_LINK = Pattern.compile("(?:…+|\\.{3,})\\s*(?:\\[[^\\]]{1,20}\\]\\s*)+$");
    /** How many cut lines make a run of headline-shaped lines a teaser list. */
    private static final int MIN_TRUNCATED_TEASERS = 3;
    /** The longest line of a teaser list, in prose units. */
    private static final int MAX_TEASER_UNITS = 30;
    /** The score from which a line counts as a paragraph of prose. */
    private static final double PROSE_SCORE = 10;
    /** What a paragraph with no paragraph beside it weighs. */
    private static final double ISOLATED_PROSE_WEIGHT = 0.5;
    /** How many lone prose lines in a row make a sidebar of teaser blurbs. */
    private static final int MIN_TEASER_BLURBS = 4;
    /** The longest run of short list items that an article may hold between its paragraphs. */
    private static final int MAX_PROSE_LIST_ITEMS = 12;
    /** How many lines above and below a list are looked at for a paragraph. */
    private static final int LIST_PROSE_REACH = 4;
    /** A sentence of a few words: enough of a paragraph to hold a list in the article. */
    private static final double LIST_PROSE_SCORE = 5;
    /** A line that introduces a list ends with a colon. */
    private static final Pattern INTRODUCES_LIST = Pattern.compile("[:：]\\s*$");
    /** A lower-case word after another word. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{L}\\S*\\s+\\p{Ll}{2,}");
    /** A list item of one word: "• Compass". */
    private static final Pattern ONE_WORD_ITEM = Pattern.compile("^\\W*[\\p{L}\\p{N}'’-]+\\W*$");
    /** A section number opening a table-of-contents entry: "2 Types", "2.3 Pricing" (a list item would write "2. ", a table "2.3 mph"). */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\s+\\p{Lu}");
    /** How many section-numbered lines in a row make a table of contents. */
    private static final int MIN_OUTLINE_ENTRIES = 3;
    /** A news agency or paper signing off a paragraph after its last sentence: " - Reuters", " — Pretoria News". */
    private static final Pattern SIGN_OFF = Pattern.compile("(?<=[.!?][\"”’]?)\\s+[-–—]\\s*\\p{Lu}[\\p{L}&'’. ]{1,30}$");
    /** A numbered list item: "2. ", "3) ". */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s");
    /** How many plain headlines numbered on from a prose item make it the expanded first story of a list. */
    private static final int MIN_TEASER_FOLLOWERS = 2;
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
    /** Longest headline in prose units; a headline framed by breadcrumb and date may run longer. */
    private static final int HEADLINE_UNITS = 45;
    private static final int LONG_HEADLINE_UNITS = 80;
    /** How far above the body the headline is sought first, in lines. */
    private static final int TITLE_WINDOW_LINES = 80;
    /** A best headline score under this is no headline: the framed one further up is sought. */
    private static final double WEAK_TITLE_SCORE = 3;
    /** How many lines under the body's first line a byline or date still belongs to the header. */
    private static final int LEAD_METADATA_REACH = 6;
    /** How many lines over a standfirst its headline may stand, images and credits between. */
    private static final int DEK_REACH = 8;
    /** The longest heading over an article's own list ("Pros", "Key features"), in prose units. */
    private static final int MAX_LIST_HEADING_UNITS = 4;
    /** How many headings (and other lines that are no list items) below a headed list, past more headed lists, a paragraph is looked for. */
    private static final int MAX_CHAINED_HEADINGS = 6;
    /** How many lines into a run its article's headline may stand below a ticker line. */
    private static final int TICKER_REACH = 8;
    /** A person's name on a line of its own: two to four capitalised words. */
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}");
    /** Lines between an author's name and the bio (the name again, a role line). */
    private static final int BIO_REACH = 3;
    /** Room before the name at the start of a bio for an honorific ("Dr. ", "Prof. "). */
    private static final int MAX_NAME_PREFIX = 6;
    /** How far below a line its copy may stand for the line to be dropped as printed twice. */
    private static final int COPY_REACH = 3;
    /** A line of a few words at least: short labels ("Pros:", "Share") come again for good reasons. */
    private static final int MIN_COPY_UNITS = 4;
    /** A paragraph may come twice for good reasons (the summary repeated as the lead): captions are shorter. */
    private static final int MAX_COPY_UNITS = 40;
    /** A teaser card's headline comes again within this many lines (past the image's alt text). */
    private static final int CARD_REPEAT_REACH = 2;
    /** Lines (a blurb, a date) between one teaser card's second headline and the next card. */
    private static final int CARD_GAP = 3;
    /** A card headline names a story: a few words at least, not a table cell's value. */
    private static final int MIN_CARD_UNITS = 4;
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");

    private final LineClassifier classifier;
    private final MetadataLineParser metaParser;
    private final DateTimeExtractor dates;
    private final SiteRules siteRules;

    public TextPageExtractor() {
        this(SiteRules.none());
    }

    /** The built-in cues and zones, with user per-site rules on top. */
    public TextPageExtractor(SiteRules siteRules) {
        this(Cues.builtIn(), new DateTimeExtractor(DateTimeExtractor.DEFAULT_ZONES), siteRules);
    }

    public TextPageExtractor(Cues cues, DateTimeExtractor dates) {
        this(cues, dates, SiteRules.none());
    }

    public TextPageExtractor(Cues cues, DateTimeExtractor dates, SiteRules siteRules) {
        this.classifier = new LineClassifier(cues);
        this.metaParser = classifier.metadataParser();
        this.dates = dates;
        this.siteRules = siteRules;
    }

    @Override
    public Article extract(DecodedInput input) {
        Extraction x = extract(input.text());
        return Article.extracted(input.source(), x.meta(), x.blocks(), x.removed());
    }

    /** What came out of one page. */
    public record Extraction(Metadata meta, List<Block> blocks, List<Removed> removed) {
    }

    private static final class Line {
        final int index;
        final String text;
        final String rule;
        final boolean listItem;
        double score;
        /** An item of a list of headlines cut short: never a lead either. */
        boolean teaser;
        /** Lines of one paragraph that the page wrapped share a run number; -1 when not wrapped. */
        int run = -1;

        Line(int index, String text, String rule, boolean listItem) {
            this.index = index;
            this.text = text;
            this.rule = rule;
            this.listItem = listItem;
        }
    }

    public Extraction extract(String text) {
        SiteRules.Site site = siteRules.isEmpty() ? null : siteRules.find(null, text).orElse(null);
        List<Line> lines = classify(text, site);
        if (lines.isEmpty()) {
            throw new InputRejectedException("the text file holds no text");
        }
        int[] region = bestRegion(lines);
        if (region == null) {
            throw new InputRejectedException("no article text found: every line looks like site navigation or page furniture");
        }
        int start = skipHeadline(lines, afterTickerLine(lines, region[0], region[1]), region[1]);
        int end = region[1];
        boolean endMarker = false;
        for (int i = start; i <= end; i++) {
            if (classifier.isEndMarker(lines.get(i).text)) {
                boolean markerIsChrome = lines.get(i).rule != null;
                end = markerIsChrome ? i - 1 : i;
                endMarker = true;
                break;
            }
        }
        if (!endMarker) {
            end = beforeStructuralEnd(lines, start, end);
            end = withTrailingCredit(lines, end);
        }
        int titleAt = site != null && site.title() != null ? siteTitleLine(lines, site) : -1;
        if (titleAt < 0) {
            titleAt = findTitle(lines, start);
        }
        if (titleAt >= 0 && titleAt < start - TITLE_WINDOW_LINES) {
            start = firstProseUnder(lines, titleAt, start);
        }
        start = withLead(lines, titleAt, start);
        String title = titleAt < 0 ? null : site != null && site.titleIn(lines.get(titleAt).text).isPresent()
                ? site.titleIn(lines.get(titleAt).text).get() : cleanTitle(lines.get(titleAt).text);

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
            } else if (i >= start && i <= end && (line.rule == null || i == end && endMarker)) {
                boolean continuesRun = line.run >= 0 && i > start && lines.get(i - 1).run == line.run && !blocks.isEmpty();
                if (continuesRun) {
                    String previous = blocks.remove(blocks.size() - 1).text();
                    blocks.add(Block.paragraph(joinWrapped(previous, line.text)));
                } else {
                    blocks.add(Block.paragraph(line.text));
                }
            } else {
                removed.add(new Removed(line.text, ruleFor(line, i, start, end, titleAt, endMarker)));
            }
        }
        if (blocks.isEmpty() && title == null) {
            throw new InputRejectedException("no article found: no title and no body text");
        }
        String language = guessLanguage(blocks, title);
        Metadata meta = metadata(lines, title, titleAt, start, end, language, DateTimeExtractor.writesMonthFirst(text));
        if (site != null && site.date() != null) {
            meta = withSiteDate(meta, lines, site, language);
        }
        return new Extraction(meta, blocks, removed);
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

    /** The publish time from the first line the site's date pattern matches, when it parses. */
    private Metadata withSiteDate(Metadata meta, List<Line> lines, SiteRules.Site site, String language) {
        for (Line line : lines) {
            Optional<String> iso = site.dateIn(line.text).flatMap(d -> dates.findIso(d, language));
            if (iso.isPresent()) {
                return meta.withTitleAndPublished(meta.title(), iso.get());
            }
        }
        return meta;
    }

    /** Non-blank lines (a wide gap splits layout-table cells into lines of their own), classified and scored. */
    private List<Line> classify(String text, SiteRules.Site site) {
        List<Line> lines = new ArrayList<>();
        List<Integer> paragraphStarts = new ArrayList<>();
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
                if (rule != null && classifier.isSectionEnd(rule)) {
                    listHeading = rule;
                } else if (rule == null) {
                    listHeading = null;
                }
                if (piece.paragraphStart()) {
                    paragraphStarts.add(lines.size());
                }
                Line line = new Line(lines.size(), cell, rule, item);
                // a line the site's rules keep counts as prose, whatever its shape
                // a related box costs its heading once, not once per item: a long enough article goes on below it
                line.score = siteKeeps ? Math.max(10, LineShape.units(cell)) : underHeading ? -8 : score(cell, rule);
                lines.add(line);
            }
        }
        paragraphStarts.add(lines.size());
        markWrappedRuns(lines, paragraphStarts);
        dropContentsOutlines(lines);
        keepNumberedHeadings(lines);
        keepListsInProse(lines);
        dropExpandedTeasers(lines);
        markTeaserRuns(lines);
        discountIsolatedProse(lines);
        return lines;
    }

    /**
     * A text copy wraps long paragraphs at a fixed width: consecutive plain lines between blank lines
     * that read as prose together are one paragraph, scored as prose line by line.
     */
    private void markWrappedRuns(List<Line> lines, List<Integer> paragraphStarts) {
        int runId = 0;
        for (int p = 0; p + 1 < paragraphStarts.size(); p++) {
            int from = paragraphStarts.get(p);
            int to = paragraphStarts.get(p + 1);
            int i = from;
            while (i < to) {
                int j = i;
                StringBuilder joined = new StringBuilder();
                while (j < to && lines.get(j).rule == null && (!lines.get(j).listItem || j == i)) {
                    joined.append(lines.get(j).text).append(' ');
                    j++;
                }
                if (j - i >= 2 && evenlyWrapped(lines, i, j) && isProse(joined.toString().strip())) {
                    markRun(lines, i, j, runId++);
                } else if (j - i >= 4) {
                    // paragraphs with no blank line between: each ends on a short line with a stop
                    int first = i;
                    int widest = widestLine(lines, i, j);
                    for (int k = i; k < j; k++) {
                        if (k + 1 < j && !endsParagraph(lines.get(k).text, widest)) {
                            continue;
                        }
                        if (k + 1 - first >= 2 && evenlyWrapped(lines, first, k + 1) && isProse(joinedText(lines, first, k + 1))) {
                            markRun(lines, first, k + 1, runId++);
                        }
                        first = k + 1;
                    }
                }
                i = Math.max(j, i + 1);
            }
        }
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

    /**
     * A table of contents numbers its entries by section ("1 Introduction", "2.3 Pricing") one line
     * after another; the article's own numbered headings stand between paragraphs. A run of such
     * lines is chrome, whatever the classifier made of each (one may read like a dated headline).
     */
    private static void dropContentsOutlines(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && isOutlineEntry(lines.get(j))) {
                j++;
            }
            if (j - i >= MIN_OUTLINE_ENTRIES) {
                for (int k = i; k < j; k++) {
                    Line entry = lines.get(k);
                    // dropped, but costing no more than the short lines they are: a table of contents may sit between intro and body
                    Line chrome = new Line(entry.index, entry.text, LineClassifier.LINK_LIST, true);
                    chrome.score = Math.max(entry.score, -2);
                    lines.set(k, chrome);
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private static boolean isOutlineEntry(Line line) {
        String t = line.text;
        return (line.rule == null || LineClassifier.LINK_LIST.equals(line.rule)) && line.run < 0 && OUTLINE_NUMBER.matcher(t).find()
                && LineShape.units(t) <= MAX_TEASER_UNITS && !LineShape.endsLikeStatement(t);
    }

    private static void markRun(List<Line> lines, int from, int to, int runId) {
        for (int k = from; k < to; k++) {
            lines.get(k).run = runId;
            lines.get(k).score = Math.max(1, LineShape.units(lines.get(k).text));
        }
    }

    private static String joinedText(List<Line> lines, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int k = from; k < to; k++) {
            joined.append(lines.get(k).text).append(' ');
        }
        return joined.toString().strip();
    }

    private static int widestLine(List<Line> lines, int from, int to) {
        int widest = 0;
        for (int m = from; m < to; m++) {
            widest = Math.max(widest, LayoutColumns.displayWidth(lines.get(m).text, lines.get(m).text.length()));
        }
        return widest;
    }

    /** A line ending a sentence well short of the widest line of its block: the last line of a paragraph. */
    private static boolean endsParagraph(String t, int widest) {
        return LineShape.endsLikeSentence(t) && LayoutColumns.displayWidth(t, t.length()) < widest * 0.75;
    }

    /**
     * A numbered item standing alone, with text below it that is no list item ("2. Scales Extremely
     * Well" over its paragraph), is a numbered section heading of the article: menus and related
     * lists number their items one after another. It is kept and costs what a heading costs.
     */
    private void keepNumberedHeadings(List<Line> lines) {
        for (int k = 0; k + 1 < lines.size(); k++) {
            Line line = lines.get(k);
            boolean numbered = isListedLink(line) && NUMBERED.matcher(line.text).find();
            boolean alone = (k == 0 || !lines.get(k - 1).listItem) && lines.get(k + 1).rule == null && !lines.get(k + 1).listItem;
            if (numbered && alone) {
                Line heading = new Line(line.index, line.text, null, true);
                heading.score = score(line.text, null);
                lines.set(k, heading);
            }
        }
    }

    /**
     * An article lists things in short bullets ("You can build:" / "• Blogs" / "• Online courses"),
     * which look like a menu line by line. A short run of list items introduced by a line ending
     * with a colon, or with a paragraph close above and below it, is part of the article: its items
     * are kept and cost nothing. Menus and related lists do not sit between paragraphs.
     */
    private static void keepListsInProse(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (!isListedLink(lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && isListedLink(lines.get(j))) {
                j++;
            }
            Line above = i > 0 ? lines.get(i - 1) : null;
            boolean plainAbove = above != null && above.rule == null && !above.listItem;
            boolean introduced = plainAbove && LineShape.units(above.text) >= 2 && INTRODUCES_LIST.matcher(above.text).find();
            // "Pros", "Key features": a short heading over phrases is the article's own list
            boolean headed = isListHeading(above) && itemsReadAsPhrases(lines, i, j);
            boolean proseAbove = proseNear(lines, i - (introduced || headed ? 2 : 1), -1);
            boolean proseBelow = proseNear(lines, j, 1);
            boolean inArticle = introduced ? proseAbove || proseBelow
                    : headed ? proseResumesBelowList(lines, j) : proseAbove && proseBelow && itemsReadAsPhrases(lines, i, j);
            if (j - i >= 2 && j - i <= MAX_PROSE_LIST_ITEMS && inArticle) {
                for (int k = i; k < j; k++) {
                    Line item = lines.get(k);
                    lines.set(k, new Line(item.index, item.text, null, true));
                }
            }
            i = j;
        }
    }

    /** A short plain line with no stop over a list: "Pros", "Key features". */
    private static boolean isListHeading(Line line) {
        return line != null && line.rule == null && !line.listItem && LineShape.units(line.text) <= MAX_LIST_HEADING_UNITS
                && !LineShape.hasStop(line.text);
    }

    /**
     * A numbered list of headlines ("Most read") may print its first story with a blurb: an item
     * that reads as prose, followed by the next numbers of the list as plain headlines the article
     * did not keep. It belongs to that list.
     */
    private static void dropExpandedTeasers(List<Line> lines) {
        for (int k = 0; k + MIN_TEASER_FOLLOWERS < lines.size(); k++) {
            Line line = lines.get(k);
            Integer number = itemNumber(line.text);
            if (line.rule != null || !line.listItem || number == null) {
                continue;
            }
            boolean followed = true;
            for (int f = 1; f <= MIN_TEASER_FOLLOWERS && followed; f++) {
                Line next = lines.get(k + f);
                followed = isListedLink(next) && Integer.valueOf(number + f).equals(itemNumber(next.text));
            }
            if (followed) {
                Line teaser = new Line(line.index, line.text, LineClassifier.LINK_LIST, true);
                teaser.score = -8;
                lines.set(k, teaser);
            }
        }
    }

    /** The number of a numbered list item ("3. Foods to boost immunity"), or null. */
    private static Integer itemNumber(String t) {
        Matcher m = NUMBERED.matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * Most items of more than one word are phrases in sentence case ("Thousands of themes", "Integrate
     * tools your business depends on"), not names or Title Case headlines: some word after the first is
     * lower-case. Items of one word ("Tent", "Compass") say nothing either way.
     */
    private static boolean itemsReadAsPhrases(List<Line> lines, int from, int to) {
        int phrases = 0;
        int words = 0;
        for (int k = from; k < to; k++) {
            if (LOWER_CASE_WORD.matcher(lines.get(k).text).find()) {
                phrases++;
            }
            if (!ONE_WORD_ITEM.matcher(lines.get(k).text).matches()) {
                words++;
            }
        }
        return phrases * 2 > words;
    }

    /**
     * The article goes on below a headed list: past further short headings and lists ("Cons",
     * "Monthly pricing"), however long (a checklist), a paragraph comes before any chrome or a link
     * to a section ("More from … »").
     */
    private static boolean proseResumesBelowList(List<Line> lines, int from) {
        int headings = 0;
        for (int k = from; k < lines.size() && headings <= MAX_CHAINED_HEADINGS; k++) {
            Line line = lines.get(k);
            if (!line.listItem) {
                headings++;
            }
            boolean chrome = line.rule != null && !isInlineFurniture(line);
            if (chrome || SECTION_LINK.matcher(line.text).find()) {
                return false;
            }
            if (line.rule == null && !line.listItem && line.score >= LIST_PROSE_SCORE) {
                return true;
            }
        }
        return false;
    }

    /** Chrome that stands between an article's own sections: link items, image artefacts, buttons ("Visit website"). */
    private static boolean isInlineFurniture(Line line) {
        return LineClassifier.LINK_LIST.equals(line.rule) || LineClassifier.W3M_ARTEFACT.equals(line.rule)
                || LineClassifier.CALL_TO_ACTION.equals(line.rule);
    }

    private static boolean isListedLink(Line line) {
        return line.listItem && LineClassifier.LINK_LIST.equals(line.rule);
    }

    /**
     * A paragraph (or a list item that reads as one) among the few lines from {@code from} on in
     * {@code step}'s direction, looking past headings, link items and w3m artefacts but not past other chrome.
     */
    private static boolean proseNear(List<Line> lines, int from, int step) {
        for (int k = from, seen = 0; k >= 0 && k < lines.size() && seen < LIST_PROSE_REACH; k += step, seen++) {
            Line line = lines.get(k);
            if (line.rule != null && !isInlineFurniture(line)) {
                return false;
            }
            // an item that reads as a sentence is prose in a list of its own
            if (line.rule == null && line.score >= LIST_PROSE_SCORE) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list of headlines cut to a fixed length ends many of its items with "…": each such line reads
     * like a sentence, but a run of short, stop-free lines where several are cut is a teaser list, not
     * prose. A lone line ending with "…" (a summary cut short) keeps its score, unless a link follows
     * the cut on the same line: then it is a teaser on its own.
     */
    private static void markTeaserRuns(List<Line> lines) {
        for (Line line : lines) {
            if (line.rule == null && CUT_WITH_LINK.matcher(line.text).find()) {
                line.score = Math.min(line.score, -1);
                line.teaser = true;
            }
        }
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            int truncated = 0;
            while (j < lines.size() && isHeadlineShaped(lines.get(j))) {
                if (TRUNCATED.matcher(lines.get(j).text).find()) {
                    truncated++;
                }
                j++;
            }
            if (truncated >= MIN_TRUNCATED_TEASERS) {
                for (int k = i; k < j; k++) {
                    if (TRUNCATED.matcher(lines.get(k).text).find()) {
                        lines.get(k).score = Math.min(lines.get(k).score, -1);
                        lines.get(k).teaser = true;
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /**
     * An article's paragraphs follow one another; a sidebar of teasers gives each blurb a line of its
     * own between its headline, image alt text and "more" link. Where several prose lines in a row
     * (with no two paragraphs side by side between them) each stand alone, they are such a sidebar
     * and count for half, so it does not outweigh a shorter article. A lone paragraph between a
     * table and a code listing in a long post is not discounted: the article's paired paragraphs
     * come before and after it.
     */
    private static void discountIsolatedProse(List<Line> lines) {
        int n = lines.size();
        boolean[] prose = new boolean[n];
        for (int i = 0; i < n; i++) {
            prose[i] = lines.get(i).score >= PROSE_SCORE;
        }
        List<Integer> alone = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            if (i < n && !prose[i]) {
                continue;
            }
            boolean paired = i < n && (i > 0 && prose[i - 1] || i + 1 < n && prose[i + 1]);
            if (i < n && !paired) {
                alone.add(i);
                continue;
            }
            if (alone.size() >= MIN_TEASER_BLURBS) {
                for (int k : alone) {
                    lines.get(k).score *= ISOLATED_PROSE_WEIGHT;
                }
            }
            alone.clear();
        }
    }

    /** A plain line of headline size with no sentence stop before its end. */
    private static boolean isHeadlineShaped(Line line) {
        String body = TRUNCATED.matcher(line.text).replaceFirst("");
        double units = LineShape.units(body);
        return line.rule == null && line.run < 0 && units >= 3 && units <= MAX_TEASER_UNITS && !LineShape.hasStop(body)
                && !LineShape.endsLikeSentence(body);
    }

    /**
     * A paragraph wrapped at a fixed width fills every line but the last to about the same width; a
     * list of headlines does not.
     */
    private static boolean evenlyWrapped(List<Line> lines, int from, int to) {
        int widest = 0;
        for (int k = from; k < to - 1; k++) {
            widest = Math.max(widest, LayoutColumns.displayWidth(lines.get(k).text, lines.get(k).text.length()));
        }
        for (int k = from; k < to - 1; k++) {
            if (LayoutColumns.displayWidth(lines.get(k).text, lines.get(k).text.length()) < widest * 0.75) {
                return false;
            }
        }
        String last = lines.get(to - 1).text;
        return LayoutColumns.displayWidth(last, last.length()) <= widest * 1.1;
    }

    /** Wrapped text reads as prose: punctuated (official prose runs long between commas) with a sentence stop. */
    private static boolean isProse(String t) {
        double units = LineShape.units(t);
        return units >= 15 && (LineShape.punctuation(t) * 30 >= units && LineShape.hasStop(t) || LineShape.hasThai(t));
    }

    /** Joins two pieces of a wrapped paragraph: no space between CJK characters, one space otherwise. */
    static String joinWrapped(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        boolean cjk = isWide(a.codePointBefore(a.length())) && isWide(b.codePointAt(0));
        return cjk ? a + b : a + " " + b;
    }

    private static boolean isWide(int cp) {
        return LineShape.isIdeographic(Character.UnicodeScript.of(cp)) || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    /** Prose scores its mass; short or unpunctuated lines cost a little, chrome costs a lot. */
    private double score(String t, String rule) {
        if (rule != null) {
            // a placeholder stands where the page's own widgets load, inside the article as often as beside it
            return classifier.isSectionEnd(rule) ? -40 : LineClassifier.PLACEHOLDER.equals(rule) ? -0.5 : -8;
        }
        double units = LineShape.units(t);
        // a last paragraph signed by its source, "… to hospital. - Pretoria News", ends with the sentence before the sign-off
        boolean sentence = LineShape.endsLikeSentence(SIGN_OFF.matcher(t).replaceFirst(""));
        boolean thai = LineShape.hasThai(t);
        // commas alone do not make prose: headline lists use them too, so a full stop must be in the line
        boolean prose = sentence || units >= 25 && LineShape.punctuation(t) >= 2 && LineShape.hasStop(t) || thai && units >= 15;
        if (units >= 10 && prose) {
            return units;
        }
        if (units >= 10) {
            return -1;
        }
        return sentence ? -0.5 : -2;
    }

    /** Maximum-sum run of lines (section headings cost so much that only a long article continues past one). */
    private int[] bestRegion(List<Line> lines) {
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
    private int skipHeadline(List<Line> lines, int start, int end) {
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
    private int afterTickerLine(List<Line> lines, int start, int end) {
        int prose = 0;
        for (int i = start; i <= Math.min(end - 1, start + TICKER_REACH); i++) {
            Line line = lines.get(i);
            if (line.rule == null && line.score >= PROSE_SCORE && ++prose > 1) {
                return start;
            }
            double units = LineShape.units(line.text);
            boolean headline = i > start && line.rule == null && !line.listItem && units >= 4 && units <= 40
                    && !LineShape.endsLikeStatement(line.text);
            if (headline && prose == 1 && metadataNear(lines, i) && metadataAfterWithin(lines, i)) {
                return i;
            }
        }
        return start;
    }

    /** A date or byline line in the next few lines, before any paragraph. */
    private boolean metadataAfterWithin(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
            Line next = lines.get(j);
            if (LineClassifier.METADATA.equals(next.rule)) {
                return true;
            }
            if (next.rule == null && next.score >= PROSE_SCORE) {
                return false;
            }
        }
        return false;
    }

    /**
     * Sidebars after a short article often read like prose (teasers, blurbs) and outweigh the chrome
     * between, so the best-scoring run reaches into them. Once the run holds an article's worth of
     * prose, it ends at the first structural break: a related / comments / disclaimer heading, or a
     * short heading-like line over a list of link items. The run then ends where its score peaked
     * before that break.
     */
    private int beforeStructuralEnd(List<Line> lines, int start, int end) {
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
        boolean sectionBreak = rule != null && (classifier.isSectionEnd(rule) || LineClassifier.SHARE.equals(rule))
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
            if (isPlainProse(bio) && at >= 0 && at <= MAX_NAME_PREFIX) {
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
        if (!isHeadlineShaped(line) || LineShape.units(line.text) < MIN_CARD_UNITS) {
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
            } else if (isPlainProse(lines.get(j))) {
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
            if (isPlainProse(a) && isPlainProse(b) && a.score + b.score >= RESUMED_MASS) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlainProse(Line line) {
        return line.rule == null && !line.listItem && line.score >= 10;
    }

    /**
     * A sidebar heading links to its section ("港聞頭條 »", "更多文章>>", "More news ›") and heads a list:
     * most of the next lines are list items the classifier calls chrome. Headings inside an article
     * carry no arrow.
     */
    private static boolean opensLinkList(List<Line> lines, int i, int end) {
        Line line = lines.get(i);
        if (LineShape.units(line.text) > 12 || line.listItem || !SECTION_LINK.matcher(line.text).find()) {
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

    /**
     * A short article opens with a one-sentence lead ("The council approved the budget on Monday.",
     * "本报讯 预算获通过。", a Vietnamese sapo, a Thai lead without a stop) too light to score as prose on its
     * own. Between the headline (or the page metadata under it) and the body, plain lines that read as
     * a sentence belong to the body; chrome lines between them stay removed.
     */
    private int withLead(List<Line> lines, int titleAt, int start) {
        int floor = titleAt >= 0 ? titleAt + 1 : Math.max(0, start - MAX_LEAD_LINES);
        if (start - 1 >= floor && wrapsInto(lines.get(start - 1), lines.get(start))) {
            start--;
        }
        int plain = 0;
        for (int i = start - 1; i >= floor && plain < MAX_LEAD_LINES; i--) {
            Line line = lines.get(i);
            if (line.rule != null) {
                if (classifier.isSectionEnd(line.rule)) {
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

    /** A bracketed reporter credit right after the last paragraph, "(记者黄婉 通讯员钟夏波)", is article text. */
    private int withTrailingCredit(List<Line> lines, int end) {
        if (end + 1 < lines.size()) {
            String next = lines.get(end + 1).text;
            if (CREDIT_LINE.matcher(next).matches() && !metaParser.authors(next).isEmpty()) {
                return end + 1;
            }
        }
        return end;
    }

    /**
     * The most headline-like line above the body: followed closely by a byline or date line, repeated
     * on the page (breadcrumb, tab title), headline-sized, not a sentence or a label ending with a colon,
     * and close to the body. Blogs put tables of contents, bylines and disclaimers between headline and
     * body, so the search reaches well above the body.
     */
    private int findTitle(List<Line> lines, int bodyStart) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        int candidates = 0;
        for (int i = bodyStart - 1; i >= 0 && i >= bodyStart - TITLE_WINDOW_LINES && candidates < 40; i--) {
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
            if (metadataAfter(lines, i)) {
                // a headline over its byline or date: a table of contents may stand between it and the body
                s = -Math.min(candidates, TITLE_DISTANCE_CAP) * 0.5 + 8;
            } else if (metadataNear(lines, i)) {
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
                        && metadataAfter(lines, i) ? 9 : 3;
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
     * Where the article starts under a headline found far above the body: its first paragraph, unless a
     * related list, comment box or disclaimer stands between (then the body found stays).
     */
    private int firstProseUnder(List<Line> lines, int titleAt, int start) {
        for (int i = titleAt + 1; i < start; i++) {
            Line line = lines.get(i);
            if (line.rule == null && isLead(line.text)) {
                for (int j = i + 1; j < start; j++) {
                    if (lines.get(j).rule != null && classifier.isSectionEnd(lines.get(j).rule)) {
                        return start;
                    }
                }
                return i;
            }
        }
        return start;
    }

    /**
     * The closest line above that the page frames as its headline: under a breadcrumb (or a trail ending
     * with it) and over a date or byline. Sought when nothing near the body looks like a headline, because
     * the body found is a later part of the article (a long checklist pushes the prose far down).
     */
    private int framedHeadlineAbove(List<Line> lines, int from) {
        for (int i = from; i > 0; i--) {
            Line line = lines.get(i);
            double units = LineShape.units(line.text);
            boolean crumbAbove = LineClassifier.BREADCRUMB.equals(lines.get(i - 1).rule) || endsWithCrumb(lines.get(i - 1).text, line.text);
            if (line.rule == null && crumbAbove && units >= 4 && units <= 40 && !LineShape.endsLikeStatement(line.text)
                    && metadataAfter(lines, i)) {
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

    /** A date or byline line among the next few lines, with only short lines (names, icons) between. */
    private boolean metadataAfter(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
            Line next = lines.get(j);
            if (LineClassifier.METADATA.equals(next.rule)) {
                return true;
            }
            if (next.rule == null && LineShape.units(next.text) > 8) {
                return false;
            }
        }
        return false;
    }

    private boolean metadataNear(List<Line> lines, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(lines.size() - 1, i + 3); j++) {
            if (j != i && LineClassifier.METADATA.equals(lines.get(j).rule)) {
                return true;
            }
        }
        return false;
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
    private boolean repeated(List<Line> lines, int i) {
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

    private static String cleanTitle(String t) {
        return t.replaceAll("^[•·*]\\s*", "").strip();
    }

    private String ruleFor(Line line, int i, int start, int end, int titleAt, boolean endMarker) {
        if (i > end && endMarker) {
            return line.rule != null ? line.rule : AFTER_END_MARKER;
        }
        if (line.rule != null) {
            return line.rule;
        }
        if (i < start) {
            return titleAt >= 0 && i < titleAt ? BEFORE_TITLE : BEFORE_BODY;
        }
        return AFTER_BODY;
    }

    private Metadata metadata(List<Line> lines, String title, int titleAt, int start, int end, String language, boolean monthFirst) {
        int headerFrom = Math.max(0, (titleAt >= 0 ? titleAt : start) - 4);
        List<String> header = new ArrayList<>();
        for (int i = headerFrom; i < start; i++) {
            header.add(lines.get(i).text);
        }
        if (start < lines.size()) {
            header.add(lines.get(start).text);
        }
        // a standfirst taken into the body may stand above the byline and date
        for (int i = start + 1; i < Math.min(end + 1, start + 1 + LEAD_METADATA_REACH); i++) {
            if (LineClassifier.METADATA.equals(lines.get(i).rule)) {
                header.add(lines.get(i).text);
            }
        }
        List<String> trailer = new ArrayList<>();
        for (int i = end + 1; i < Math.min(lines.size(), end + 8); i++) {
            trailer.add(lines.get(i).text);
        }
        if (end >= 0 && end < lines.size()) {
            trailer.add(0, lines.get(end).text);
        }

        String published = firstDate(header.subList(Math.min(header.size(), titleAt >= 0 ? titleAt - headerFrom : 0), header.size()), language, monthFirst)
                .or(() -> firstDate(header, language, monthFirst))
                .or(() -> firstDate(trailer, language, monthFirst))
                .orElse(null);
        String publisher = first(header, metaParser::source).or(() -> first(trailer, metaParser::source)).orElse(null);
        String editor = first(header, metaParser::editor).or(() -> first(trailer, metaParser::editor)).orElse(null);
        List<String> authors = header.stream().map(metaParser::authors).filter(a -> !a.isEmpty()).findFirst()
                .orElseGet(() -> trailer.stream().map(metaParser::authors).filter(a -> !a.isEmpty()).findFirst().orElse(List.of()));
        List<String> category = List.of();
        for (int i = 0; i < start; i++) {
            if (LineClassifier.BREADCRUMB.equals(lines.get(i).rule)) {
                category = metaParser.breadcrumb(lines.get(i).text);
            }
        }
        return new Metadata(title, published, publisher, authors, editor, category, null, null);
    }

    /**
     * The date of the lines that best says when the article was published: the first one labelled so
     * ("Posted on …", "发布时间："), else the first one not labelled as a last update, else the update.
     * A date in running text ("originally published on 21 June 2017") yields to a labelled one.
     */
    private Optional<String> firstDate(List<String> lines, String language, boolean monthFirst) {
        Optional<String> unlabelled = Optional.empty();
        Optional<String> updated = Optional.empty();
        for (String l : lines) {
            Optional<String> d = dates.findIso(l, language, monthFirst);
            if (d.isEmpty()) {
                continue;
            }
            if (classifier.isPublishLabel(l)) {
                return d;
            }
            if (classifier.isUpdateLabel(l)) {
                updated = updated.isPresent() ? updated : d;
            } else if (unlabelled.isEmpty()) {
                unlabelled = d;
            }
        }
        return unlabelled.isPresent() ? unlabelled : updated;
    }

    private static Optional<String> first(List<String> lines, java.util.function.Function<String, Optional<String>> f) {
        for (String l : lines) {
            Optional<String> v = f.apply(l);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** zh, th, vi or en from the scripts of the body: only used to pick the default time zone. */
    static String guessLanguage(List<Block> blocks, String title) {
        StringBuilder sb = new StringBuilder(title == null ? "" : title);
        for (Block b : blocks) {
            sb.append('\n').append(b.plainText());
            if (sb.length() > 4000) {
                break;
            }
        }
        String s = sb.toString();
        long han = s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        long thai = s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.THAI).count();
        long latin = s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        if (han > 0 && han * 2 >= latin + thai) {
            return "zh";
        }
        if (thai > latin) {
            return "th";
        }
        return VIETNAMESE.matcher(s.toLowerCase(java.util.Locale.ROOT)).results().count() > latin / 50 + 2 ? "vi" : "en";
    }
}
