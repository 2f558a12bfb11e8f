package dev.mekong.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mekong.site.Views.ArticleView;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client-side search: per language an index of the articles its lists show ({@link PageContext#listed}),
 * newest first, with their {@link SearchTokens}, and a search page whose script (one file among the
 * site's assets, shared by every language) loads it. Tokens come from what the site index holds (title,
 * excerpt, categories, tags), not the body: an edit deeper in an article's body leaves every index as it is.
 */
final class SearchPages implements PageType {

    /** One article in a language's index; {@code path} from the site root. */
    record Entry(String path, String title, String date, String excerpt, List<String> tokens) {
    }

    /**
     * What an article's entry is made from (its category and tag labels as {@code terms}): the tokens are
     * made only when an index is written, so an update whose indexes did not change tokenizes nothing (at
     * 10,000 articles, tokenizing every article took most of each update).
     */
    record Source(String path, String title, String date, String excerpt, String lang, List<String> terms) {
    }

    record IndexInputs(String code, List<Source> articles) {
    }

    record PageInputs(String code) {
    }

    record ScriptInputs() {
    }

    /**
     * The share of a language's entries made afresh above which they are written to the content folder: a
     * full build writes them, a watch's update of a few articles does not (a new process makes those few).
     */
    private static final double CACHE_STALE_SHARE = 0.01;

    private static final byte[] INDEX_START = "{\"articles\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INDEX_END = "]}".getBytes(StandardCharsets.UTF_8);

    private final PageContext context;

    SearchPages(PageContext context) {
        this.context = context;
    }

    @Override
    public List<Page> pages(SiteContent content) {
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(context.urls.searchScript(), this, new ScriptInputs()));
        context.listed(content.articles()).forEach((code, items) -> {
            pages.add(new Page(context.urls.searchIndex(code), this,
                    new IndexInputs(code, items.stream().map(SearchPages::source).toList())));
            pages.add(new Page(context.urls.search(code), this, new PageInputs(code)));
        });
        return pages;
    }

    private static Source source(ArticleView view) {
        List<String> terms = new ArrayList<>();
        view.categories().forEach(c -> terms.add(c.label()));
        view.tags().forEach(t -> terms.add(t.label()));
        return new Source(view.path(), view.title(), view.date(), view.excerpt(), view.textLang(), List.copyOf(terms));
    }

    private static Entry entry(Source source) {
        Set<String> tokens = new LinkedHashSet<>(SearchTokens.of(source.title(), source.lang()));
        tokens.addAll(SearchTokens.of(source.excerpt(), source.lang()));
        source.terms().forEach(term -> tokens.addAll(SearchTokens.of(term, source.lang())));
        return new Entry(source.path(), source.title(), source.date(), source.excerpt(), List.copyOf(tokens));
    }

    /**
     * {@code {"articles":[ENTRY,…]}}, each entry as the last index of the language wrote it when made from
     * the same source, else made afresh (tokenizing is what an index costs). A process's first index of a
     * language looks its entries up in the content folder ({@link SearchEntryCache}), and writes them there
     * when it made more than {@link #CACHE_STALE_SHARE} of them afresh.
     */
    private byte[] index(IndexInputs inputs) {
        SearchEntryCache cache = context.searchCache;
        Map<Source, byte[]> known = context.searchEntries.get(inputs.code());
        if (known == null) {
            known = cache == null ? Map.of() : cache.load(inputs.code());
        }
        Map<Source, byte[]> reused = known;
        AtomicInteger made = new AtomicInteger();
        List<byte[]> entries = inputs.articles().parallelStream().map(source -> {
            byte[] entry = reused.get(source);
            if (entry != null) {
                return entry;
            }
            made.incrementAndGet();
            try {
                return context.json.writeValueAsBytes(entry(source));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("search index of " + inputs.code(), e);
            }
        }).toList();
        Map<Source, byte[]> now = new HashMap<>(entries.size() * 4 / 3 + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(entries.stream().mapToInt(e -> e.length + 1).sum() + 16);
        out.writeBytes(INDEX_START);
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(entries.get(i));
            now.put(inputs.articles().get(i), entries.get(i));
        }
        out.writeBytes(INDEX_END);
        context.searchEntries.put(inputs.code(), now);
        if (cache != null && made.get() > CACHE_STALE_SHARE * entries.size()) {
            cache.save(inputs.code(), now);
        }
        return out.toByteArray();
    }

    /** A language's index entries, made as its index on the site was made: the next index reuses them. */
    @Override
    public void prepare(Page page) {
        if (page.inputs() instanceof IndexInputs inputs) {
            index(inputs);
        }
    }

    @Override
    public byte[] render(Page page) {
        if (page.inputs() instanceof ScriptInputs) {
            return context.render("assets/search.js", Map.of());
        }
        if (page.inputs() instanceof IndexInputs inputs) {
            return index(inputs);
        }
        PageInputs inputs = (PageInputs) page.inputs();
        SiteLanguage language = context.languages.get(inputs.code());
        return context.page("search.ftlh", language, page.path(), null,
                Map.of("title", language.text("search.heading"), "indexPath", context.urls.searchIndex(inputs.code()),
                        "scriptPath", context.urls.searchScript()),
                context.switchTo(language, context.urls::search));
    }
}
