package dev.mekong.site;

import dev.mekong.site.Views.AlternateView;
import dev.mekong.site.Views.ArticleView;
import dev.mekong.site.Views.LinkView;
import dev.mekong.site.Views.TermView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Per category level and language, the articles filed under it: the newest page-size on the category's
 * page, the older ones on its numbered pages ({@link StablePages}), its RSS and Atom feeds, and per
 * language a list of its categories with their article counts. A category gets its page in every
 * language, since every version of an article links its categories, but lists only the versions
 * {@link PageContext#listed} there; an empty one links the languages where the category has articles.
 * A category the {@link Taxonomy} maps is one category whichever of its spellings an article uses, with
 * the label and slug of each language; the others keep the label they are written with.
 */
final class CategoryPages implements PageType {

    /**
     * @param trail      the category's segments in this language from the outermost down
     * @param keys       the same trail as {@link Taxonomy} keys, the same in every language
     * @param elsewhere  for an empty category, its pages in the languages where it has articles; else empty
     * @param alternates on its first page, the hreflang set ({@link PageContext#alternates}); else empty
     */
    record Inputs(String code, List<String> trail, List<String> keys, LinkView label, StablePages.Slice<ArticleView> slice,
                  List<LinkView> elsewhere, List<AlternateView> alternates) implements SitemapPage.Alternates {
    }

    /**
     * @param elsewhere  for an empty list, the lists of categories of the languages that have some; else empty
     * @param alternates the hreflang set of the lists of categories
     */
    record ListInputs(String code, List<TermView> terms, List<LinkView> elsewhere, List<AlternateView> alternates)
            implements SitemapPage.Alternates {
    }

    /** A category in one language while pages are made; {@code labels} the trail's labels. */
    record Category(List<String> trail, List<String> keys, LinkView label, List<String> labels,
                            List<ArticleView> items) {
    }

    private final PageContext context;
    private final FeedPages feeds;

    CategoryPages(PageContext context) {
        this.context = context;
        this.feeds = new FeedPages(context);
    }

    /** Per language, its categories by page path. */
    private static Map<String, Map<String, Category>> byLanguage(PageContext context, SiteContent content) {
        // made once per content: the menus of every page and the category pages both need them
        Map.Entry<SiteContent, Map<String, Map<String, Category>>> known = context.categories;
        if (known != null && known.getKey() == content) {
            return known.getValue();
        }
        Map<String, Map<String, Category>> byCode = new LinkedHashMap<>();
        for (String code : context.languages.keySet()) {
            Map<String, Category> byPath = new HashMap<>();
            for (IndexEntry entry : content.articles()) {
                ArticleView view = context.view(entry, code);
                boolean listed = context.listed(view);
                for (int i = 0; i < view.categories().size(); i++) {
                    int depth = i + 1;
                    LinkView label = view.categories().get(i);
                    Category category = byPath.computeIfAbsent(label.path(), k -> {
                        List<String> trailKeys = List.copyOf(context.views.categoryKeys(entry).subList(0, depth));
                        return new Category(context.taxonomy.segments(trailKeys, code), trailKeys, label,
                                view.categories().subList(0, depth).stream().map(LinkView::label).toList(), new ArrayList<>());
                    });
                    if (listed) {
                        category.items().add(view);
                    }
                }
            }
            byCode.put(code, new TreeMap<>(byPath));
        }
        context.categories = Map.entry(content, byCode);
        return byCode;
    }

    /**
     * The menu of each language: its {@code size} top-level categories with the most articles listed there
     * (ties by label), in the order of the mapping file, then by label, so that the menu, shown on every
     * page, changes only when a category enters or leaves it.
     */
    static Map<String, List<LinkView>> menus(PageContext context, SiteContent content, int size) {
        Map<String, List<LinkView>> menus = new LinkedHashMap<>();
        byLanguage(context, content).forEach((code, byPath) -> {
            List<Category> top = byPath.values().stream().filter(c -> c.keys().size() == 1 && !c.items().isEmpty())
                    .sorted(java.util.Comparator.comparingInt((Category c) -> -c.items().size())
                            .thenComparing(c -> c.label().label()).thenComparing(c -> c.label().path()))
                    .limit(size)
                    .sorted(java.util.Comparator.comparingInt((Category c) -> context.taxonomy.order(c.keys().get(0)))
                            .thenComparing(c -> c.label().label()).thenComparing(c -> c.label().path()))
                    .toList();
            menus.put(code, top.stream().map(Category::label).toList());
        });
        return menus;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        Map<String, Map<String, Category>> byCode = byLanguage(context, content);
        List<Page> pages = new ArrayList<>();
        byCode.forEach((code, byPath) -> {
            List<TermView> terms = new ArrayList<>();
            byPath.values().forEach(category -> {
                List<String> trail = category.trail();
                List<String> keys = category.keys();
                Predicate<String> listed = c -> hasItems(byCode.get(c).get(context.urls.category(c, context.taxonomy.segments(keys, c))));
                Function<String, String> first = c -> context.urls.category(c, context.taxonomy.segments(keys, c));
                List<LinkView> elsewhere = category.items().isEmpty() ? context.elsewhere(code, listed, first) : List.of();
                List<AlternateView> alternates = context.alternates(code, listed, first);
                if (!category.items().isEmpty()) {
                    terms.add(new TermView(String.join(" › ", category.labels()), category.label().path(),
                            category.label().lang(), category.items().size()));
                }
                for (StablePages.Slice<ArticleView> slice : StablePages.of(category.items(), context.config.pageSize())) {
                    pages.add(new Page(context.urls.category(code, trail, slice.number()), this,
                            new Inputs(code, trail, keys, category.label(), slice, elsewhere,
                                    slice.number() == 0 ? alternates : List.of())));
                }
                pages.addAll(feeds.termFeeds(code, category.label().label(), category.label().path(),
                        context.urls.categoryFeed(code, trail, "rss.xml"), context.urls.categoryFeed(code, trail, "atom.xml"),
                        category.items()));
            });
            if (byPath.isEmpty()) {
                return;
            }
            Predicate<String> listed = c -> byCode.get(c).values().stream().anyMatch(CategoryPages::hasItems);
            List<LinkView> elsewhere = terms.isEmpty() ? context.elsewhere(code, listed, context.urls::categories) : List.of();
            pages.add(new Page(context.urls.categories(code), this, new ListInputs(code, List.copyOf(terms), elsewhere,
                    context.alternates(code, listed, context.urls::categories))));
        });
        return pages;
    }

    private static boolean hasItems(Category category) {
        return category != null && !category.items().isEmpty();
    }

    @Override
    public byte[] render(Page page) {
        if (page.inputs() instanceof ListInputs inputs) {
            SiteLanguage language = context.languages.get(inputs.code());
            return context.page("tags.ftlh", language, page.path(), null,
                    Map.of("title", language.text("categories.heading"), "terms", inputs.terms(), "elsewhere", inputs.elsewhere(),
                            "alternates", inputs.alternates()),
                    context.switchTo(language, context.urls::categories));
        }
        Inputs inputs = (Inputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("title", inputs.label().label());
        extra.put("titleLang", inputs.label().lang());
        extra.put("heading", language.text("category.heading"));
        extra.put("elsewhere", inputs.elsewhere());
        extra.put("alternates", inputs.alternates());
        extra.put("termRss", context.urls.categoryFeed(inputs.code(), inputs.trail(), "rss.xml"));
        extra.put("termAtom", context.urls.categoryFeed(inputs.code(), inputs.trail(), "atom.xml"));
        StablePages.describe(inputs.slice(), n -> context.urls.category(inputs.code(), inputs.trail(), n), extra);
        return context.page("list.ftlh", language, page.path(), null, extra,
                context.switchTo(language, c -> context.urls.category(c, context.taxonomy.segments(inputs.keys(), c))));
    }
}
