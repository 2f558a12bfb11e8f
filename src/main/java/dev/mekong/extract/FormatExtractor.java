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
import java.util.function.Supplier;

/**
 * Hands each input to the extractor registered for its format, and cleans every field of what it made
 * ({@link FieldCleaner}): whatever the format, no control character or bidi override gets past extraction.
 */
public class FormatExtractor implements ArticleExtractor {

    /** The extractors by format, made at the first use ({@link #standard}); null until then. */
    private volatile Map<InputFormat, ArticleExtractor> byFormat;
    private final Supplier<Map<InputFormat, ArticleExtractor>> made;

    public FormatExtractor(Map<InputFormat, ArticleExtractor> byFormat) {
        this.byFormat = copy(byFormat);
        this.made = null;
    }

    private FormatExtractor(Supplier<Map<InputFormat, ArticleExtractor>> made) {
        this.made = made;
    }

    private static Map<InputFormat, ArticleExtractor> copy(Map<InputFormat, ArticleExtractor> byFormat) {
        return byFormat.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byFormat));
    }

    private Map<InputFormat, ArticleExtractor> byFormat() {
        Map<InputFormat, ArticleExtractor> map = byFormat;
        if (map == null) {
            synchronized (this) {
                map = byFormat;
                if (map == null) {
                    byFormat = map = copy(made.get());
                }
            }
        }
        return map;
    }

    /** The extractors the pipeline and the command line use: one for every input format. */
    public static FormatExtractor standard() {
        return standard(SiteRules.none());
    }

    /**
     * The standard extractors, text copies and saved pages following a user's per-site rules; made at the first
     * input (their cue words and tables: a tenth of a second), which a rebuild with nothing new never reads.
     */
    public static FormatExtractor standard(SiteRules siteRules) {
        return new FormatExtractor(() -> {
            Map<InputFormat, ArticleExtractor> map = nonHtmlExtractors();
            map.put(InputFormat.TEXT, new TextPageExtractor(siteRules));
            map.put(InputFormat.HTML, new SiteRulesOnPages(new HtmlPageExtractor(), siteRules));
            return map;
        });
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
        map.putAll(byFormat());
        map.put(format, extractor);
        return new FormatExtractor(map);
    }

    public Optional<ArticleExtractor> extractorFor(InputFormat format) {
        return Optional.ofNullable(byFormat().get(format));
    }

    @Override
    public Article extract(DecodedInput input) {
        ArticleExtractor extractor = byFormat().get(input.format());
        if (extractor == null) {
            throw new InputRejectedException("no extractor is configured for ." + input.format().id() + " inputs");
        }
        return FieldCleaner.clean(extractor.extract(input));
    }
}
