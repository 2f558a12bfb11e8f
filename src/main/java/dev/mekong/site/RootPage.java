package dev.mekong.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The site's {@code index.html}: sends a reader to the home of their language. It shows no article. */
final class RootPage implements PageType {

    private final PageContext context;

    RootPage(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        return List.of(new Page(context.urls.languagePicker(), this, "root"));
    }

    @Override
    public byte[] render(Page page) {
        Map<String, Object> model = new LinkedHashMap<>();
        SiteLanguage fallback = context.defaultLanguage();
        model.put("lang", fallback.code());
        model.put("siteTitle", context.siteTitle(fallback));
        model.put("defaultLanguage", fallback.code());
        model.put("languages", context.languages.values().stream().map(l -> Map.of(
                "code", l.code(), "name", l.name(), "path", context.urls.home(l.code()),
                "choose", l.text("root.choose"))).toList());
        model.put("codes", List.copyOf(context.languages.keySet()));
        model.put("canonical", context.urls.url(page.path()));
        model.put("alternates", context.homeAlternates());
        return context.render("root.ftlh", model);
    }
}
