package dev.mekong.site;

import java.util.List;
import java.util.Map;

/**
 * {@code robots.txt}, pointing at the sitemap and keeping crawlers out of the build report (by its path
 * from the server's root, as a site under a sub-path has it; no {@code Allow: /} comes first, which a
 * crawler taking the first matching rule would obey). It shows no article.
 */
final class RobotsPage implements PageType {

    private final PageContext context;

    RobotsPage(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        return List.of(new Page(context.urls.robots(), this, "robots"));
    }

    @Override
    public byte[] render(Page page) {
        return context.render("robots.ftl", Map.of("sitemap", context.urls.url(context.urls.sitemap()),
                "report", context.urls.basePath() + context.urls.report("")));
    }
}
