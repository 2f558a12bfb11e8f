package dev.mekong.extract.text;

import dev.mekong.extract.Cues;
import dev.mekong.extract.dates.DateTimeExtractor;
import dev.mekong.extract.meta.MetadataLineParser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, for one line of a text copy of a page, whether it is site chrome and by which rule. Rules
 * look at the line alone (shape, cue words, w3m artefacts); position is the extractor's business.
 * They are a table of named rows tried in order ({@link #table()}): each row is a length limit and a
 * test, and gives a matching line one of the rule ids below.
 */
public class LineClassifier {

    /** Rule ids, as recorded in {@link dev.mekong.model.Removed#rule()}. */
    public static final String W3M_ARTEFACT = "w3m-artefact";
    public static final String FORM = "form-field";
    public static final String BREADCRUMB = "breadcrumb";
    public static final String RELATED = "related-list";
    public static final String COMMENTS = "comment-box";
    public static final String SHARE = "share";
    public static final String TAGS = "tags";
    public static final String NAV = "nav";
    public static final String COPYRIGHT = "copyright";
    public static final String DISCLAIMER = "disclaimer";
    public static final String READ_MORE = "read-more";
    public static final String PHOTO = "photo-credit";
    public static final String METADATA = "metadata-line";
    public static final String COUNTER = "counter";
    public static final String AD = "ad";
    public static final String COOKIE = "cookie-banner";
    public static final String LINK_LIST = "link-list";
    public static final String BANNER = "banner";
    public static final String END_MARKER = "end-marker";
    public static final String CALL_TO_ACTION = "call-to-action";
    public static final String PROMO = "promo";
    public static final String PLACEHOLDER = "placeholder";
    /** Given by the extractor to the first of two copies of a body line a few lines apart. */
    public static final String REPEATED = "repeated-line";

    /**
     * What w3m leaves of a form's text boxes and widgets: lone brackets, "{} [+]", "] Name*",
     * "Label [" — a bracket that opens or closes nothing on the line, with at most a short label.
     */
    private static final Pattern FORM_PIECE = Pattern.compile(
            "^(?:[^\\p{L}\\p{N}]*[\\[\\]][^\\p{L}\\p{N}]*|\\]\\s*\\p{L}[\\p{L} ]{0,20}\\*?|\\p{L}[\\p{L} ]{0,20}\\s\\[)$");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern W3M_ONLY = Pattern.compile("^(?:\\[[^\\]]{0,80}\\]\\s*)+$");
    private static final Pattern FORM_FIELD = Pattern.compile("\\[\\s{3,}\\]|\\[\\s*(?:[xX*]|\\s)\\s*\\]\\s");
    /** A poll's option as w3m draws a radio button: "( ) Yes", "(*) No". */
    private static final Pattern RADIO_BUTTON = Pattern.compile("^\\(\\s?[*xX]?\\s?\\)\\s+\\S");
    private static final Pattern BULLET = Pattern.compile("^(?:[•·●○◦▪▫■□◆◇►▶▸※★☆◎▲△▼▽\\-–*+\u2460-\u2473]\\s*|\\d{1,2}[.)、]\\s+)");
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|｜│/]\\s|\\s{3,}|[|｜]");
    private static final Pattern BANNER_PATTERN = Pattern.compile("^【[^】]{2,80}】$|^\\[[^\\]]{2,80}]$|^[*=\\-_~#]{3,}$");
    /** w3m draws a horizontal rule (<hr>) as a row of box-drawing lines (a table border has corners). */
    private static final Pattern RULE_LINE = Pattern.compile("^[\u2500\u2501\u2550]{3,}$");
    /** A date (and time) closing a line, bare or bracketed: "… (2012-1-17 11:08:52)", "… 01/17". */
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "[(\\[（【]?\\s*(?:(?:19|20)\\d{2}\\s*[-/.年]\\s*)?\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[)\\]）】]?$");
    /** The same at the start of a line: "01-17 headline", "[2012-01-17] headline". */
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^[(\\[（【]?\\s*(?:(?:19|20)\\d{2}\\s*[-/.年]\\s*)?\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[)\\]）】]?\\s+");
    /** Three or more "›" / ">" steps: a breadcrumb trail, however long its last crumb (the headline). */
    private static final Pattern CRUMB_TRAIL = Pattern.compile("(?:[^>»›＞]{1,30}\\s[>»›＞]\\s){3,}|(?:[^>»›＞]{1,30}[>»›＞]){3,}");
    private static final Pattern COPYRIGHT_OPENING = Pattern.compile("^(?:copyright\\s*)?©");
    /** Cells of a short row of labels: "Advertise | AdChoices". */
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*[|｜]\\s*");
    /** The longest promotion sentence: a longer line is an article paragraph that mentions such things. */
    private static final int MAX_PROMO_UNITS = 40;
    /** The longest caption that a credit at its end marks as one: longer lines are paragraphs quoting a photo credit. */
    private static final int MAX_CAPTION_UNITS = 15;
    /** The longest photographer or agency name of a credit. */
    private static final int MAX_CREDIT_UNITS = 4;
    /** The longest alt text recognised by the word that ends it ("Acme Books logo"). */
    private static final int MAX_ALT_TEXT_UNITS = 5;
    /** The longest photo credit naming an agency: a name and the agency. */
    private static final int MAX_AGENCY_CREDIT_UNITS = 6;
    /** The longest caption recognised by the label that opens it ("图注：…", "Image caption …"). */
    private static final int MAX_LABELLED_CAPTION_UNITS = 60;
    /** The longest thanks-to credit line ("ขอบคุณข้อมูลจาก : เพจ …"). */
    private static final int MAX_THANKS_CREDIT_UNITS = 25;
    /** The longest caption before a bracketed credit closing it ("… at dawn. (Photo: Jane Doe)"). */
    private static final int MAX_BRACKET_CAPTION_UNITS = 40;
    /** The longest tag row without a colon ("Tags Politics Economy"): a label and a few short tags. */
    private static final int MAX_TAG_ROW_UNITS = 25;
    /** The longest single tag of such a row. */
    private static final int MAX_TAG_UNITS = 4;
    /** A credit in brackets closing the line, after the caption if any: "… at dawn. (photo: jane doe).", "(credit: nasa)". */
    private static final Pattern BRACKETED_CREDIT = Pattern.compile("^(.*?)[(（]\\s*([^()（）]{2,40}?)\\s*[)）][.。]?$");
    private static final Pattern AGENCY_SEPARATOR = Pattern.compile("\\S\\s*[,/|]\\s*$");
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?:…|\\.{3})\\s*$");
    private static final Pattern URL_ONLY = Pattern.compile("^(?:https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
    /** Where a credit after a caption's last sentence starts: behind its last full stop. */
    private static final Pattern SENTENCE_TAIL = Pattern.compile(".*\\.\\s+");
    /** Where the credit after a caption starts: behind its last full stop, bar or opening bracket. */
    private static final Pattern CAPTION_TAIL = Pattern.compile(".*(?:[.!?。]\\s+|\\s[|｜]\\s*|[(（]\\s*)");

    private final Cues cues;
    private final MetadataLineParser meta;
    private final DateTimeExtractor dates;
    /** A view or comment count: "评论673条", "點閱(1535)", "120 views", "lượt xem: 25". */
    private final Pattern counter;
    private final Pattern threadHeading;
    /** An end marker closing a line, "(完)", "(END)", or an editor box opening one, "【责任编辑:…】". */
    private final Pattern endMarker;
    /** A language's name as the site writes it, as a link to that edition of the site. */
    private final Pattern languageName;
    private final List<Rule> rules;

    public LineClassifier(Cues cues) {
        this.cues = cues;
        this.meta = new MetadataLineParser(cues);
        this.dates = new DateTimeExtractor(Map.of());
        this.counter = Pattern.compile(cues.alternation("counter") + "\\s*[(（:：]?\\s*\\d[\\d,.]*\\s*[)）]?\\s*" + cues.alternation("countunit") + "?"
                        + "|\\d[\\d,.]*\\s*" + cues.alternation("counted") + "(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        // a count (or one word for it: "One thought on") before the cue, the post's title in quotes after it
        this.threadHeading = Pattern.compile("(?:\\d[\\d,.]*|\\p{L}+)\\s*" + cues.alternation("thread") + "\\s*[“\"«‘'「『《].*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.endMarker = Pattern.compile("[(（]\\s*" + cues.alternation("end") + "\\s*[)）]\\s*$|^【\\s*" + cues.alternation("editorbox"),
                Pattern.CASE_INSENSITIVE);
        // as written: "English" is a link to an edition, "learningenglish.voanews.com" is not
        this.languageName = Pattern.compile(cues.alternation("language"));
        this.rules = table();
    }

    public MetadataLineParser metadataParser() {
        return meta;
    }

    /** A list item line: bullet, dash or number in front. */
    public boolean isListItem(String line) {
        return BULLET.matcher(LineShape.strip(line)).find();
    }

    /** True for a line that ends the article: "(完)", "(END)", "【责任编辑:…】". */
    public boolean isEndMarker(String line) {
        return endMarker.matcher(LineShape.strip(line)).find();
    }

    /** A line labelled as the time of the last update: "Updated: …", "Cập nhật …", "更新时间：…". */
    public boolean isUpdateLabel(String line) {
        String body = BULLET.matcher(LineShape.strip(line)).replaceFirst("");
        return cues.prefix("updated", Cues.fold(body)).isPresent();
    }

    /** A line labelled as the publish time and not as an update: "Posted on …", "Ngày đăng …", "发布时间：…". */
    public boolean isPublishLabel(String line) {
        String body = BULLET.matcher(LineShape.strip(line)).replaceFirst("");
        String folded = Cues.fold(body);
        return cues.prefix("published", folded).isPresent() && cues.prefix("updated", folded).isEmpty();
    }

    /** A line reserving the rights ("All rights reserved", "版权所有"): the page's copyright notice. */
    public boolean isRightsNotice(String line) {
        return cues.contains("reserved", Cues.fold(line));
    }

    /**
     * A caption: text that closes with a photo credit after its last stop or bar, "… region. Photo : BSS",
     * "Crowds at the pier | Photo by Jane Doe".
     */
    public boolean endsWithPhotoCredit(String line) {
        return closingCredit(Cues.fold(LineShape.strip(line)), CAPTION_TAIL).isPresent();
    }

    /**
     * The name a photo credit gives when it closes the (folded) line behind the last match of
     * {@code captionTail}: "jane doe" of "… the pier. photo : jane doe"; empty when no credit closes it.
     */
    private Optional<String> closingCredit(String folded, Pattern captionTail) {
        String line = tightColons(folded);
        Matcher tail = captionTail.matcher(line);
        if (!tail.find() || tail.end() >= line.length()) {
            return Optional.empty();
        }
        String credit = line.substring(tail.end());
        return cues.prefix("photo", credit).map(cue -> credit.substring(cue.length()));
    }

    /** Spaces before a colon dropped, as credits are written either way: "photo : jane doe" → "photo: jane doe". */
    private static String tightColons(String folded) {
        return folded.replaceAll("\\s+([:：])", "$1");
    }

    /** Whether the line opens a section that is never article text: related list, comments, disclaimer. */
    public static boolean isSectionEnd(String rule) {
        return RELATED.equals(rule) || COMMENTS.equals(rule) || DISCLAIMER.equals(rule);
    }

    /**
     * One row of the classifier's table: a named test on a line and the rule id it gives the line.
     *
     * @param name     what the row looks for ("url-only", "share-bar"): which test removed a line
     * @param id       the rule id recorded with a removed line ({@link #NAV}, {@link #SHARE} …)
     * @param maxUnits the longest line, in prose units of its text after any bullet, the row applies to
     */
    record Rule(String name, String id, double maxUnits, Predicate<Text> test) {
        boolean matches(Text t) {
            return t.units() <= maxUnits && test.test(t);
        }
    }

    /**
     * A line as the rows see it.
     *
     * @param line     the line, spaces stripped
     * @param bullet   whether a bullet, dash or number opens it
     * @param body     the line without that bullet
     * @param folded   the body folded as cues are ({@link Cues#fold})
     * @param units    the body's prose units ({@link LineShape#units})
     * @param sentence whether the body ends like a sentence
     */
    record Text(String line, boolean bullet, String body, String folded, double units, boolean sentence) {
        static Text of(String line) {
            String body = BULLET.matcher(line).replaceFirst("");
            return new Text(line, BULLET.matcher(line).find(), body, Cues.fold(body), LineShape.units(body), LineShape.endsLikeSentence(body));
        }

        /** Numbered like a list item: "2. ", "3) ". */
        boolean numbered() {
            return bullet && Character.isDigit(line.charAt(0));
        }
    }

    private static final double ANY_LENGTH = Double.POSITIVE_INFINITY;
    /** The longest sentence a metadata line may be ("Posted by Jane Doe on 4 March."): a longer one is prose. */
    private static final int MAX_METADATA_SENTENCE_UNITS = 20;

    /**
     * The rows in the order they are tried: the first that matches gives the line its rule. Rows of
     * w3m artefacts and forms come first (they look at the line as drawn), then headings and labels
     * of sections that end the article, then other chrome, metadata, credits and link lists.
     */
    private List<Rule> table() {
        return List.of(
                new Rule("horizontal-rule", W3M_ARTEFACT, ANY_LENGTH, t -> RULE_LINE.matcher(t.line()).matches()),
                // the comment form's submit button opens the comment section
                new Rule("comment-button", COMMENTS, ANY_LENGTH, t -> W3M_ONLY.matcher(t.line()).matches() && hasCommentButton(t.line())),
                new Rule("w3m-text-box", FORM, ANY_LENGTH, t -> W3M_ONLY.matcher(t.line()).matches() && FORM_FIELD.matcher(t.line() + " ").find()),
                new Rule("w3m-brackets", W3M_ARTEFACT, ANY_LENGTH, t -> W3M_ONLY.matcher(t.line()).matches()),
                new Rule("form-piece", FORM, ANY_LENGTH, t -> FORM_PIECE.matcher(t.line()).matches()),
                // an image's alt text printed twice over itself ("Garden toolsGarden tools") or naming the picture ("Acme logo")
                new Rule("doubled-alt-text", W3M_ARTEFACT, ANY_LENGTH, t -> LineShape.isDoubled(t.line())),
                new Rule("alt-text", W3M_ARTEFACT, ANY_LENGTH, t -> LineShape.units(t.line()) <= MAX_ALT_TEXT_UNITS
                        && cues.endsWith("alttext", Cues.fold(t.line()).replaceFirst("\\.$", ""))),
                new Rule("form-field", FORM, 15, t -> FORM_FIELD.matcher(t.line() + " ").find()),
                new Rule("radio-button", FORM, 20, t -> RADIO_BUTTON.matcher(t.line()).find()),
                new Rule("editor-box", METADATA, ANY_LENGTH, t -> endMarker.matcher(t.line()).find() && t.line().startsWith("【")),
                // "免责声明：…", or a short heading over the site's notices: "本网版权相关声明："
                new Rule("disclaimer-label", DISCLAIMER, ANY_LENGTH, t -> cues.prefix("disclaimer", t.folded()).isPresent()),
                new Rule("disclaimer-heading", DISCLAIMER, 15, t -> cues.endsWith("disclaimer", t.folded())),
                new Rule("related-heading", RELATED, 8, t -> cues.isHeading("related", t.folded())),
                // "Next article: Work out and bare your soles", "下一篇：…": a link to one other story
                new Rule("next-story", READ_MORE, 30, t -> !t.sentence() && !t.bullet() && labelled("related", t.folded())),
                new Rule("comments-heading", COMMENTS, 8, t -> cues.isHeading("comments", t.folded())),
                new Rule("comments-prompt", COMMENTS, 15, t -> cues.prefix("comments", t.folded()).isPresent() && !t.sentence()),
                new Rule("comment-count", COMMENTS, ANY_LENGTH, t -> counter.matcher(t.body()).matches()),
                // a blog's comments open with their count and the post's title in quotes: "12 thoughts on “…”"
                new Rule("comment-thread-heading", COMMENTS, 30, t -> threadHeading.matcher(t.body()).matches()),
                new Rule("breadcrumb", BREADCRUMB, 20, t -> !t.sentence() && !meta.breadcrumb(t.body()).isEmpty()
                        && (meta.isHome(t.body().split("[»›>/＞|]")[0]) || t.body().matches(".*[»›＞].*"))),
                new Rule("crumb-trail", BREADCRUMB, 60, t -> !t.sentence() && isCrumbTrail(t.body())),
                new Rule("banner", BANNER, ANY_LENGTH, t -> BANNER_PATTERN.matcher(t.line()).matches()),
                new Rule("url-only", NAV, ANY_LENGTH, t -> URL_ONLY.matcher(t.body()).matches()),
                new Rule("copyright-notice", COPYRIGHT, 40, t -> cues.contains("copyright", t.folded())),
                // a line opening with the copyright sign is the legal notice, however long its small print runs
                new Rule("copyright-small-print", COPYRIGHT, ANY_LENGTH, t -> !t.sentence() && cues.contains("copyright", t.folded())
                        && t.folded().contains("©")),
                new Rule("copyright-sign", COPYRIGHT, ANY_LENGTH, t -> COPYRIGHT_OPENING.matcher(t.folded()).find()),
                // a banner is no list item: "• Cookie dough bites" is a list of the article's
                new Rule("cookie-notice", COOKIE, 25, t -> !t.bullet() && cues.contains("cookie", t.folded()) && !t.sentence()),
                // a longer line naming the cookie itself ("cookies" too) among its cues
                new Rule("cookie-banner", COOKIE, 60, t -> !t.bullet() && cues.contains("cookie", t.folded())
                        && cues.section("cookieword").stream().anyMatch(t.folded()::contains)),
                new Rule("ticker", NAV, 60, t -> labelled("ticker", t.folded())),
                new Rule("read-more", READ_MORE, 40, t -> cues.prefix("readmore", t.folded()).isPresent()),
                new Rule("tags", TAGS, 40, t -> labelled("tags", t.folded())),
                new Rule("share-bar", SHARE, 30, t -> cues.count("social", t.folded(), 2) >= 2 && !t.sentence()),
                // a share bar printed as a list: one network per item ("• Reddit", "• Email")
                new Rule("share-item", SHARE, ANY_LENGTH, t -> t.bullet() && cues.isHeading("social", t.folded())),
                new Rule("share-heading", SHARE, 12, t -> cues.isHeading("share", t.folded())),
                new Rule("share-prompt", SHARE, 25, t -> cues.prefix("share", t.folded()).isPresent() && !t.sentence()),
                new Rule("share-prompt-networks", SHARE, ANY_LENGTH, t -> cues.prefix("share", t.folded()).isPresent() && !t.sentence()
                        && cues.count("social", t.folded(), 2) >= 2),
                new Rule("share-label", SHARE, 20, t -> labelled("share", t.folded()) && !t.sentence()),
                new Rule("ad-heading", AD, 6, t -> cues.isHeading("ad", t.folded())),
                new Rule("nav-heading", NAV, 6, t -> cues.isHeading("nav", t.folded()) || cues.isHeading("home", t.folded())),
                new Rule("ad-labels", AD, 6, t -> allCells("ad", t.folded())),
                new Rule("placeholder", PLACEHOLDER, 6, t -> cues.prefix("placeholder", t.folded()).isPresent() && ELLIPSIS_END.matcher(t.body()).find()),
                new Rule("call-to-action", CALL_TO_ACTION, 5, t -> cues.prefix("action", t.folded()).isPresent()),
                new Rule("promo", PROMO, MAX_PROMO_UNITS, t -> cues.contains("promo", t.folded())),
                new Rule("view-counter", METADATA, 30, t -> !longSentence(t) && counter.matcher(t.body()).find()),
                new Rule("metadata-label", METADATA, 40, t -> !longSentence(t)
                        && (labelled("source", t.folded()) || labelled("editor", t.folded()) || labelled("published", t.folded()))),
                new Rule("author-label", METADATA, 12, t -> labelled("author", t.folded())),
                new Rule("source-or-editor", METADATA, 25, t -> !longSentence(t) && (meta.editor(t.body()).isPresent() || meta.source(t.body()).isPresent())),
                new Rule("dateline", METADATA, 40, t -> !longSentence(t) && isDateline(t.body())),
                new Rule("byline", METADATA, 10, t -> !t.sentence() && !meta.authors(t.body()).isEmpty()),
                // a caption under its label, however long: "图注：…", "Image caption Firefighters worked …"
                new Rule("caption-label", PHOTO, MAX_LABELLED_CAPTION_UNITS, t -> cues.prefix("caption", t.folded()).isPresent()),
                // a line thanking the source of the text or pictures: "ขอบคุณข้อมูลจาก : เพจ …", "Courtesy of the museum"
                new Rule("thanks-credit", PHOTO, MAX_THANKS_CREDIT_UNITS, t -> !t.sentence() && cues.prefix("credit", t.folded()).isPresent()),
                // a credit in brackets, alone or closing a caption: "(Credit: Getty)", "… bến sáng nay. (Ảnh: Minh Anh)."
                new Rule("bracketed-credit", PHOTO, MAX_BRACKET_CAPTION_UNITS, t -> endsWithBracketedCredit(t.folded())),
                // a tag label and the tags after it, no colon between: "แท็กที่เกี่ยวข้อง น้ำท่วม ภาคเหนือ", "Tags Politics Economy"
                new Rule("tag-row", TAGS, MAX_TAG_ROW_UNITS, t -> !t.sentence() && isTagRow(t.body(), t.folded())),
                new Rule("photo-label", PHOTO, 10, t -> cues.prefix("photo", t.folded()).isPresent()),
                new Rule("caption-credit", PHOTO, MAX_CAPTION_UNITS, t -> endsWithCredit(t.folded())),
                new Rule("agency-credit", PHOTO, MAX_AGENCY_CREDIT_UNITS, t -> endsWithAgency(t.folded())),
                new Rule("dated-headline", LINK_LIST, ANY_LENGTH, t -> isDatedHeadline(t.body())),
                new Rule("numbered-link", LINK_LIST, 15, t -> t.numbered() && !isProseItem(t.body(), t.units())),
                new Rule("bulleted-link", LINK_LIST, 25, t -> t.bullet() && !t.numbered() && !isProseItem(t.body(), t.units())),
                new Rule("bulleted-headline", LINK_LIST, 40, t -> t.bullet() && !t.numbered() && !t.sentence() && !isProseItem(t.body(), t.units())),
                new Rule("menu-row", NAV, ANY_LENGTH, t -> !t.sentence() && isMenuRow(t.body())),
                new Rule("language-links", NAV, 12, t -> !t.sentence() && menuCells(t.body()).length < 3
                        && languageName.matcher(t.body()).results().count() >= 2));
    }

    /** The rule that makes this line chrome, or null when nothing says it is. */
    public String classify(String rawLine) {
        Rule rule = ruleFor(rawLine);
        return rule == null ? null : rule.id();
    }

    /**
     * Three crumbs or more with their separators. Both forms need three separators: a line with fewer is
     * no trail, decided without the pattern, whose search backtracks at every character of every line.
     */
    private static boolean isCrumbTrail(String body) {
        int separators = 0;
        for (int i = 0; i < body.length() && separators < 3; i++) {
            char c = body.charAt(i);
            if (c == '>' || c == '»' || c == '›' || c == '＞') {
                separators++;
            }
        }
        return separators >= 3 && CRUMB_TRAIL.matcher(body).find();
    }

    /** The first row of the table that matches the line, or null. */
    Rule ruleFor(String rawLine) {
        String line = LineShape.strip(rawLine);
        if (line.isEmpty()) {
            return null;
        }
        Text text = Text.of(line);
        for (Rule rule : rules) {
            if (rule.matches(text)) {
                return rule;
            }
        }
        return null;
    }

    /** A sentence too long for a metadata line. */
    private static boolean longSentence(Text t) {
        return t.sentence() && t.units() > MAX_METADATA_SENTENCE_UNITS;
    }

    /** A button of w3m's drawing ("[Post Comment]") whose label heads the comments. */
    private boolean hasCommentButton(String line) {
        Matcher label = BRACKETED.matcher(line);
        while (label.find()) {
            if (cues.isHeading("comments", Cues.fold(label.group(1).strip()))) {
                return true;
            }
        }
        return false;
    }

    /** A date with little else on the line, or with the line's other fields set apart by separators. */
    private boolean isDateline(String body) {
        if (dates.find(body, null).isEmpty()) {
            return false;
        }
        String withoutDate = body.replaceAll("[\\d:/.\\-年月日号時时分秒]+", " ");
        return LineShape.units(withoutDate) <= 14 || SEPARATORS.matcher(body).find();
    }

    /**
     * A list item that is article text, not a link: a full sentence ending with a stop, or a
     * "Label: explanation" item. Headlines in link lists end without a stop.
     */
    private static boolean isProseItem(String body, double units) {
        if (units >= 4 && LineShape.endsLikeStatement(body)) {
            return true;
        }
        int colon = body.indexOf(':') >= 0 ? body.indexOf(':') : body.indexOf('：');
        return colon > 0 && LineShape.units(body.substring(0, colon)) <= 6 && LineShape.units(body.substring(colon + 1)) >= 6;
    }

    /**
     * An item of a headline list stamped with its date: "美国应理性看待中国军力发展 (2012-1-17 11:08:52)",
     * "01-17 Headline". What is left without the date is headline-sized and does not end with a full stop.
     */
    private static boolean isDatedHeadline(String body) {
        java.util.regex.Matcher m = TRAILING_DATE.matcher(body);
        String rest;
        if (m.find() && m.start() > 0 && Character.isWhitespace(body.charAt(m.start() - 1)) | "(（[【".indexOf(body.charAt(m.start())) >= 0) {
            rest = body.substring(0, m.start());
        } else {
            m = LEADING_DATE.matcher(body);
            if (!m.find()) {
                return false;
            }
            rest = body.substring(m.end());
        }
        rest = LineShape.strip(rest);
        double units = LineShape.units(rest);
        return units >= 4 && units <= 40 && !LineShape.endsLikeStatement(rest);
    }

    /** "Home | News | Sport": three or more cells, most of them short. */
    private static boolean isMenuRow(String body) {
        String[] cells = menuCells(body);
        if (cells.length < 3) {
            return false;
        }
        int shortCells = 0;
        for (String c : cells) {
            if (LineShape.units(c) <= 6) {
                shortCells++;
            }
        }
        return shortCells * 4 >= cells.length * 3;
    }

    private static String[] menuCells(String body) {
        return body.split("\\s*(?:[|｜│]|\\s{2,}| / )\\s*");
    }

    /** A short caption closed by its credit after a stop: "A camera on a bike mount. Photo: Jane Doe". */
    private boolean endsWithCredit(String folded) {
        return closingCredit(folded, SENTENCE_TAIL).filter(name -> LineShape.units(name) <= MAX_CREDIT_UNITS).isPresent();
    }

    /** A photo credit naming its source in brackets closes the line ("(photo: jane doe)"), with at most a caption's worth of text before it. */
    private boolean endsWithBracketedCredit(String folded) {
        Matcher m = BRACKETED_CREDIT.matcher(folded.strip());
        if (!m.matches()) {
            return false;
        }
        String credit = tightColons(m.group(2));
        // a name after the cue: "(资料图)" (file photo) names no one and stays with the caption it closes
        return cues.prefix("photo", credit).map(cue -> LineShape.units(credit.substring(cue.length())))
                .filter(name -> name >= 1 && name <= MAX_CREDIT_UNITS).isPresent();
    }

    /**
     * A tag label followed by two or more short tags and nothing else: "แท็กที่เกี่ยวข้อง น้ำท่วม ภาคเหนือ",
     * "Tags Politics Economy". Latin tags are capitalised, so "Tags are sold at the door" is no row.
     */
    private boolean isTagRow(String body, String folded) {
        Optional<String> cue = cues.prefix("tags", folded);
        if (cue.isEmpty() || folded.length() == cue.get().length() || !Character.isWhitespace(folded.charAt(cue.get().length()))) {
            return false;
        }
        String[] tags = LineShape.strip(body.substring(Math.min(body.length(), cue.get().length()))).split("\\s+");
        if (tags.length < 2) {
            return false;
        }
        for (String tag : tags) {
            if (LineShape.units(tag) > MAX_TAG_UNITS || Character.isLowerCase(tag.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Jane Doe, AP", "Photo / Getty Images": an agency after a comma or slash closes the line. */
    private boolean endsWithAgency(String folded) {
        String line = folded.strip();
        for (String cue : cues.section("agency")) {
            if (line.endsWith(cue) && line.length() > cue.length()
                    && AGENCY_SEPARATOR.matcher(line.substring(0, line.length() - cue.length())).find()) {
                return true;
            }
        }
        return false;
    }

    /** A row of two or more cells, each a cue of the section. */
    private boolean allCells(String section, String folded) {
        String[] cells = CELL_SEPARATOR.split(folded.strip());
        if (cells.length < 2) {
            return false;
        }
        for (String cell : cells) {
            if (!cues.isHeading(section, cell)) {
                return false;
            }
        }
        return true;
    }


    /** The line starts with a cue of the section followed by a colon ("Tags: …", "Từ khóa: …"), or is that cue. */
    private boolean labelled(String section, String folded) {
        return cues.prefix(section, folded)
                .map(cue -> folded.substring(cue.length()).matches("^\\s*(?:[:：].*|)$"))
                .orElse(false);
    }
}
