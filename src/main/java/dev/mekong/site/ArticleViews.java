package dev.mekong.site;

import dev.mekong.ingest.FieldCleaner;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Version;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.BlockView;
import dev.mekong.site.Views.LinkView;
import dev.mekong.site.Views.SourceView;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
                    stored.title(), null, null, List.of(), List.of(), null, List.of(), Map.of(), null, List.of(), null);
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
                meta.image() != null && SAFE_URL.matcher(meta.image()).matches() ? meta.image() : null,
                article.removed(), items, prepared.slugWarning(), prepared.warnings(), null);
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
                item.readingMinutes(), List.of(), entry.authors(), null, null, categories, tags, entry.image(), null);
    }

    /** The view of an article page: the list view with the body and credits of the record. */
    static ArticleView fullView(ArticleView list, Article article) {
        Version version = version(article, list.code());
        Metadata meta = meta(article);
        List<BlockView> blocks = version.blocks().stream().map(b -> blockView(b, list.textLang())).toList();
        return new ArticleView(list.id(), list.code(), list.path(), list.url(), list.status(), list.textLang(),
                list.langAttr(), list.title(), list.excerpt(), list.isoDate(), list.date(), list.time(), list.zone(),
                list.readingMinutes(), blocks, list.authors(), meta.publisher(), meta.editor(), list.categories(),
                list.tags(), list.image(), version.engine());
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

    private static BlockView blockView(Block block, String containerLang) {
        String lang = block.lang() == null || SiteLanguage.sameLanguage(block.lang(), containerLang) ? null : block.lang();
        List<List<String>> rows = Block.TABLE.equals(block.type()) && block.items() != null
                ? block.items().stream().map(r -> Arrays.asList(r.split("\t", -1))).toList() : null;
        String src = block.src() != null && SAFE_URL.matcher(block.src()).matches() ? block.src() : null;
        String type = Block.FIGURE.equals(block.type()) && src == null ? Block.PARAGRAPH : block.type();
        return new BlockView(type, block.text(), rows == null ? block.items() : null, rows, src, lang);
    }

    static String langAttr(String tag, String pageCode) {
        return tag == null || Language.UNDETERMINED.equals(tag) || SiteLanguage.sameLanguage(tag, pageCode) ? null : tag;
    }
}
