package dev.mekong.extract;

import dev.mekong.extract.html.HtmlPageExtractor;
import dev.mekong.extract.rules.SiteRules;
import dev.mekong.extract.rules.SiteRulesOnPages;
import dev.mekong.extract.text.TextPageExtractor;
import dev.mekong.ingest.DecodedInput;
import dev.mekong.ingest.FieldCleaner;
import dev.mekong.ingest.InputFormat;
import dev.mekong.model.Article;
import dev.mekong.model.InputRejectedException;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Hands each input to the extractor registered for its format, and cleans every field of what it made
 * ({@link FieldCleaner}): whatever the format, no control character or bidi override gets past extraction.
 */
public class FormatExtractor implements ArticleExtractor {

    private final Map<InputFormat, ArticleExtractor> byFormat;

    public FormatExtractor(Map<InputFormat, ArticleExtractor> byFormat) {
        this.byFormat = byFormat.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byFormat));
    }

    /** The extractors the pipeline and the command line use: one for every input format. */
    public static FormatExtractor standard() {
        return standard(SiteRules.none());
    }

    /** The standard extractors, text copies and saved pages following a user's per-site rules. */
    public static FormatExtractor standard(SiteRules siteRules) {
        Map<InputFormat, ArticleExtractor> map = nonHtmlExtractors();
        map.put(InputFormat.TEXT, new TextPageExtractor(siteRules));
        map.put(InputFormat.HTML, new SiteRulesOnPages(new HtmlPageExtractor(), siteRules));
        return new FormatExtractor(map);
    }

    /** The extractors of this package for text copies, Markdown and JSON; add HTML with {@link #with}. */
    public static Map<InputFormat, ArticleExtractor> nonHtmlExtractors() {
        Map<InputFormat, ArticleExtractor> map = new EnumMap<>(InputFormat.class);
        map.put(InputFormat.TEXT, new TextPageExtractor());
        map.put(InputFormat.MARKDOWN, new MarkdownExtractor());
        map.put(InputFormat.JSON, new JsonArticleExtractor());
        return map;
    }

    /** A copy with one more (or a replaced) format. */
    public FormatExtractor with(InputFormat format, ArticleExtractor extractor) {
        Map<InputFormat, ArticleExtractor> map = new EnumMap<>(InputFormat.class);
        map.putAll(byFormat);
        map.put(format, extractor);
        return new FormatExtractor(map);
    }

    public Optional<ArticleExtractor> extractorFor(InputFormat format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    @Override
    public Article extract(DecodedInput input) {
        ArticleExtractor extractor = byFormat.get(input.format());
        if (extractor == null) {
            throw new InputRejectedException("no extractor is configured for ." + input.format().id() + " inputs");
        }
        return FieldCleaner.clean(extractor.extract(input));
    }
}
