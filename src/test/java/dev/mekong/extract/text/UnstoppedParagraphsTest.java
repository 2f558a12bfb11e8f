package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: Chinese blog paragraphs written without a stop (a space where the comma goes). */
class UnstoppedParagraphsTest {

    @Test
    void paragraphsOfChineseWithoutStopsCountAsProse() {
        List<Line> lines = TextLines.read("""
                清晨的山谷里雾气还没有散去 我们沿着溪边的小路慢慢往上走到了营地

                营地主人早已在门口等着 带我们看了新搭好的木屋和后面那片竹林

                晚上的气温降得很快 大家围着火堆一边烤肉一边聊起了这些年的旅行
                """);
        assertThat(TextLines.scores(lines)).containsExactly(
                "31.0 | 清晨的山谷里雾气还没有散去 我们沿着溪边的小路慢慢往上走到了营地",
                "29.0 | 营地主人早已在门口等着 带我们看了新搭好的木屋和后面那片竹林",
                "30.0 | 晚上的气温降得很快 大家围着火堆一边烤肉一边聊起了这些年的旅行");
    }

    @Test
    void aListOfLongHeadlinesOneUnderAnotherStaysAList() {
        List<Line> lines = TextLines.read("""
                市议会通过新年度预算案 地铁延长线明年动工预计三年完工通车
                台风过境北部山区多处道路坍方 交通部门连夜抢修恢复单线通行
                """);
        assertThat(TextLines.scores(lines)).containsExactly(
                "-1.0 | 市议会通过新年度预算案 地铁延长线明年动工预计三年完工通车",
                "-1.0 | 台风过境北部山区多处道路坍方 交通部门连夜抢修恢复单线通行");
    }

    @Test
    void menuRowsBetweenBlankLinesStayMenus() {
        List<Line> lines = TextLines.read("""
                首页- 新闻- 经济- 商业- 理财- 基金- 股票- 期货- 外汇- 生活- 专题- 评论- 论坛- 博客

                读者俱乐部读者俱乐部益智游戏益智游戏电子报电子报手机版手机版
                """);
        assertThat(TextLines.scores(lines)).allMatch(s -> s.startsWith("-"));
    }
}
