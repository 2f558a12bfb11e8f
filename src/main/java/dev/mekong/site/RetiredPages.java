package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.site.Views.SwitchView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What stays at the URLs of an article that left: a retired article (its input deleted; its record in
 * {@code content/retired/}, {@link ArticleStore#retire}) leaves in every language a small "removed" page,
 * noindex, linking the language's home; an article that is back on the site under another slug leaves a
 * redirect to its new URL (meta refresh, canonical and a link). The store keeps a slug for a record's life
 * and inputs cannot set one, so a slug changes only with a retirement: an input renamed in an inbox of kept
 * inputs retires its article and makes a new one (another id, so another slug) from the same bytes, found by
 * their sha-256; an input deleted, then back with another title, gets its slug chosen afresh.
 * A retired slug that a live article now uses, or that the same article still uses, leaves nothing. Its
 * inputs are the retired article's slug and the live slug its id has now, if any: the pages change only
 * when those do.
 */
final class RetiredPages implements PageType {

    /**
     * A retired record as its old URLs need it: its id, the slug it was published under and the sha-256 of
     * its source input's bytes (null without one).
     */
    record Retired(String id, String slug, String sourceSha256) {

        /** The retired record's id and published slug (a safe one where the stored slug was not); null without an id. */
        static Retired of(Article record) {
            if (record.id() == null) {
                return null;
            }
            String slug = Slugs.isSafe(record.slug()) ? record.slug()
                    : Slugs.slug(record.title() == null ? "" : record.title(), record.id());
            return new Retired(record.id(), slug, record.source() == null ? null : record.source().sha256());
        }
    }

    /** @param target the slug the article is published under now, or null for a removed article */
    record Inputs(String code, String slug, String target) {
    }

    private final PageContext context;

    RetiredPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        Map<String, String> liveSlugs = new HashMap<>();
        Map<String, String> bySource = new HashMap<>(); // of two live articles from the same bytes, the newest
        content.articles().forEach(entry -> {
            liveSlugs.put(entry.id(), entry.slug());
            if (entry.sourceSha256() != null) {
                bySource.putIfAbsent(entry.sourceSha256(), entry.slug());
            }
        });
        Set<String> taken = new HashSet<>(liveSlugs.values());
        List<Page> pages = new ArrayList<>();
        for (Retired retired : content.retired()) { // by id: of two with one slug, the first wins
            if (!taken.add(retired.slug())) {
                continue;
            }
            String target = liveSlugs.containsKey(retired.id()) ? liveSlugs.get(retired.id())
                    : retired.sourceSha256() == null ? null : bySource.get(retired.sourceSha256());
            for (String code : context.languages.keySet()) {
                pages.add(new Page(context.urls.article(code, retired.slug()), this, new Inputs(code, retired.slug(), target)));
            }
        }
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        List<SwitchView> switcher;
        if (inputs.target() == null) {
            extra.put("title", language.text("removed.title"));
            extra.put("noindex", true);
            switcher = context.switchTo(language, c -> context.urls.article(c, inputs.slug()));
        } else {
            String target = context.urls.article(inputs.code(), inputs.target());
            extra.put("title", language.text("moved.title"));
            extra.put("target", target);
            extra.put("targetUrl", context.urls.url(target));
            extra.put("canonical", context.urls.url(target));
            switcher = context.switchTo(language, c -> context.urls.article(c, inputs.target()));
        }
        return context.page("retired.ftlh", language, page.path(), null, extra, switcher);
    }
}
