package dev.mekong.site;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;
import dev.mekong.site.Views.SwitchView;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What every kind of page shares: configuration, templates, site languages, the URL scheme, the model of
 * the HTML frame and the list views of the index entries (kept between renders: an unchanged entry is
 * not formatted again).
 */
final class PageContext {

    final SiteConfig config;
    final TemplateEngine templates;
    final Map<String, SiteLanguage> languages = new LinkedHashMap<>();
    /** The build report's language, which need not be a site language. */
    final SiteLanguage reportLanguage;
    final UrlScheme urls;
    final ArticleViews views;
    /** The category and tag mapping ({@code mekong.site.taxonomy}). */
    final Taxonomy taxonomy;
    // Record properties alphabetically so the report's and JSON-LD's JSON is byte-stable across JVMs.
    final ObjectMapper json = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
    /**
     * Per language, each entry of the search index last written, as JSON, by what it was made from
     * ({@link SearchPages}): the next index of that language tokenizes only new and changed articles.
     */
    final Map<String, Map<SearchPages.Source, byte[]>> searchEntries = new java.util.concurrent.ConcurrentHashMap<>();
    /** Where a language's search entries are looked up when this process has none yet; null: nowhere. */
    volatile SearchEntryCache searchCache;
    /**
     * The related-article rankings of the last article pages made ({@link ArticlePages}): the next ones
     * reuse what did not change ({@link RelatedArticles#after}).
     */
    volatile RelatedArticles related;
    /**
     * Per language the categories by page path of the content they were made of ({@link CategoryPages}):
     * the menus and the category pages of one render share them.
     */
    volatile Map.Entry<SiteContent, Map<String, Map<String, CategoryPages.Category>>> categories;
    /** Replaced whole, never changed once published: read without a lock. */
    private volatile Map<IndexEntry, Map<String, ArticleView>> listViews = new IdentityHashMap<>();
    /** The lists of the entries last prepared, by the very list of entries they were made of. */
    private volatile Map.Entry<List<IndexEntry>, Map<String, List<ArticleView>>> preparedLists;

    /** Top-level categories each language's header menu shows, at most. */
    static final int MENU_CATEGORIES = 6;
    /** The category menu of each language ({@link CategoryPages#menus}); replaced whole, read without a lock. */
    private volatile Map<String, List<LinkView>> menus = Map.of();

    PageContext(SiteConfig config) {
        this.config = config;
        Path folder = templatesFolder(config);
        this.templates = new TemplateEngine(folder);
        for (String code : config.languages()) {
            languages.put(code, SiteLanguage.of(code, folder));
        }
        this.reportLanguage = SiteLanguage.of(config.reportLanguage(), folder);
        this.urls = new UrlScheme(config);
        this.taxonomy = Taxonomy.load(config);
        this.views = new ArticleViews(languages, urls, taxonomy);
    }

    /** The folder overriding the bundled templates, or null. */
    static Path templatesFolder(SiteConfig config) {
        return config.templates().equals(SiteConfig.CLASSPATH_TEMPLATES) ? null
                : Path.of(config.templates().replaceFirst("^file:", ""));
    }

    SiteLanguage defaultLanguage() {
        return languages.get(config.defaultLanguage());
    }

    /** An entry as lists show it in one language. */
    ArticleView view(IndexEntry entry, String code) {
        return versions(entry).get(code);
    }

    /**
     * Every version of an entry, in site language order: as prepared ({@link #prepareViews}), or made
     * afresh for an entry that is not published (a page of the site before an update, read from disk).
     */
    Map<String, ArticleView> versions(IndexEntry entry) {
        Map<String, ArticleView> prepared = listViews.get(entry);
        return prepared != null ? prepared : views.listViews(entry);
    }

    /**
     * Whether a language's lists and feeds show this version: an original or a complete translation, or any
     * version with {@code mekong.site.list-untranslated}. The others keep their pages (noindex) but are not
     * offered as that language's news.
     */
    boolean listed(ArticleView view) {
        return config.listUntranslated() || view.indexable();
    }

    /**
     * The entries as each language's lists show them, by language: only the versions {@link #listed} there.
     * Those of the entries last prepared ({@link #prepareViews}) are made once, for every kind of page.
     */
    Map<String, List<ArticleView>> listed(List<IndexEntry> entries) {
        Map.Entry<List<IndexEntry>, Map<String, List<ArticleView>>> prepared = preparedLists;
        if (prepared != null && prepared.getKey() == entries) {
            return prepared.getValue();
        }
        Map<String, List<ArticleView>> lists = new LinkedHashMap<>();
        for (String code : languages.keySet()) {
            lists.put(code, entries.stream().map(e -> view(e, code)).filter(this::listed).toList());
        }
        return lists;
    }

    /**
     * For a list empty in one language: the same list in the other languages where it has articles, each
     * labelled with the language's own name, in menu order.
     */
    List<LinkView> elsewhere(String code, Predicate<String> hasItems, Function<String, String> path) {
        List<LinkView> links = new ArrayList<>();
        for (SiteLanguage other : languages.values()) {
            if (!other.code().equals(code) && hasItems.test(other.code())) {
                links.add(new LinkView(other.name(), path.apply(other.code()), other.code()));
            }
        }
        return List.copyOf(links);
    }

