package dev.mekong.extract.text;

import dev.mekong.extract.rules.SiteRules;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinesTest {

    @Test
    void itemsUnderARelatedHeadingTakeItsRuleAndCostWhatChromeCosts() {
        List<Line> lines = TextLines.classified("""
                Related Articles
                • Bridge to reopen in spring
                • The ferry will run every hour while the bridge is shut.
                Drivers will be diverted through the town centre while the work goes on.
                • Another item
                """);
        assertThat(TextLines.rules(lines)).containsExactly(
                "related-list | Related Articles",
                "link-list | • Bridge to reopen in spring",
                "related-list | • The ferry will run every hour while the bridge is shut.",
                "- | Drivers will be diverted through the town centre while the work goes on.",
                "link-list | • Another item");
        assertThat(lines).extracting(l -> l.score).containsExactly(-40.0, -8.0, -8.0, 13.0, -8.0);
    }

    @Test
    void aLayoutTableIsReadColumnByColumnAndBlankLinesOpenParagraphs() {
        List<Line> lines = TextLines.classified("""
                市政府决定延长地铁运营时间。          • 图片新闻
                末班车推迟一小时。                    • 热点视频

                Bridge closed
                """);
        assertThat(lines).extracting(l -> l.text + (l.paragraphStart ? " ¶" : "")).containsExactly(
                "市政府决定延长地铁运营时间。 ¶", "末班车推迟一小时。", "• 图片新闻 ¶", "• 热点视频", "Bridge closed ¶");
    }

    @Test
    void aLineTheSiteKeepsIsProseAndOneItDropsTakesTheSitesRule() {
        SiteRules rules = SiteRules.parse("""
                sites:
                  - name: harbour
                    signature: "Harbour Times"
                    drop:
                      - rule: promo
                        pattern: "^Subscribe to the Harbour"
                    keep: ["^Ferry note"]
                """, "test");
        String page = """
                Harbour Times
                Ferry note
                Subscribe to the Harbour Times today
                """;
        List<Line> lines = new PageLines(TextLines.CLASSIFIER).classified(page, rules.find(null, page).orElseThrow());
        assertThat(TextLines.rules(lines)).containsExactly(
                "- | Harbour Times", "- | Ferry note", "site:harbour:promo | Subscribe to the Harbour Times today");
        assertThat(lines.get(1).score).isEqualTo(LineScore.PROSE);
    }
}
