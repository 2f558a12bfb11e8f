package dev.mekong.extract.text;

import dev.mekong.extract.dates.DateTimeExtractor;
import dev.mekong.extract.meta.MetadataLineParser;
import dev.mekong.extract.rules.SiteRules;
import dev.mekong.language.LanguageFacts;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The metadata of a text copy from the lines around the article: publish time, publisher, authors and
 * editor from the header (the lines from just above the headline to the body's first lines), else from
 * the lines after the body (for the publisher, else the copyright holder in the footer); the category
 * from the breadcrumb.
 */
final class HeaderMetadata {

    /** How many lines over the headline (or the body, with no headline) the header starts. */
    private static final int HEADER_LINES_ABOVE = 4;
    /** How many lines under the body's first line a byline or date still belongs to the header. */
    private static final int LEAD_METADATA_REACH = 6;
    /** How many lines after the body are read for metadata it did not give above. */
    private static final int TRAILER_LINES = 7;

    private final LineClassifier classifier;
    private final MetadataLineParser metaParser;
    private final DateTimeExtractor dates;

    HeaderMetadata(LineClassifier classifier, DateTimeExtractor dates) {
        this.classifier = classifier;
        this.metaParser = classifier.metadataParser();
        this.dates = dates;
    }

    /**
     * The page's metadata around the article in {@code region} under the headline at {@code titleAt}
     * (-1: none); {@code language} picks the time zone, {@code monthFirst} how n/n/yyyy dates read.
     */
    Metadata read(List<Line> lines, String title, int titleAt, ArticleRegion region, String language, boolean monthFirst) {
        int start = region.start();
        int end = region.end();
        int headerFrom = Math.max(0, (titleAt >= 0 ? titleAt : start) - HEADER_LINES_ABOVE);
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
        for (int i = end + 1; i < Math.min(lines.size(), end + 1 + TRAILER_LINES); i++) {
            trailer.add(lines.get(i).text);
        }
        if (end >= 0 && end < lines.size()) {
            trailer.add(0, lines.get(end).text);
        }

        String published = firstDate(header.subList(Math.min(header.size(), titleAt >= 0 ? titleAt - headerFrom : 0), header.size()), language, monthFirst)
                .or(() -> firstDate(header, language, monthFirst))
                .or(() -> firstDate(trailer, language, monthFirst))
                .orElse(null);
        // a page that labels no source still names its publisher as the holder of its copyright, in the footer
        List<String> footer = lines.subList(Math.min(lines.size(), end + 1), lines.size()).stream().map(l -> l.text).toList();
        String publisher = first(header, metaParser::source).or(() -> first(trailer, metaParser::source))
                .or(() -> first(footer, metaParser::copyrightHolder)).orElse(null);
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

    /** The metadata with the publish time from the first line the site's date pattern matches, when it parses. */
    Metadata withSiteDate(Metadata meta, List<Line> lines, SiteRules.Site site, String language) {
        for (Line line : lines) {
            Optional<String> iso = site.dateIn(line.text).flatMap(d -> dates.findIso(d, language));
            if (iso.isPresent()) {
                return meta.withTitleAndPublished(meta.title(), iso.get());
            }
        }
        return meta;
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

    private static Optional<String> first(List<String> lines, Function<String, Optional<String>> f) {
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
        long thai = s.codePoints().filter(LanguageFacts::isThai).count();
        long latin = s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN).count();
        if (han > 0 && han * 2 >= latin + thai) {
            return "zh";
        }
        if (thai > latin) {
            return "th";
        }
        return s.codePoints().filter(LanguageFacts::isVietnameseLetter).count() > latin / 50 + 2 ? "vi" : "en";
    }
}
