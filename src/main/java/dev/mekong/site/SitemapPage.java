package dev.mekong.site;

import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.SitemapUrl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sitemap: {@code sitemap.xml}, an index of its parts: the homes; the first pages of the categories,
 * tags and authors and the lists of categories and tags, in every language where they list articles, with
 * the same hreflang set as their pages; then every version search engines are pointed at (originals and
 * complete translations) with its hreflang alternates, in parts of {@value #ARTICLES_PER_PART} articles
 * counted from the oldest. A new article changes only the newest part (and the index when it starts a
 * part), and the terms part when it adds a term to a language; no part nears the protocol's 50,000 URLs or
 * 50 MB (the terms part holds a few URLs per term and language).
 */
final class SitemapPage implements PageType {

    static final int ARTICLES_PER_PART = 1000;

    /** The inputs of a page with an hreflang set of its own, which the terms part lists when it has one. */
    interface Alternates {
        List<AlternateView> alternates();
    }

    /** A part's URLs, or the index's part paths (then {@code urls} is null). */
    record Inputs(List<SitemapUrl> urls, List<String> parts) {
    }

    private final PageContext context;
    /** The kinds of term pages: categories, tags, authors, each {@link SharedPages} with the renderer. */
    private final List<PageType> terms;

    SitemapPage(PageContext context, List<PageType> terms) {
        this.context = context;
        this.terms = terms;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        String defaultCode = context.config.defaultLanguage();
        List<AlternateView> homes = context.homeAlternates();
        List<SitemapUrl> homeUrls = new ArrayList<>();
        for (String code : context.languages.keySet()) {
            homeUrls.add(new SitemapUrl(context.urls.url(context.urls.home(code)), null, homes));
        }
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(context.urls.sitemapPart(0), this, new Inputs(List.copyOf(homeUrls), null)));
        pages.add(new Page(context.urls.sitemapTerms(), this, new Inputs(termUrls(content), null)));
        List<IndexEntry> articles = content.articles();
        for (int part = 1; (part - 1) * ARTICLES_PER_PART < articles.size(); part++) {
            // part n: the oldest-first positions (n-1)*size .. n*size-1 (articles are newest first)
            int to = articles.size() - (part - 1) * ARTICLES_PER_PART;
            int from = Math.max(0, to - ARTICLES_PER_PART);
            List<SitemapUrl> urls = new ArrayList<>();
            for (IndexEntry entry : articles.subList(from, to)) {
                addVersions(entry, defaultCode, urls);
            }
            pages.add(new Page(context.urls.sitemapPart(part), this, new Inputs(List.copyOf(urls), null)));
        }
        List<String> parts = pages.stream().map(page -> context.urls.url(page.path())).toList();
        pages.add(new Page(context.urls.sitemap(), this, new Inputs(null, parts)));
        return pages;
    }

    /** Every term page with an hreflang set, in the order its kind makes them. */
    private List<SitemapUrl> termUrls(SiteContent content) {
        List<SitemapUrl> urls = new ArrayList<>();
        for (PageType type : terms) {
            for (Page page : type.pages(content)) {
                if (page.inputs() instanceof Alternates term && !term.alternates().isEmpty()) {
                    urls.add(new SitemapUrl(context.urls.url(page.path()), null, term.alternates()));
                }
            }
        }
        return List.copyOf(urls);
    }

    private void addVersions(IndexEntry entry, String defaultCode, List<SitemapUrl> urls) {
        Map<String, ArticleView> versions = context.versions(entry);
        List<ArticleView> indexable = versions.values().stream().filter(ArticleView::indexable).toList();
        if (indexable.isEmpty()) {
            return;
        }
        String sourceCode = context.views.sourceCode(entry);
        ArticleView xDefault = versions.get(defaultCode).indexable() ? versions.get(defaultCode)
                : sourceCode != null ? versions.get(sourceCode) : indexable.get(0);
        List<AlternateView> alternates = new ArrayList<>(indexable.stream()
                .map(v -> new AlternateView(v.code(), v.url())).toList());
        alternates.add(new AlternateView("x-default", xDefault.url()));
        for (ArticleView version : indexable) {
            urls.add(new SitemapUrl(version.url(), version.isoDate(), List.copyOf(alternates)));
        }
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        Map<String, Object> model = new LinkedHashMap<>();
        if (inputs.urls() == null) {
            model.put("parts", inputs.parts());
            return context.render("sitemap-index.ftlx", model);
        }
        model.put("urls", inputs.urls());
        return context.render("sitemap.ftlx", model);
    }
}
