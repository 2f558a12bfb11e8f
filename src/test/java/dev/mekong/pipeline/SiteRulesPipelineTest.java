package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Removed;
import dev.mekong.site.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's per-site rules file, named in the configuration, changes what the routes extract. */
class SiteRulesPipelineTest {

    @TempDir
    Path work;

    private static final String PAGE = """
            Riverside Daily | Home | World | Business

            Ferry fares to stay unchanged this year

            By Lan Pham | June 2, 2025 10:00

            The provincial transport department said on Monday that ferry fares across the river will stay at \
            their current level for the rest of the year, despite higher fuel costs.

            Operators had asked for an increase of ten percent, but officials said the subsidy would cover the gap.

            Riverside Daily thanks its members for keeping local journalism alive.
            """;

    private static final String RULES = """
            sites:
              - name: riverside
                signature: "Riverside Daily \\\\| Home"
                drop:
                  - rule: member-appeal
                    pattern: "thanks its members"
            """;

    @Test
    void configuredRulesDropWhatTheyNameAndRecordTheirRule() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work);
        Files.writeString(fixture.inbox.resolve("fares.txt"), PAGE, StandardCharsets.UTF_8);
        Path rules = Files.writeString(work.resolve("site-rules.yaml"), RULES, StandardCharsets.UTF_8);

        PipelineFixture.Result result = fixture.run("build", "-D", "mekong.extract.site-rules=" + rules);

        assertThat(result.code()).as(result.out() + result.err()).isZero();
        Article article = new ArticleStore(fixture.content).all().get(0);
        assertThat(article.blocks()).noneSatisfy(b -> assertThat(b.text()).contains("thanks its members"));
        assertThat(article.removed()).contains(new Removed("Riverside Daily thanks its members for keeping local journalism alive.", "site:riverside:member-appeal"));
    }

    @Test
    void unreadableRulesFileStopsTheStartNamingTheKey() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work);
        PipelineFixture.Result result = fixture.run("build", "-D", "mekong.extract.site-rules=" + work.resolve("missing.yaml"));

        assertThat(result.code()).isNotZero();
        assertThat(result.out() + result.err()).contains("mekong.extract.site-rules");
    }
}