    /** The hreflang set of the language homes: every home, absolute, and x-default for the default language's. */
    List<AlternateView> homeAlternates() {
        List<AlternateView> homes = new ArrayList<>();
        languages.keySet().forEach(c -> homes.add(new AlternateView(c, urls.url(urls.home(c)))));
        homes.add(new AlternateView("x-default", urls.url(urls.home(config.defaultLanguage()))));
        return List.copyOf(homes);
    }

    /**
     * The hreflang set of a page each language has its own of (a category, tag or author's first page, a
     * list of terms): the page in every language where it lists articles, absolute, and {@code x-default},
     * the default language's or else the first of them; empty when no language lists any, and for a page
     * in a language where it lists none, since an empty page is no equivalent of the others.
     */
    List<AlternateView> alternates(String code, Predicate<String> hasItems, Function<String, String> path) {
        if (!hasItems.test(code)) {
            return List.of();
        }
        List<AlternateView> alternates = new ArrayList<>();
        for (String other : languages.keySet()) {
            if (hasItems.test(other)) {
                alternates.add(new AlternateView(other, urls.url(path.apply(other))));
            }
        }
        String xDefault = hasItems.test(config.defaultLanguage()) ? config.defaultLanguage() : alternates.get(0).hreflang();
        alternates.add(new AlternateView("x-default", urls.url(path.apply(xDefault))));
        return List.copyOf(alternates);
    }

    /**
     * Makes the views of the published entries that have none yet, and forgets those of entries no longer
     * published. Called before their pages are made, so that making and rendering pages, on several
     * threads, only reads the views.
     */
    synchronized void prepareViews(List<IndexEntry> entries) {
        Map<IndexEntry, Map<String, ArticleView>> prepared = new IdentityHashMap<>(entries.size() * 4 / 3 + 1);
        for (IndexEntry entry : entries) {
            Map<String, ArticleView> made = listViews.get(entry);
            prepared.put(entry, made != null ? made : views.listViews(entry));
        }
        listViews = prepared;
        preparedLists = null;
        preparedLists = Map.entry(entries, Collections.unmodifiableMap(listed(entries)));
    }

    /** Makes the category menus of this content, which every HTML page made next shows. */
    void prepareMenus(SiteContent content) {
        menus = Map.copyOf(CategoryPages.menus(this, content, MENU_CATEGORIES));
    }

    /**
     * What the frame of the page at a path shows that depends on articles: its language's menu, or for a
     * page outside the language folders (root, report) every language's, since it may show any of them.
     */
    Object frame(String path) {
        int slash = path.indexOf('/');
        List<LinkView> menu = slash < 0 ? null : menus.get(path.substring(0, slash));
        return menu != null ? menu : menus;
    }

    List<SwitchView> switchTo(SiteLanguage language, Function<String, String> path) {
        return languages.values().stream().map(l -> new SwitchView(l.code(), l.name(), path.apply(l.code()),
                l.code().equals(language.code()), true)).toList();
    }

    List<SwitchView> switchToHomes(SiteLanguage language) {
        return switchTo(language, c -> urls.home(c));
    }

    String siteTitle(SiteLanguage language) {
        return config.siteTitle() == null || config.siteTitle().isBlank() ? language.text("site.title") : config.siteTitle();
    }

    byte[] render(String template, Map<String, Object> model) {
        return templates.render(template, model).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An HTML page in the site frame. {@code rootOverride} is an absolute base path for pages a server may
     * return at any URL (404), where relative links would break.
     */
    byte[] page(String template, SiteLanguage language, String path, String rootOverride,
                Map<String, Object> extra, List<SwitchView> switcher) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", language.code());
        model.put("dir", language.rtl() ? "rtl" : "ltr");
        model.put("t", language.strings());
        model.put("msg", message(language));
        model.put("siteTitle", siteTitle(language));
        model.put("root", rootOverride != null ? rootOverride : UrlScheme.rootOf(path));
        model.put("path", path);
        model.put("canonical", urls.url(path));
        model.put("switcher", switcher);
        model.put("homePath", urls.home(language.code()));
        model.put("archivePath", urls.archive(language.code()));
        model.put("searchPath", urls.search(language.code()));
        model.put("rssPath", urls.rss(language.code()));
        model.put("atomPath", urls.atom(language.code()));
        model.put("menu", menus.getOrDefault(language.code(), List.of()));
        model.put("categoriesPath", urls.categories(language.code()));
        model.put("alternates", List.of());
        model.put("elsewhere", List.of());
        model.put("noindex", false);
        model.put("description", language.text("site.description"));
        model.putAll(extra);
        return render(template, model);
    }

    /** {@code msg("key", args…)} in templates: an ICU MessageFormat pattern from the bundle. */
    static TemplateMethodModelEx message(SiteLanguage language) {
        return arguments -> {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("msg needs a key");
            }
            Object[] values = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
            }
            return language.format(String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0))), values);
        };
    }
}
