package dev.mekong.extract.text;

import dev.mekong.extract.ArticleExtractor;
import dev.mekong.extract.Cues;
import dev.mekong.extract.dates.DateTimeExtractor;
import dev.mekong.extract.rules.SiteRules;
import dev.mekong.ingest.DecodedInput;
import dev.mekong.language.LanguageFacts;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;

import java.util.List;

/**
 * Extracts the article from a text copy of a rendered page (site chrome all around). Each line gets a
 * chrome rule ({@link LineClassifier}) or a prose score, refined by passes over its neighbours
 * ({@link PageLines}); the article is the contiguous run of lines with the best total score, cut at end
 * markers ("(完)") and at section headings that never belong to an article (related list, comments,
 * disclaimer) ({@link ArticleRegion}). The title is the best headline-shaped line above it
 * ({@link TitleFinder}), the metadata comes from the lines around it ({@link HeaderMetadata}).
 */
public class TextPageExtractor implements ArticleExtractor {

    /** Rules of removed lines that no classifier rule removed: where they stand on the page. */
    public static final String BEFORE_TITLE = "before-title";
    public static final String BEFORE_BODY = "before-body";
    public static final String AFTER_BODY = "after-body";
    public static final String AFTER_END_MARKER = "after-end-marker";

    private final PageLines pageLines;
    private final LineClassifier classifier;
    private final TitleFinder titles;
    private final TitleConfidence titleConfidence;
    private final HeaderMetadata header;
    private final SiteRules siteRules;

    public TextPageExtractor() {
        this(SiteRules.none());
    }

    /** The built-in cues and zones, with user per-site rules on top. */
    public TextPageExtractor(SiteRules siteRules) {
        this(Cues.builtIn(), new DateTimeExtractor(LanguageFacts.LOCAL_TIME_ZONES), siteRules);
    }

    public TextPageExtractor(Cues cues, DateTimeExtractor dates) {
        this(cues, dates, SiteRules.none());
    }

    public TextPageExtractor(Cues cues, DateTimeExtractor dates, SiteRules siteRules) {
        this.classifier = new LineClassifier(cues);
        this.pageLines = new PageLines(classifier);
        this.titles = new TitleFinder(classifier);
        this.titleConfidence = new TitleConfidence(classifier);
        this.header = new HeaderMetadata(classifier, dates);
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

    /** How many lines under a section label its article's headline may stand (a date line between). */
    private static final int HEADLINE_UNDER_LABEL = 3;

    /**
     * A section name over the headline ("Kinh doanh", "Politics") won the title: the first plain line
     * under it, before the body, that is no label itself is the headline; else the label stays (and is
     * doubted in the record).
     */
    private int headlineUnderLabel(List<Line> lines, int labelAt, int bodyStart) {
        for (int i = labelAt + 1; i < Math.min(bodyStart, labelAt + 1 + HEADLINE_UNDER_LABEL + 1) && i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.text.isBlank()) {
                continue;
            }
            if (line.rule == null && !LineShape.endsLikeSentence(line.text)
                    && titleConfidence.doubt(line.text, List.of()) == null) {
                return i;
            }
        }
        return labelAt;
    }

    public Extraction extract(String text) {
        SiteRules.Site site = siteRules.isEmpty() ? null : siteRules.find(null, text).orElse(null);
        List<Line> lines = pageLines.read(text, site);
        if (lines.isEmpty()) {
            throw new InputRejectedException("the text file holds no text");
        }
        ArticleRegion region = ArticleRegion.find(lines, classifier);
        if (region == null) {
            throw new InputRejectedException("no article text found: every line looks like site navigation or page furniture");
        }
        int titleAt = titles.find(lines, region.start(), site);
        if (titleAt >= 0 && (site == null || site.titleIn(lines.get(titleAt).text).isEmpty())
                && titleConfidence.doubt(TitleFinder.title(lines.get(titleAt), site), List.of()) != null) {
            titleAt = headlineUnderLabel(lines, titleAt, region.start());
        }
        region = region.underHeadline(lines, titleAt);
        String title = titleAt < 0 ? null : TitleFinder.title(lines.get(titleAt), site);

        ArticleBlocks article = ArticleBlocks.of(lines, region, titleAt);
        if (article.blocks().isEmpty() && title == null) {
            throw new InputRejectedException("no article found: no title and no body text");
        }
        String language = HeaderMetadata.guessLanguage(article.blocks(), title);
        Metadata meta = header.read(lines, title, titleAt, region, language, DateTimeExtractor.writesMonthFirst(text));
        if (site != null && site.date() != null) {
            meta = header.withSiteDate(meta, lines, site, language);
        }
        boolean siteTitle = site != null && titleAt >= 0 && site.titleIn(lines.get(titleAt).text).isPresent();
        if (!siteTitle) {
            meta = titleConfidence.judge(meta, article.blocks());
        }
        return new Extraction(meta, article.blocks(), article.removed());
    }
}
