package dev.mekong.extract.rules;

import dev.mekong.extract.html.HtmlPageExtractor;
import dev.mekong.ingest.DecodedInput;
import dev.mekong.ingest.InputFormat;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Removed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteRulesOnPagesTest {

    private static final String PAGE = """
            <html><head><title>Ferry fares stay put | Riverside Daily</title>
            <link rel="canonical" href="https://news.riverside.example/2025/ferry-fares"></head>
            <body><article><h1>Ferry fares stay put</h1>
            <p>The provincial transport department said on Monday that ferry fares across the river will stay at their current level for the rest of the year, despite higher fuel costs.</p>
            <p>Operators had asked for an increase of ten percent, but officials said the subsidy would cover the gap until the new terminal opens.</p>
            <p>Riverside Daily thanks its members, whose support keeps this newsroom and its river reporting going every single week.</p>
            <p>Filed on 2 June 2025 at 10:00.</p>
            </article></body></html>
            """;

    private static final String RULES = """
            sites:
              - name: riverside
                hosts: [riverside.example]
                drop:
                  - rule: member-appeal
                    pattern: "thanks its members"
                date: "Filed on (.+)$"
            """;

    private static Article extract(String rules) {
        DecodedInput input = new DecodedInput("fares.html", InputFormat.HTML, PAGE, "UTF-8", "0", PAGE.length());
        return new SiteRulesOnPages(new HtmlPageExtractor(), SiteRules.parse(rules, "test")).extract(input);
    }

    @Test
    void rulesOfTheCanonicalHostDropBlocksAndSetTheDate() {
        Article article = extract(RULES);

        assertThat(article.blocks()).extracting(Block::text).noneMatch(t -> t.contains("thanks its members"));
        assertThat(article.removed()).contains(new Removed(
                "Riverside Daily thanks its members, whose support keeps this newsroom and its river reporting going every single week.",
                "site:riverside:member-appeal"));
        assertThat(article.meta().published()).startsWith("2025-06-02T10:00");
    }

    @Test
    void rulesOfAnotherSiteChangeNothing() {
        Article ruled = extract(RULES.replace("riverside.example", "elsewhere.example"));
        Article plain = extract("sites: []");

        assertThat(ruled).isEqualTo(plain);
        assertThat(plain.blocks()).extracting(Block::text).anyMatch(t -> t.contains("thanks its members"));
    }
}
