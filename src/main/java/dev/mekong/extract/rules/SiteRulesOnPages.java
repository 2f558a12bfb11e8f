package dev.mekong.extract.rules;

import dev.mekong.extract.ArticleExtractor;
import dev.mekong.extract.dates.DateTimeExtractor;
import dev.mekong.ingest.DecodedInput;
import dev.mekong.language.LanguageFacts;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user's per-site rules applied to what a page extractor kept (saved HTML pages): the site is found by
 * the page's canonical host or by its signature in the page source; its drop patterns remove body blocks
 * (recorded under the rule's name), its title and date patterns override the metadata. Keep patterns
 * cannot bring back what the DOM extractor never kept, so they do not apply here.
 */
public final class SiteRulesOnPages implements ArticleExtractor {

    private final ArticleExtractor pages;
    private final SiteRules rules;
    private final DateTimeExtractor dates;

    public SiteRulesOnPages(ArticleExtractor pages, SiteRules rules) {
        this.pages = pages;
        this.rules = rules;
        this.dates = new DateTimeExtractor(LanguageFacts.LOCAL_TIME_ZONES);
    }

    @Override
    public Article extract(DecodedInput input) {
        Article article = pages.extract(input);
        if (rules.isEmpty()) {
            return article;
        }
        Optional<SiteRules.Site> found = rules.find(host(article.meta().canonicalUrl()), input.text());
        if (found.isEmpty()) {
            return article;
        }
        SiteRules.Site site = found.get();
        List<Block> blocks = new ArrayList<>();
        List<Removed> removed = new ArrayList<>(article.removed());
        for (Block block : article.blocks()) {
            Optional<String> rule = site.dropRule(block.plainText());
            if (rule.isPresent()) {
                removed.add(new Removed(block.plainText(), rule.get()));
            } else {
                blocks.add(block);
            }
        }
        Metadata meta = article.meta();
        String title = meta.title();
        String published = meta.published();
        List<String> lines = new ArrayList<>();
        if (title != null) {
            lines.add(title);
        }
        blocks.forEach(b -> lines.add(b.plainText()));
        article.removed().forEach(r -> lines.add(r.text()));
        for (String line : lines) {
            Optional<String> ruledTitle = site.titleIn(line);
            if (ruledTitle.isPresent()) {
                title = ruledTitle.get();
                break;
            }
        }
        for (String line : lines) {
            Optional<String> ruledDate = site.dateIn(line).flatMap(d -> dates.findIso(d, null));
            if (ruledDate.isPresent()) {
                published = ruledDate.get();
                break;
            }
        }
        Metadata ruled = meta.withTitleAndPublished(title, published);
        return Article.extracted(article.source(), ruled, blocks, removed);
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
