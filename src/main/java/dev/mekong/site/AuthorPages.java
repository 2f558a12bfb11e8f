package dev.mekong.site;

import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Per author and language, the articles the author wrote, as tags do ({@link TagPages}): the newest
 * page-size on the author's page, the older ones on numbered pages ({@link StablePages}). An author gets a
 * page in every language, since every version of an article links its authors from the byline, but lists
 * only the versions {@link PageContext#listed} there; an empty one links the languages where the author has
 * articles. Authors are told apart by their URL segment ({@link Slugs#categorySegment} of the name as
 * stored): the first spelling met, newest article first, labels the page.
 */
final class AuthorPages implements PageType {

    /**
     * @param elsewhere  for an author without articles in this language, the languages with some; else empty
     * @param alternates on the first page, the hreflang set ({@link PageContext#alternates}); else empty
     */
    record Inputs(String code, String segment, LinkView label, StablePages.Slice<ArticleView> slice,
                  List<LinkView> elsewhere, List<AlternateView> alternates) implements SitemapPage.Alternates {
    }

    /** An author in one language while pages are made. */
    private record Author(LinkView label, List<ArticleView> items) {
    }

    private final PageContext context;

    AuthorPages(PageContext context) {
        this.context = context;
    }

    /** The links of an article's authors from a page in language {@code code}, in byline order. */
    static List<LinkView> links(UrlScheme urls, IndexEntry entry, String code, String labelLang) {
        List<LinkView> links = new ArrayList<>();
        for (int i = 0; i < entry.authors().size(); i++) {
            links.add(new LinkView(entry.authors().get(i), urls.author(code, entry.authorSegments().get(i)), labelLang));
        }
        return List.copyOf(links);
    }

    @Override
    public List<Page> pages(SiteContent content) {
        Map<String, Map<String, Author>> byCode = new LinkedHashMap<>();
        for (String code : context.languages.keySet()) {
            Map<String, Author> bySegment = new TreeMap<>();
            for (IndexEntry entry : content.articles()) {
                ArticleView view = context.view(entry, code);
                String labelLang = ArticleViews.langAttr(entry.sourceTag(), code);
                List<String> seen = new ArrayList<>();
                for (int i = 0; i < entry.authors().size(); i++) {
                    String segment = entry.authorSegments().get(i);
                    if (seen.contains(segment)) {
                        continue; // one name written twice in a byline lists the article once
                    }
                    seen.add(segment);
                    String name = entry.authors().get(i);
                    Author author = bySegment.computeIfAbsent(segment, k -> new Author(
                            new LinkView(name, context.urls.author(code, k), labelLang), new ArrayList<>()));
                    if (context.listed(view)) {
                        author.items().add(view);
                    }
                }
            }
            byCode.put(code, bySegment);
        }
        List<Page> pages = new ArrayList<>();
        byCode.forEach((code, bySegment) -> bySegment.forEach((segment, author) -> {
            Predicate<String> listed = c -> !byCode.get(c).get(segment).items().isEmpty();
            Function<String, String> first = c -> context.urls.author(c, segment);
            List<LinkView> elsewhere = author.items().isEmpty() ? context.elsewhere(code, listed, first) : List.of();
            List<AlternateView> alternates = context.alternates(code, listed, first);
            for (StablePages.Slice<ArticleView> slice : StablePages.of(author.items(), context.config.pageSize())) {
                pages.add(new Page(context.urls.author(code, segment, slice.number()), this,
                        new Inputs(code, segment, author.label(), slice, elsewhere, slice.number() == 0 ? alternates : List.of())));
            }
        }));
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", inputs.label().label());
        extra.put("titleLang", inputs.label().lang());
        extra.put("heading", language.text("author.heading"));
        extra.put("elsewhere", inputs.elsewhere());
        extra.put("alternates", inputs.alternates());
        StablePages.describe(inputs.slice(), n -> context.urls.author(inputs.code(), inputs.segment(), n), extra);
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.author(c, inputs.segment())));
    }
}
