package dev.mekong.site;

import java.util.List;
import java.util.Map;

/** {@code robots.txt}, pointing at the sitemap. It shows no article. */
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
        return context.render("robots.ftl", Map.of("sitemap", context.urls.url(context.urls.sitemap())));
    }
}
