package dev.mekong.site;

import dev.mekong.ingest.FieldCleaner;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Version;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.media.ImageScaler;
import dev.mekong.media.ImageUrls;
import dev.mekong.media.MediaRef;
import dev.mekong.site.Views.BlockView;
import dev.mekong.site.Views.ImageVariant;
import dev.mekong.site.Views.ImageView;
import dev.mekong.site.Views.LinkView;
import dev.mekong.site.Views.SourceView;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns stored records into what pages show: a record made safe to publish, its {@link IndexEntry}, the
 * list view of an entry in a site language (no body) and the full view of an article page.
 */
final class ArticleViews {

    static final int EXCERPT_CHARS = 160;
    /**
     * Category levels that get pages. With every segment bounded ({@link Slugs#categorySegment}) this bounds
     * a category page's path, so no stored record, however deep its breadcrumb, makes a path the file
     * system refuses (and with it every later render). New inputs deeper than mekong.max-category-depth
     * are quarantined before they are stored.
     */
    static final int MAX_CATEGORY_LEVELS = 10;
    private static final Pattern SAFE_URL = Pattern.compile("(?i)https?://[^\\s\"'<>]+");

    private final Map<String, SiteLanguage> languages;
    private final UrlScheme urls;
    private final Taxonomy taxonomy;

    /** @param languages the site languages in menu order */
    ArticleViews(Map<String, SiteLanguage> languages, UrlScheme urls, Taxonomy taxonomy) {
        this.languages = languages;
        this.urls = urls;
        this.taxonomy = taxonomy;
    }

