package dev.mekong.site;

import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.SitemapUrl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml}: the homes, and every version search engines are pointed at (originals and complete
 * translations) with its hreflang alternates.
 */
final class SitemapPage implements PageType {

    private final PageContext context;

    SitemapPage(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        List<SitemapUrl> urls = new ArrayList<>();
        String defaultCode = context.config.defaultLanguage();
        List<AlternateView> homes = new ArrayList<>(context.languages.keySet().stream()
                .map(c -> new AlternateView(c, context.urls.url(context.urls.home(c, 1)))).toList());
        homes.add(new AlternateView("x-default", context.urls.url(context.urls.home(defaultCode, 1))));
        for (String code : context.languages.keySet()) {
            urls.add(new SitemapUrl(context.urls.url(context.urls.home(code, 1)), null, List.copyOf(homes)));
        }
        for (IndexEntry entry : content.articles()) {
            Map<String, ArticleView> versions = context.versions(entry);
            List<ArticleView> indexable = versions.values().stream().filter(ArticleView::indexable).toList();
            if (indexable.isEmpty()) {
                continue;
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
        return List.of(new Page(context.urls.sitemap(), this, List.copyOf(urls)));
    }

    @Override
    public byte[] render(Page page) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("urls", page.inputs());
        return context.render("sitemap.ftlx", model);
    }
}
