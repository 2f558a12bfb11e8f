package dev.mekong.extract.text;

import dev.mekong.extract.Cues;
import dev.mekong.extract.meta.DateTimeExtractor;
import dev.mekong.extract.meta.MetadataLineParser;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, for one line of a text copy of a page, whether it is site chrome and by which rule. Rules
 * look at the line alone (shape, cue words, w3m artefacts); position is the extractor's business.
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
    private static final Pattern COUNTER_PATTERN = Pattern.compile(
            "(?:评论|評論|点击|點擊|点閱|點閱|阅读|閱讀|浏览|瀏覽|人气|人氣|comments?|views?|reads?|lượt xem|lượt đọc|bình luận|เข้าชม|ครั้ง|ความคิดเห็น)"
                    + "\\s*[(（:：]?\\s*\\d[\\d,.]*\\s*[)）]?\\s*(?:条|條|次|人)?|\\d[\\d,.]*\\s*(?:条评论|條評論|次浏览|次阅读|次|人参与|comments?|views?|reads?|lượt xem|lượt đọc|bình luận|ครั้ง)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s[|｜│/]\\s|\\s{3,}|[|｜]");
    private static final Pattern BANNER_PATTERN = Pattern.compile("^【[^】]{2,80}】$|^\\[[^\\]]{2,80}]$|^[*=\\-_~#]{3,}$");
    /** w3m draws a horizontal rule (<hr>) as a row of box-drawing lines (a table border has corners). */
    private static final Pattern RULE_LINE = Pattern.compile("^[\u2500\u2501\u2550]{3,}$");
    private static final Pattern END_PATTERN = Pattern.compile("[(（]\\s*(?:完|全文完|end|hết|จบ)\\s*[)）]\\s*$|^【\\s*(?:责任编辑|責任編輯)", Pattern.CASE_INSENSITIVE);
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
    private static final Pattern AGENCY_SEPARATOR = Pattern.compile("\\S\\s*[,/|]\\s*$");
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?:…|\\.{3})\\s*$");
    private static final Pattern URL_ONLY = Pattern.compile("^(?:https?://|www\\.)\\S+$", Pattern.CASE_INSENSITIVE);
    /** Where a credit after a caption's last sentence starts: behind its last full stop. */
    private static final Pattern SENTENCE_TAIL = Pattern.compile(".*\\.\\s+");
    /** Where the credit after a caption starts: behind its last full stop, bar or opening bracket. */
    private static final Pattern CAPTION_TAIL = Pattern.compile(".*(?:[.!?。]\\s+|\\s[|｜]\\s*|[(（]\\s*)");
    private static final Pattern LANGUAGE_LINKS = Pattern.compile("(?:English|中文|Tiếng Việt|ภาษาไทย|ไทย|简体|繁體|日本語|한국어)");

    private final Cues cues;
    private final MetadataLineParser meta;
    private final DateTimeExtractor dates;

    public LineClassifier(Cues cues) {
        this.cues = cues;
        this.meta = new MetadataLineParser(cues);
        this.dates = new DateTimeExtractor(Map.of());
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
        return END_PATTERN.matcher(LineShape.strip(line)).find();
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
        String line = folded.replaceAll("\\s+([:：])", "$1");
        Matcher tail = captionTail.matcher(line);
        if (!tail.find() || tail.end() >= line.length()) {
            return Optional.empty();
        }
        String credit = line.substring(tail.end());
        return cues.prefix("photo", credit).map(cue -> credit.substring(cue.length()));
    }

    /** Whether the line opens a section that is never article text: related list, comments, disclaimer. */
    public static boolean isSectionEnd(String rule) {
        return RELATED.equals(rule) || COMMENTS.equals(rule) || DISCLAIMER.equals(rule);
    }

    /** The rule that makes this line chrome, or null when nothing says it is. */
    public String classify(String rawLine) {
        String line = LineShape.strip(rawLine);
        if (line.isEmpty()) {
            return null;
        }
        if (RULE_LINE.matcher(line).matches()) {
            return W3M_ARTEFACT;
        }
        if (W3M_ONLY.matcher(line).matches()) {
            // the comment form's submit button opens the comment section
            Matcher label = BRACKETED.matcher(line);
            while (label.find()) {
                if (cues.isHeading("comments", Cues.fold(label.group(1).strip()))) {
                    return COMMENTS;
                }
            }
            return FORM_FIELD.matcher(line + " ").find() ? FORM : W3M_ARTEFACT;
        }
        if (FORM_PIECE.matcher(line).matches()) {
            return FORM;
        }
        // an image's alt text printed twice over itself ("Garden toolsGarden tools") or naming the picture ("Acme logo")
        if (LineShape.isDoubled(line) || LineShape.units(line) <= MAX_ALT_TEXT_UNITS && cues.endsWith("alttext", Cues.fold(line).replaceFirst("\\.$", ""))) {
            return W3M_ARTEFACT;
        }
        boolean bullet = BULLET.matcher(line).find();
        String body = BULLET.matcher(line).replaceFirst("");
        String folded = Cues.fold(body);
        double units = LineShape.units(body);
        boolean sentence = LineShape.endsLikeSentence(body);
        boolean shortLine = units <= 12;

        if (FORM_FIELD.matcher(line + " ").find() && units <= 15 || RADIO_BUTTON.matcher(line).find() && units <= 20) {
            return FORM;
        }
        if (END_PATTERN.matcher(line).find() && line.startsWith("【")) {
            return METADATA;
        }
        // "免责声明：…", or a short heading over the site's notices: "本网版权相关声明："
        if (cues.prefix("disclaimer", folded).isPresent() || units <= 15 && cues.endsWith("disclaimer", folded)) {
            return DISCLAIMER;
        }
        if (units <= 8 && cues.isHeading("related", folded)) {
            return RELATED;
        }
        // "Next article: Work out and bare your soles", "下一篇：…": a link to one other story
        if (units <= 30 && !sentence && !bullet && labelled("related", folded)) {
            return READ_MORE;
        }
        if (units <= 8 && cues.isHeading("comments", folded) || units <= 15 && startsWithCue("comments", folded) && !sentence
                || COUNTER_PATTERN.matcher(body).matches()) {
            return COMMENTS;
        }
        if (!meta.breadcrumb(body).isEmpty() && units <= 20 && !sentence
                && (meta.isHome(body.split("[»›>/＞|]")[0]) || body.matches(".*[»›＞].*"))) {
            return BREADCRUMB;
        }
        if (units <= 60 && !sentence && CRUMB_TRAIL.matcher(body).find()) {
            return BREADCRUMB;
        }
        if (BANNER_PATTERN.matcher(line).matches()) {
            return BANNER;
        }
        if (URL_ONLY.matcher(body).matches()) {
            return NAV;
        }
        // a line opening with the copyright sign is the legal notice, however long its small print runs
        if ((units <= 40 || !sentence) && cues.contains("copyright", folded) && (units <= 40 || folded.contains("©"))
                || COPYRIGHT_OPENING.matcher(folded).find()) {
            return COPYRIGHT;
        }
        // a banner is no list item: "• Cookie dough bites" is a list of the article's
        if (!bullet && (units <= 25 && cues.contains("cookie", folded) && !sentence || units <= 60 && cues.contains("cookie", folded)
                && folded.matches(".*(?:cookie|คุกกี้).*"))) {
            return COOKIE;
        }
        if (labelled("ticker", folded) && units <= 60) {
            return NAV;
        }
        if (cues.prefix("readmore", folded).isPresent() && units <= 40) {
            return READ_MORE;
        }
        if (labelled("tags", folded) && units <= 40) {
            return TAGS;
        }
        // a share bar printed as a list: one network per item ("• Reddit", "• Email")
        if (units <= 30 && cues.count("social", folded, 2) >= 2 && !sentence || bullet && cues.isHeading("social", folded)
                || units <= 12 && cues.isHeading("share", folded)
                || cues.prefix("share", folded).isPresent() && !sentence && (units <= 25 || cues.count("social", folded, 2) >= 2) || units <= 20 && labelled("share", folded) && !sentence) {
            return SHARE;
        }
        if (units <= 6 && (cues.isHeading("nav", folded) || cues.isHeading("ad", folded) || cues.isHeading("home", folded))) {
            return cues.isHeading("ad", folded) ? AD : NAV;
        }
        if (units <= 6 && allCells("ad", folded)) {
            return AD;
        }
        if (units <= 6 && cues.prefix("placeholder", folded).isPresent() && ELLIPSIS_END.matcher(body).find()) {
            return PLACEHOLDER;
        }
        if (units <= 5 && cues.prefix("action", folded).isPresent()) {
            return CALL_TO_ACTION;
        }
        if (units <= MAX_PROMO_UNITS && cues.contains("promo", folded)) {
            return PROMO;
        }
        if (isMetadataLine(body, folded, units, sentence)) {
            return METADATA;
        }
        if (units <= 10 && cues.prefix("photo", folded).isPresent() || units <= MAX_CAPTION_UNITS && endsWithCredit(folded)
                || units <= MAX_AGENCY_CREDIT_UNITS && endsWithAgency(folded)) {
            return PHOTO;
        }
        if (isDatedHeadline(body)) {
            return LINK_LIST;
        }
        boolean numbered = bullet && Character.isDigit(line.charAt(0));
        if (numbered ? units <= 15 && !isProseItem(body, units) : bullet && !isProseItem(body, units) && (units <= 25 || !sentence && units <= 40)) {
            return LINK_LIST;
        }
        if (!sentence && isSeparatedMenu(body, units)) {
            return NAV;
        }
        return null;
    }

    private boolean isMetadataLine(String body, String folded, double units, boolean sentence) {
        if (units > 40 || sentence && units > 20) {
            return false;
        }
        if (COUNTER_PATTERN.matcher(body).find() && units <= 30) {
            return true;
        }
        boolean labelledMeta = labelled("source", folded) || labelled("editor", folded) || labelled("published", folded)
                || labelled("author", folded) && units <= 12
                || units <= 25 && (meta.editor(body).isPresent() || meta.source(body).isPresent());
        if (labelledMeta) {
            return true;
        }
        if (dates.find(body, null).isPresent()) {
            String withoutDate = body.replaceAll("[\\d:/.\\-年月日号時时分秒]+", " ");
            return LineShape.units(withoutDate) <= 14 || SEPARATORS.matcher(body).find();
        }
        return units <= 10 && meta.authors(body).size() > 0 && !sentence;
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

    /** "Home | News | Sport", or a row of language links. */
    private boolean isSeparatedMenu(String body, double units) {
        String[] cells = body.split("\\s*(?:[|｜│]|\\s{2,}| / )\\s*");
        if (cells.length >= 3) {
            int shortCells = 0;
            for (String c : cells) {
                if (LineShape.units(c) <= 6) {
                    shortCells++;
                }
            }
            return shortCells * 4 >= cells.length * 3;
        }
        return units <= 12 && LANGUAGE_LINKS.matcher(body).results().count() >= 2;
    }

    /** A short caption closed by its credit after a stop: "A camera on a bike mount. Photo: Jane Doe". */
    private boolean endsWithCredit(String folded) {
        return closingCredit(folded, SENTENCE_TAIL).filter(name -> LineShape.units(name) <= MAX_CREDIT_UNITS).isPresent();
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


    private boolean startsWithCue(String section, String folded) {
        return cues.prefix(section, folded).isPresent();
    }

    /** The line starts with a cue of the section followed by a colon ("Tags: …", "Từ khóa: …"), or is that cue. */
    private boolean labelled(String section, String folded) {
        return cues.prefix(section, folded)
                .map(cue -> folded.substring(cue.length()).matches("^\\s*(?:[:：].*|)$"))
                .orElse(false);
    }
}
