package dev.mekong.extract.rules;

import dev.mekong.extract.text.TextPageExtractor;
import dev.mekong.model.Block;
import dev.mekong.model.Removed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteRulesTest {

    private static final String RULES = """
            sites:
              - name: valley-post
                hosts: [valleypost.example]
                signature: "The Valley Post"
                drop:
                  - rule: promo
                    pattern: "^Support local journalism"
                keep: ["^Corrections:"]
                title: "^Story: (.+)$"
                date: "Filed (\\\\d{1,2} \\\\w+ \\\\d{4})"
            """;

    private static final String PAGE = """
            The Valley Post
            Story: Bridge to reopen in May
            Filed 4 March 2024

            The council voted on Tuesday to reopen the old bridge in May, after repairs that ran two months late.

            Support local journalism, subscribe for one dollar a week, cancel at any time you like.

            Drivers will use the bypass until then, and buses keep their winter timetable, the council said.

            Corrections:

            Comments
            """;

    @Test
    void parsesSitesFromYaml() {
        SiteRules rules = SiteRules.parse(RULES, "test");
        assertThat(rules.sites()).hasSize(1);
        SiteRules.Site site = rules.sites().get(0);
        assertThat(site.name()).isEqualTo("valley-post");
        assertThat(site.dropRule("Support local journalism, subscribe")).contains("site:valley-post:promo");
        assertThat(site.keeps("Corrections: none")).isTrue();
        assertThat(site.titleIn("Story: Bridge to reopen in May")).contains("Bridge to reopen in May");
        assertThat(site.dateIn("Filed 4 March 2024 by staff")).contains("4 March 2024");
    }

    @Test
    void siteIsFoundByHostIncludingSubdomainsOrBySignature() {
        SiteRules rules = SiteRules.parse(RULES, "test");
        assertThat(rules.find("www.valleypost.example", "")).isPresent();
        assertThat(rules.find("news.valleypost.example", "")).isPresent();
        assertThat(rules.find("othervalleypost.example", "")).isEmpty();
        assertThat(rules.find(null, "Welcome to The Valley Post")).isPresent();
        assertThat(rules.find(null, "Welcome to the Hill Times")).isEmpty();
    }

    @Test
    void textExtractorAppliesDropKeepTitleAndDatePatterns() {
        TextPageExtractor extractor = new TextPageExtractor(SiteRules.parse(RULES, "test"));
        TextPageExtractor.Extraction x = extractor.extract(PAGE);
        assertThat(x.meta().title()).isEqualTo("Bridge to reopen in May");
        assertThat(x.meta().published()).startsWith("2024-03-04");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The council voted on Tuesday to reopen the old bridge in May, after repairs that ran two months late.",
                "Drivers will use the bypass until then, and buses keep their winter timetable, the council said.",
                "Corrections:");
        assertThat(x.removed()).contains(new Removed(
                "Support local journalism, subscribe for one dollar a week, cancel at any time you like.", "site:valley-post:promo"));
    }

    @Test
    void withoutRulesThePromoLineStaysAndTheTitleIsFoundByShape() {
        TextPageExtractor.Extraction x = new TextPageExtractor().extract(PAGE);
        assertThat(x.blocks()).extracting(Block::plainText)
                .contains("Support local journalism, subscribe for one dollar a week, cancel at any time you like.");
    }

    @Test
    void loadsFromAFileAndEmptyFileMeansNoRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, RULES);
        assertThat(SiteRules.load(file).sites()).hasSize(1);
        Files.writeString(file, "");
        assertThat(SiteRules.load(file).isEmpty()).isTrue();
    }

    @Test
    void badRulesAreReportedWithWhere() {
        assertThatThrownBy(() -> SiteRules.parse("sites:\n  - name: x\n    drop: [\"(unclosed\"]\n", "rules.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rules.yaml: sites[0] (x)");
        assertThatThrownBy(() -> SiteRules.parse("sites:\n  - name: x\n", "rules.yaml"))
                .hasMessageContaining("give 'hosts' or a 'signature'");
        assertThatThrownBy(() -> SiteRules.parse("rules: []\n", "rules.yaml"))
                .hasMessageContaining("top-level 'sites:'");
    }
}
