package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleRegionTest {

    @Test
    void theArticleIsTheBestScoringRunOfLines() {
        List<Line> lines = TextLines.read("""
                Home | News | Sport | Weather
                Bridge to close for repairs
                The council voted on Tuesday to close the old bridge over the river for repairs until the spring.
                Drivers will be diverted through the town centre, and a free shuttle bus will run every hour.
                Related Articles
                • Ferry fares to rise
                """);
        assertThat(ArticleRegion.find(lines, TextLines.CLASSIFIER)).isEqualTo(new ArticleRegion(2, 3, false));
    }

    @Test
    void anEndMarkerClosesTheArticleAndIsKeptWhenItEndsAParagraph() {
        List<Line> lines = TextLines.read("""
                市政府决定今年春节期间延长地铁运营时间，方便市民出行，除夕当晚各线路末班车推迟一小时。
                初一至初三按周末时刻运行，地铁公司将增派工作人员维持秩序。(完)
                春节期间全市公园免费开放，市民可以凭身份证预约入园参观游览。
                """);
        assertThat(ArticleRegion.find(lines, TextLines.CLASSIFIER)).isEqualTo(new ArticleRegion(0, 1, true));
    }

    @Test
    void nothingScoringAboveZeroIsNoArticle() {
        assertThat(ArticleRegion.find(TextLines.read("Home | News | Sport\n• Login\n"), TextLines.CLASSIFIER)).isNull();
    }

    @Test
    void aOneSentenceLeadUnderTheHeadlineJoinsTheBody() {
        List<Line> lines = TextLines.read("""
                Bridge to close for repairs
                The council approved it on Monday.
                The council voted on Tuesday to close the old bridge over the river for repairs until the spring.
                Drivers will be diverted through the town centre, and a free shuttle bus will run every hour.
                """);
        ArticleRegion region = ArticleRegion.find(lines, TextLines.CLASSIFIER);
        assertThat(region).isEqualTo(new ArticleRegion(2, 3, false));
        assertThat(region.underHeadline(lines, 0)).isEqualTo(new ArticleRegion(1, 3, false));
    }

    @Test
    void aReporterCreditInBracketsAfterTheLastParagraphIsArticleText() {
        List<Line> lines = TextLines.read("""
                市政府决定今年春节期间延长地铁运营时间，方便市民出行，除夕当晚各线路末班车推迟一小时。
                初一至初三按周末时刻运行，地铁公司将增派工作人员维持秩序，确保乘客安全。
                (记者黄婉 通讯员钟夏波)
                """);
        assertThat(ArticleRegion.find(lines, TextLines.CLASSIFIER)).isEqualTo(new ArticleRegion(0, 2, false));
    }
}
