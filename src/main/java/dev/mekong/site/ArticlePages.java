package dev.mekong.site;

import com.ibm.icu.util.ULocale;
import dev.mekong.model.Article;
import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;
import dev.mekong.site.Views.SwitchView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * An article page per site language: the only pages that read an article's body. Its inputs are the
 * article's index entry, whose record hash changes with any byte of the record, and its neighbours in the
 * language's list, so that adding, deleting, re-dating or retitling an article re-renders the pages that
 * link to it as newer or older. Every version has its page, untranslated ones included (noindex), and each
 * page links the article's originals and complete translations in the other languages.
 */
final class ArticlePages implements PageType {

    /**
     * @param newer   the article before this one in the language's list (newest first), or null
     * @param older   the article after it, or null; both null for a version the language does not list
     * @param related the articles shown as related in this language ({@link RelatedArticles}) as lists show
     *                them: an edit of one of them that changes what it shows there re-renders this page
     */
    record Inputs(IndexEntry entry, String code, LinkView newer, LinkView older, List<ArticleView> related) {
    }

    private final PageContext context;
    private final Function<String, Article> records;
    /**
     * The pages of one article come one after the other: its record is read once for all of them. Pages
     * are rendered on several threads at once, so key and record are replaced together, as one value
     * (two fields could pair one article's key with another's record).
     */
    private volatile Map.Entry<String, Article> last;

    /** @param records reads a record by its index key */
    ArticlePages(PageContext context, Function<String, Article> records) {
        this.context = context;
        this.records = records;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        Map<String, List<ArticleView>> lists = context.listed(content.articles());
        Map<String, Map<String, Integer>> positions = new HashMap<>();
        lists.forEach((code, list) -> {
            Map<String, Integer> byId = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                byId.put(list.get(i).id(), i);
            }
            positions.put(code, byId);
        });
        List<IndexEntry> articles = content.articles();
        List<String> codes = List.copyOf(context.languages.keySet());
        // which versions each language lists, by position: what related articles may show there
        boolean[][] listedIn = new boolean[codes.size()][articles.size()];
        ArticleView[][] viewsIn = new ArticleView[codes.size()][articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            Map<String, ArticleView> versions = context.versions(articles.get(i));
            for (int l = 0; l < codes.size(); l++) {
                viewsIn[l][i] = versions.get(codes.get(l));
                listedIn[l][i] = context.listed(viewsIn[l][i]);
            }
        }
        RelatedArticles related = RelatedArticles.after(context.related, articles);
        context.related = related;
        // an article's pages are made apart from every other's: on every core, kept in the articles' order
        return IntStream.range(0, articles.size()).parallel().mapToObj(i -> {
            IndexEntry entry = articles.get(i);
            RelatedArticles.Ranking ranking = related.ranking(i);
            List<Page> pages = new ArrayList<>(codes.size());
            for (int l = 0; l < codes.size(); l++) {
                String code = codes.get(l);
                boolean[] listed = listedIn[l];
                ArticleView[] views = viewsIn[l];
                List<ArticleView> list = lists.get(code);
                Integer at = positions.get(code).get(entry.id());
                LinkView newer = at == null || at == 0 ? null : link(list.get(at - 1));
                LinkView older = at == null || at == list.size() - 1 ? null : link(list.get(at + 1));
                List<ArticleView> shown = Arrays.stream(related.topPositions(ranking, p -> listed[p]))
                        .mapToObj(p -> views[p]).toList();
                pages.add(new Page(context.urls.article(code, entry.slug()), this,
                        new Inputs(entry, code, newer, older, shown)));
            }
            return pages;
        }).flatMap(List::stream).toList();
    }

    private static LinkView link(ArticleView view) {
        return new LinkView(view.title(), view.path(), view.langAttr());
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        IndexEntry entry = inputs.entry();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, ArticleView> versions = context.versions(entry);
        Article record = article(entry.key());
        ArticleView view = ArticleViews.fullView(versions.get(language.code()), record, context.config.imageWidths());
        String sourceCode = context.views.sourceCode(entry);
        ArticleView original = sourceCode == null || sourceCode.equals(language.code()) ? null : versions.get(sourceCode);
        List<AlternateView> alternates = new ArrayList<>();
        if (view.indexable()) {
            versions.values().stream().filter(ArticleView::indexable)
                    .forEach(v -> alternates.add(new AlternateView(v.code(), v.url())));
            ArticleView xDefault = versions.get(context.config.defaultLanguage()).indexable()
                    ? versions.get(context.config.defaultLanguage()) : (sourceCode == null ? view : versions.get(sourceCode));
            alternates.add(new AlternateView("x-default", xDefault.url()));
        }
        // the versions a reader may prefer: originals and complete translations in the other languages
        List<ArticleView> others = versions.values().stream()
                .filter(v -> v.indexable() && !v.code().equals(language.code())).toList();
        List<SwitchView> switcher = versions.values().stream().map(v -> new SwitchView(v.code(),
                context.languages.get(v.code()).name(), v.path(), v.code().equals(language.code()), v.translated())).toList();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", view.title());
        extra.put("titleLang", view.langAttr());
        extra.put("article", view);
        extra.put("original", original);
        extra.put("source", ArticleViews.source(record));
        extra.put("newer", inputs.newer());
        extra.put("older", inputs.older());
        extra.put("originalName", original == null ? null : language.languageName(original.textLang()));
        extra.put("languageName", language.languageName(language.code()));
        extra.put("alternates", alternates);
        extra.put("noindex", !view.indexable());
        extra.put("description", view.excerpt());
        extra.put("ogLocale", ogLocale(language.code()));
        extra.put("ogAlternateLocales", others.stream().map(v -> ogLocale(v.code())).toList());
        extra.put("otherLanguages", others.stream()
                .map(v -> new LinkView(context.languages.get(v.code()).name(), v.path(), v.code())).toList());
        extra.put("authorLinks", AuthorPages.links(context.urls, entry, language.code(), view.langAttr()));
        extra.put("related", inputs.related());
        extra.put("jsonLd", JsonLd.newsArticle(context.json, view, original, context.siteTitle(language)));
        return context.page("article.ftlh", language, view.path(), null, extra, switcher);
    }

    private Article article(String key) {
        Map.Entry<String, Article> known = last;
        if (known != null && known.getKey().equals(key)) {
            return known.getValue();
        }
        Article article = ArticleViews.prepare(records.apply(key)).article();
        last = Map.entry(key, article);
        return article;
    }

    private static String ogLocale(String code) {
        ULocale full = ULocale.addLikelySubtags(ULocale.forLanguageTag(code));
        return full.getLanguage() + (full.getCountry().isEmpty() ? "" : "_" + full.getCountry());
    }
}