    /** The keys of an entry's category trail, the same in every language ({@link Taxonomy#key}). */
    List<String> categoryKeys(IndexEntry entry) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < entry.categories().size(); i++) {
            keys.add(taxonomy.key(Taxonomy.Kind.CATEGORY, entry.categories().get(i), entry.categorySegments().get(i)));
        }
        return keys;
    }

    /** The key of an entry's tag i, the same in every language. */
    String tagKey(IndexEntry entry, int i) {
        return taxonomy.key(Taxonomy.Kind.TAG, entry.tags().get(i), entry.tagSegments().get(i));
    }

    /** A category or tag as a language shows it: a mapped term's label there, else as written. */
    private LinkView term(Taxonomy.Kind kind, String written, String path, String code, String labelLang) {
        Taxonomy.Term term = taxonomy.find(kind, written);
        return term == null ? new LinkView(written, path, labelLang)
                : new LinkView(term.label(code), path, langAttr(term.labelLanguage(code), code));
    }

    /** A record cleaned and made safe to publish, with what the editor should hear about it. */
    record Prepared(Article article, String slugWarning, List<String> warnings) {
    }

    static Prepared prepare(Article stored) {
        String title = stored.title() == null ? "" : stored.title();
        // records stored by a version that did not clean fields yet: one NUL would make every feed invalid
        Article safe = FieldCleaner.clean(stored);
        String slugWarning = null;
        if (!Slugs.isSafe(stored.slug())) {
            String slug = Slugs.slug(title, stored.id());
            slugWarning = "Article " + stored.id() + " had an unsafe slug; published as " + slug;
            safe = safe.withIdentity(stored.id(), slug, stored.revision());
        }
        List<String> warnings = new ArrayList<>();
        List<String> categories = meta(safe).category();
        if (categories.size() > MAX_CATEGORY_LEVELS) {
            warnings.add(String.format(Locale.ROOT, "Article %s has %,d category levels; pages are made for the first %d",
                    stored.id(), categories.size(), MAX_CATEGORY_LEVELS));
            safe = withCategories(safe, categories.subList(0, MAX_CATEGORY_LEVELS));
        }
        if (LocalDates.parse(meta(safe).published()) == null) {
            warnings.add("Article " + stored.id() + " has no valid publish date; listed last");
        }
        return new Prepared(safe, slugWarning, warnings);
    }

    /**
     * The index entry of a record as the site shows it at {@code now}; a record without an id gets an entry
     * that only says so, a draft or an embargoed article one that says only that ({@link Publication#hold}).
     */
    IndexEntry entry(String key, Article stored, String recordHash, Instant now) {
        if (stored.id() == null) {
            return new IndexEntry(key, null, recordHash, null, null, null, List.of(), List.of(), List.of(), List.of(),
                    stored.title(), null, null, List.of(), List.of(), null, List.of(), Map.of(), null, List.of(), null, List.of());
        }
        String hold = Publication.hold(stored, now);
        if (hold != null) {
            return IndexEntry.held(key, stored.id(), recordHash, hold,
                    Publication.EMBARGO.equals(hold) ? stored.meta().published().trim() : null);
        }
        Prepared prepared = prepare(stored);
        Article article = prepared.article();
        Metadata meta = meta(article);
        OffsetDateTime published = LocalDates.parse(meta.published());
        Map<String, IndexEntry.Item> items = new LinkedHashMap<>();
        for (SiteLanguage language : languages.values()) {
            String code = language.code();
            Version version = version(article, code);
            String textLang = version.lang() == null ? sourceTag(article) : version.lang();
            String title = version.title() == null || version.title().isBlank()
                    ? (article.title() == null ? article.id() : article.title()) : version.title();
            String text = String.join("\n", version.blocks().stream().map(Block::plainText).toList());
            String first = version.blocks().stream().filter(b -> Block.PARAGRAPH.equals(b.type()))
                    .map(Block::plainText).filter(s -> !s.isBlank()).findFirst().orElse(text);
            items.put(code, new IndexEntry.Item(version.status(), textLang, title,
                    TextMeasure.excerpt(first, textLang, EXCERPT_CHARS), TextMeasure.readingMinutes(text, textLang),
                    published == null ? null : LocalDates.date(published, language.locale()),
                    published == null ? null : LocalDates.time(published, language.locale())));
        }
        List<String> tags = meta.tags().stream().distinct().toList();
        return new IndexEntry(key, article.id(), recordHash, article.slug(), sourceTag(article),
                meta.published(), meta.category(), segments(meta.category()), tags, segments(tags), article.title(),
                article.source() == null ? null : article.source().fileName(),
                article.source() == null ? null : article.source().sha256(), meta.authors(), segments(meta.authors()),
                image(meta.image()), article.removed(), items, prepared.slugWarning(), prepared.warnings(), null,
                media(article));
    }

    /** An image reference a page may show: a media reference or an http(s) URL; else null. */
    private static String image(String reference) {
        if (reference == null) {
            return null;
        }
        return MediaRef.parse(reference) != null || SAFE_URL.matcher(reference).matches() ? reference : null;
    }

    /** The media references of the lead image and of every version's figures, each once. */
    private static List<String> media(Article article) {
        Set<String> media = new LinkedHashSet<>();
        if (MediaRef.parse(meta(article).image()) != null) {
            media.add(meta(article).image());
        }
        List<List<Block>> bodies = new ArrayList<>();
        bodies.add(article.blocks());
        new TreeMap<>(article.versions()).values().forEach(v -> bodies.add(v.blocks()));
        for (List<Block> blocks : bodies) {
            for (Block block : blocks) {
                if (Block.FIGURE.equals(block.type()) && MediaRef.parse(block.src()) != null) {
                    media.add(block.src());
                }
            }
        }
        return List.copyOf(media);
    }

    private static List<String> segments(List<String> names) {
        return names.stream().map(Slugs::categorySegment).toList();
    }

    /** An article in each site language as lists, feeds and the sitemap show it: everything but the body. */
    Map<String, ArticleView> listViews(IndexEntry entry) {
        OffsetDateTime published = LocalDates.parse(entry.published());
        Map<String, ArticleView> views = new LinkedHashMap<>();
        for (String code : languages.keySet()) {
            views.put(code, listView(entry, code, published));
        }
        return views;
    }

    private ArticleView listView(IndexEntry entry, String code, OffsetDateTime published) {
        IndexEntry.Item item = entry.versions().get(code);
        String labelLang = langAttr(entry.sourceTag(), code);
        List<LinkView> categories = new ArrayList<>();
        List<String> trail = taxonomy.segments(categoryKeys(entry), code);
        for (int i = 0; i < entry.categories().size(); i++) {
            categories.add(term(Taxonomy.Kind.CATEGORY, entry.categories().get(i),
                    urls.category(code, trail.subList(0, i + 1)), code, labelLang));
        }
        List<LinkView> tags = new ArrayList<>();
        for (int i = 0; i < entry.tags().size(); i++) {
            tags.add(term(Taxonomy.Kind.TAG, entry.tags().get(i), urls.tag(code, taxonomy.segment(tagKey(entry, i), code)),
                    code, labelLang));
        }
        String path = urls.article(code, entry.slug());
        return new ArticleView(entry.id(), code, path, urls.url(path), item.status(), item.textLang(),
                langAttr(item.textLang(), code), item.title(), item.excerpt(),
                published == null ? null : LocalDates.iso(published),
                item.date(), item.time(), published == null ? null : LocalDates.offset(published),
                item.readingMinutes(), List.of(), entry.authors(), null, null, categories, tags, imageUrl(entry.image()),
                null, null);
    }

    /** The absolute URL of an image reference: a media reference's copy on this site, or the URL itself. */
    private String imageUrl(String reference) {
        MediaRef media = MediaRef.parse(reference);
        return media == null ? reference : urls.url(MediaPages.path(media));
    }

    /**
     * The view of an article page: the list view with the body and credits of the record. A figure showing
     * the lead image ({@link ImageUrls#sameImage}) is left out of the body; the first one's caption becomes
     * the lead image's alt text.
     *
     * @param widths the widths of the smaller copies of served images ({@link SiteConfig#imageWidths})
     */
    static ArticleView fullView(ArticleView list, Article article, List<Integer> widths) {
        Version version = version(article, list.code());
        Metadata meta = meta(article);
        String lead = image(meta.image());
        String leadAlt = null;
        String leadAltLang = null;
        // a figure's own alt is never translated: on another language's page it says which language it is in
        String sourceLang = article.language() == null ? null : article.language().tag();
        String altLang = sourceLang == null || Language.UNDETERMINED.equals(sourceLang)
                || SiteLanguage.sameLanguage(sourceLang, list.textLang()) ? null : sourceLang;
        List<BlockView> blocks = new ArrayList<>();
        for (Block block : version.blocks()) {
            if (Block.FIGURE.equals(block.type()) && image(block.src()) != null && ImageUrls.sameImage(lead, block.src())) {
                if (leadAlt == null) {
                    leadAlt = block.text() != null ? block.text() : block.alt();
                    leadAltLang = block.text() != null ? null : altLang;
                }
                continue;
            }
            blocks.add(blockView(block, list.textLang(), altLang, widths));
        }
        return new ArticleView(list.id(), list.code(), list.path(), list.url(), list.status(), list.textLang(),
                list.langAttr(), list.title(), list.excerpt(), list.isoDate(), list.date(), list.time(), list.zone(),
                list.readingMinutes(), blocks, list.authors(), meta.publisher(), meta.editor(), list.categories(),
                list.tags(), list.image(), version.engine(), imageView(lead, leadAlt, leadAltLang, widths));
    }

    /** How a page shows an image reference ({@link #image}): a served copy with its variants, or a link. */
    private static ImageView imageView(String reference, String alt, String altLang, List<Integer> widths) {
        if (reference == null) {
            return null;
        }
        altLang = alt == null || alt.isEmpty() ? null : altLang;
        MediaRef media = MediaRef.parse(reference);
        if (media == null) {
            return new ImageView(reference, false, null, null, List.of(), alt == null ? "" : alt, altLang);
        }
        List<ImageVariant> variants = new ArrayList<>();
        for (int width : ImageScaler.variantWidths(media, widths)) {
            variants.add(new ImageVariant(MediaPages.path(media, width), width));
        }
        if (!variants.isEmpty()) {
            variants.add(new ImageVariant(MediaPages.path(media), media.width()));
        }
        return new ImageView(MediaPages.path(media), true, media.width(), media.height(), variants, alt == null ? "" : alt,
                altLang);
    }

    /**
     * Where the article was first published: its canonical URL, named by its publisher or else by the URL's
     * host; null when the record has no URL a reader can follow.
     */
    static SourceView source(Article article) {
        Metadata meta = meta(article);
        String url = meta.canonicalUrl() == null ? null : meta.canonicalUrl().strip();
        if (url == null || !SAFE_URL.matcher(url).matches()) {
            return null;
        }
        if (meta.publisher() != null && !meta.publisher().isBlank()) {
            return new SourceView(meta.publisher().strip(), url);
        }
        try {
            String host = new URI(url).getHost();
            return host == null ? null : new SourceView(host.replaceFirst("(?i)^www\\.", ""), url);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The site language holding the original, or null when the original is in none of them. */
    String sourceCode(IndexEntry entry) {
        for (String code : languages.keySet()) {
            if (Version.SOURCE.equals(entry.versions().get(code).status())) {
                return code;
            }
        }
        return null;
    }

    static String sourceTag(Article article) {
        Language language = article.language();
        return language == null || language.tag() == null ? Language.UNDETERMINED : language.tag();
    }

    /** The version shown in a site language: the stored one, or the original text marked untranslated. */
    static Version version(Article article, String code) {
        Version stored = article.versions().get(code);
        if (stored != null) {
            return stored;
        }
        String tag = sourceTag(article);
        String status = SiteLanguage.sameLanguage(tag, code) ? Version.SOURCE : Version.UNTRANSLATED;
        return new Version(status, null, tag, article.title(), article.blocks());
    }

    static Metadata meta(Article article) {
        return article.meta() == null ? new Metadata(null, null, null, null, null, null, null, null) : article.meta();
    }

    private static Article withCategories(Article article, List<String> categories) {
        Metadata m = article.meta();
        return new Article(article.id(), article.slug(), article.revision(), article.source(), article.language(),
                m.withCategory(categories),
                article.blocks(), article.removed(), article.versions());
    }

    /** @param altLang the language of a figure's own alt when it is not the page's (a translated page), else null */
    private static BlockView blockView(Block block, String containerLang, String altLang, List<Integer> widths) {
        String lang = block.lang() == null || SiteLanguage.sameLanguage(block.lang(), containerLang) ? null : block.lang();
        List<List<String>> rows = Block.TABLE.equals(block.type()) && block.items() != null
                ? block.items().stream().map(r -> Arrays.asList(r.split("\t", -1))).toList() : null;
        String src = Block.FIGURE.equals(block.type()) ? image(block.src()) : null;
        String type = Block.FIGURE.equals(block.type()) && src == null ? Block.PARAGRAPH : block.type();
        ImageView image = block.text() != null ? imageView(src, block.text(), null, widths)
                : imageView(src, block.alt(), altLang, widths);
        return new BlockView(type, block.text(), rows == null ? block.items() : null, rows, image, lang);
    }

    static String langAttr(String tag, String pageCode) {
        return tag == null || Language.UNDETERMINED.equals(tag) || SiteLanguage.sameLanguage(tag, pageCode) ? null : tag;
    }
}
