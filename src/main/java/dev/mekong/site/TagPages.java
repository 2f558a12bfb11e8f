package dev.mekong.site;

import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;
import dev.mekong.site.Views.TermView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tags, like categories without levels: per tag and language the articles carrying it (paged like
 * categories, {@link StablePages}), and a list of the language's tags. As with categories, a tag gets its
 * page in every language but lists only the versions {@link PageContext#listed} there, and the list of
 * tags names only those with articles listed. A site without tags has none of these pages.
 */
final class TagPages implements PageType {

    /** @param elsewhere for an empty tag, its pages in the languages where it has articles; else empty */
    record TagInputs(String code, String segment, LinkView label, StablePages.Slice<ArticleView> slice,
                     List<LinkView> elsewhere) {
    }

    /** @param elsewhere for an empty list, the lists of tags of the languages that have some; else empty */
    record TermsInputs(String code, List<TermView> terms, List<LinkView> elsewhere) {
    }

    /** A tag in one language while pages are made. */
    private record Tag(LinkView label, List<ArticleView> items) {
    }

    private final PageContext context;

    TagPages(PageContext context) {
        this.context = context;
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
                    Tag tag = bySegment.computeIfAbsent(entry.tagSegments().get(i), k -> new Tag(label, new ArrayList<>()));
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
                if (tag.items().isEmpty()) {
                    elsewhere = context.elsewhere(code, c -> !byCode.get(c).get(segment).items().isEmpty(),
                            c -> context.urls.tag(c, segment));
                } else {
                    terms.add(new TermView(label.label(), label.path(), label.lang(), tag.items().size()));
                }
                for (StablePages.Slice<ArticleView> slice : StablePages.of(tag.items(), context.config.pageSize())) {
                    pages.add(new Page(context.urls.tag(code, segment, slice.number()), this,
                            new TagInputs(code, segment, label, slice, elsewhere)));
                }
            });
            List<LinkView> elsewhere = terms.isEmpty() ? context.elsewhere(code,
                    c -> byCode.get(c).values().stream().anyMatch(t -> !t.items().isEmpty()), context.urls::tags) : List.of();
            pages.add(new Page(context.urls.tags(code), this, new TermsInputs(code, List.copyOf(terms), elsewhere)));
        });
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        if (page.inputs() instanceof TermsInputs inputs) {
            SiteLanguage language = context.languages.get(inputs.code());
            return context.page("tags.ftlh", language, page.path(), null,
                    Map.of("title", language.text("tags.heading"), "terms", inputs.terms(), "elsewhere", inputs.elsewhere()),
                    context.switchTo(language, context.urls::tags));
        }
        TagInputs inputs = (TagInputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", inputs.label().label());
        extra.put("titleLang", inputs.label().lang());
        extra.put("heading", language.text("tag.heading"));
        extra.put("elsewhere", inputs.elsewhere());
        StablePages.describe(inputs.slice(), n -> context.urls.tag(inputs.code(), inputs.segment(), n), extra);
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.tag(c, inputs.segment())));
    }
}
