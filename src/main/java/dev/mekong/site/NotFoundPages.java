package dev.mekong.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 404 page of each language, and one at the root in the default language. A server may return them
 * at any URL, so their links start from the site's absolute base path. They show no article.
 */
final class NotFoundPages implements PageType {

    private final PageContext context;

    NotFoundPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        List<Page> pages = new ArrayList<>();
        for (String code : context.languages.keySet()) {
            pages.add(new Page(context.urls.notFound(code), this, code));
        }
        pages.add(new Page(context.urls.notFound(), this, context.config.defaultLanguage()));
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        SiteLanguage language = context.languages.get((String) page.inputs());
        return context.page("404.ftlh", language, page.path(), context.urls.basePath(),
                Map.of("title", language.text("notFound.title")), context.switchToHomes(language));
    }
}
