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
 * categories, {@link StablePages}), and a list of the language's tags. A site without tags has none of
 * these pages.
 */
final class TagPages implements PageType {

    record TagInputs(String code, String segment, LinkView label, StablePages.Slice<ArticleView> slice) {
    }

    record TermsInputs(String code, List<TermView> terms) {
    }

    private final PageContext context;

    TagPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        List<Page> pages = new ArrayList<>();
        for (String code : context.languages.keySet()) {
            Map<String, List<ArticleView>> bySegment = new TreeMap<>();
            Map<String, LinkView> labels = new TreeMap<>();
            for (IndexEntry entry : content.articles()) {
                ArticleView view = context.view(entry, code);
                for (int i = 0; i < view.tags().size(); i++) {
                    String segment = entry.tagSegments().get(i);
                    bySegment.computeIfAbsent(segment, k -> new ArrayList<>()).add(view);
                    labels.putIfAbsent(segment, view.tags().get(i));
                }
            }
            if (bySegment.isEmpty()) {
                continue;
            }
            List<TermView> terms = new ArrayList<>();
            bySegment.forEach((segment, items) -> {
                LinkView label = labels.get(segment);
                terms.add(new TermView(label.label(), label.path(), label.lang(), items.size()));
                for (StablePages.Slice<ArticleView> slice : StablePages.of(items, context.config.pageSize())) {
                    pages.add(new Page(context.urls.tag(code, segment, slice.number()), this,
                            new TagInputs(code, segment, label, slice)));
                }
            });
            pages.add(new Page(context.urls.tags(code), this, new TermsInputs(code, List.copyOf(terms))));
        }
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        if (page.inputs() instanceof TermsInputs inputs) {
            SiteLanguage language = context.languages.get(inputs.code());
            return context.page("tags.ftlh", language, page.path(), null,
                    Map.of("title", language.text("tags.heading"), "terms", inputs.terms()),
                    context.switchTo(language, context.urls::tags));
        }
        TagInputs inputs = (TagInputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", inputs.label().label());
        extra.put("titleLang", inputs.label().lang());
        extra.put("heading", language.text("tag.heading"));
        StablePages.describe(inputs.slice(), n -> context.urls.tag(inputs.code(), inputs.segment(), n), extra);
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.tag(c, inputs.segment())));
    }
}
