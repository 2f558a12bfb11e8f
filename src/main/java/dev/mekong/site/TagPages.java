package dev.mekong.site;

import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;
import dev.mekong.site.Views.TermView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tags, like categories without levels: per tag and language the articles carrying it (paged like
 * categories, {@link StablePages}), and a list of the language's tags. As with categories, a tag gets its
 * page in every language but lists only the versions {@link PageContext#listed} there, and the list of
 * tags names only those with articles listed. A site without tags has none of these pages. Each tag has
 * its RSS and Atom feeds; a tag the {@link Taxonomy} maps is one tag whichever spelling an article uses.
 */
final class TagPages implements PageType {

    /**
     * @param segment    the tag's URL segment in this language
     * @param key        the tag's {@link Taxonomy} key, the same in every language
     * @param elsewhere  for an empty tag, its pages in the languages where it has articles; else empty
     * @param alternates on its first page, the hreflang set ({@link PageContext#alternates}); else empty
     */
    record TagInputs(String code, String segment, String key, LinkView label, StablePages.Slice<ArticleView> slice,
                     List<LinkView> elsewhere, List<AlternateView> alternates) implements SitemapPage.Alternates {
    }

    /**
     * @param elsewhere  for an empty list, the lists of tags of the languages that have some; else empty
     * @param alternates the hreflang set of the lists of tags
     */
    record TermsInputs(String code, List<TermView> terms, List<LinkView> elsewhere, List<AlternateView> alternates)
            implements SitemapPage.Alternates {
    }

    /** A tag in one language while pages are made. */
    private record Tag(String key, LinkView label, List<ArticleView> items) {
    }

    private final PageContext context;
    private final FeedPages feeds;

    TagPages(PageContext context) {
        this.context = context;
        this.feeds = new FeedPages(context);
    }

    @Override
    public List<Page> pages(SiteContent content) {
        Map<String, Map<String, Tag>> byCode = new LinkedHashMap<>();
        for (String code : context.languages.keySet()) {
            Map<String, Tag> bySegment = new TreeMap<>();
            for (IndexEntry entry : content.articles()) {
                ArticleView view = context.view(entry, code);
                for (int i = 0; i < view.tags().size(); i++) {
                    LinkView label = view.tags().get(i);
                    String key = context.views.tagKey(entry, i);
                    Tag tag = bySegment.computeIfAbsent(context.taxonomy.segment(key, code), k -> new Tag(key, label, new ArrayList<>()));
                    if (context.listed(view)) {
                        tag.items().add(view);
                    }
                }
            }
            byCode.put(code, bySegment);
        }
        List<Page> pages = new ArrayList<>();
        byCode.forEach((code, bySegment) -> {
            if (bySegment.isEmpty()) {
                return;
            }
            List<TermView> terms = new ArrayList<>();
            bySegment.forEach((segment, tag) -> {
                LinkView label = tag.label();
                List<LinkView> elsewhere = List.of();
                String key = tag.key();
                Predicate<String> listed = c -> {
                    Tag there = byCode.get(c).get(context.taxonomy.segment(key, c));
                    return there != null && !there.items().isEmpty();
                };
                Function<String, String> first = c -> context.urls.tag(c, context.taxonomy.segment(key, c));
                List<AlternateView> alternates = context.alternates(code, listed, first);
                if (tag.items().isEmpty()) {
                    elsewhere = context.elsewhere(code, listed, first);
                } else {
                    terms.add(new TermView(label.label(), label.path(), label.lang(), tag.items().size()));
                }
                for (StablePages.Slice<ArticleView> slice : StablePages.of(tag.items(), context.config.pageSize())) {
                    pages.add(new Page(context.urls.tag(code, segment, slice.number()), this,
                            new TagInputs(code, segment, key, label, slice, elsewhere, slice.number() == 0 ? alternates : List.of())));
                }
                pages.addAll(feeds.termFeeds(code, label.label(), label.path(), context.urls.tagFeed(code, segment, "rss.xml"),
                        context.urls.tagFeed(code, segment, "atom.xml"), tag.items()));
            });
            Predicate<String> listed = c -> byCode.get(c).values().stream().anyMatch(t -> !t.items().isEmpty());
            List<LinkView> elsewhere = terms.isEmpty() ? context.elsewhere(code, listed, context.urls::tags) : List.of();
            pages.add(new Page(context.urls.tags(code), this, new TermsInputs(code, List.copyOf(terms), elsewhere,
                    context.alternates(code, listed, context.urls::tags))));
        });
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        if (page.inputs() instanceof TermsInputs inputs) {
            SiteLanguage language = context.languages.get(inputs.code());
            return context.page("tags.ftlh", language, page.path(), null,
                    Map.of("title", language.text("tags.heading"), "terms", inputs.terms(), "elsewhere", inputs.elsewhere(),
                            "alternates", inputs.alternates()),
                    context.switchTo(language, context.urls::tags));
        }
        TagInputs inputs = (TagInputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", inputs.label().label());
        extra.put("titleLang", inputs.label().lang());
        extra.put("heading", language.text("tag.heading"));
        extra.put("elsewhere", inputs.elsewhere());
        extra.put("alternates", inputs.alternates());
        extra.put("termRss", context.urls.tagFeed(inputs.code(), inputs.segment(), "rss.xml"));
        extra.put("termAtom", context.urls.tagFeed(inputs.code(), inputs.segment(), "atom.xml"));
        StablePages.describe(inputs.slice(), n -> context.urls.tag(inputs.code(), inputs.segment(), n), extra);
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.tag(c, context.taxonomy.segment(inputs.key(), c))));
    }
}
