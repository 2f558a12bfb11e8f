package dev.mekong.extract.text;

import dev.mekong.model.Block;
import dev.mekong.model.Removed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleBlocksTest {

    @Test
    void linesOutsideTheArticleAreRemovedWithWhereTheyStand() {
        List<Line> lines = TextLines.read("""
                Harbour Times
                Bridge to close for repairs
                Your daily news

                The council voted on Tuesday to close the old bridge over the river
                for repairs, which are expected to last until the spring, the mayor said.

                Ferry fares to rise
                """);
        ArticleBlocks article = ArticleBlocks.of(lines, new ArticleRegion(3, 4, false), 1);
        assertThat(article.blocks()).extracting(Block::plainText).containsExactly(
                "The council voted on Tuesday to close the old bridge over the river for repairs, which are expected to last until the spring, the mayor said.");
        assertThat(article.removed()).containsExactly(
                new Removed("Harbour Times", TextPageExtractor.BEFORE_TITLE),
                new Removed("Your daily news", TextPageExtractor.BEFORE_BODY),
                new Removed("Ferry fares to rise", TextPageExtractor.AFTER_BODY));
    }

    @Test
    void afterAnEndMarkerPlainLinesAreRemovedAsSuchAndAnEarlierCopyAsRepeated() {
        List<Line> lines = TextLines.read("""
                市政府决定今年春节期间延长地铁运营时间，方便市民出行，除夕当晚各线路末班车推迟一小时。
                地铁站内的新指示牌
                地铁站内的新指示牌
                初一至初三按周末时刻运行，地铁公司将增派工作人员维持秩序。(完)
                春节期间全市公园免费开放
                """);
        ArticleBlocks article = ArticleBlocks.of(lines, new ArticleRegion(0, 3, true), -1);
        assertThat(article.blocks()).extracting(Block::plainText).containsExactly(
                "市政府决定今年春节期间延长地铁运营时间，方便市民出行，除夕当晚各线路末班车推迟一小时。",
                "地铁站内的新指示牌",
                "初一至初三按周末时刻运行，地铁公司将增派工作人员维持秩序。(完)");
        assertThat(article.removed()).containsExactly(
                new Removed("地铁站内的新指示牌", LineClassifier.REPEATED),
                new Removed("春节期间全市公园免费开放", TextPageExtractor.AFTER_END_MARKER));
    }
}
