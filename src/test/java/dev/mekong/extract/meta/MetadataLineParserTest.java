package dev.mekong.extract.meta;

import dev.mekong.extract.Cues;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataLineParserTest {

    private final MetadataLineParser parser = new MetadataLineParser(Cues.builtIn());

    @Test
    void sources() {
        assertThat(parser.source("来源:中国新闻网")).contains("中国新闻网");
        assertThat(parser.source("新闻眼|来源:广西广播电视台综合广播2023-12-18 09:06:02|网络编辑:王琳")).contains("广西广播电视台综合广播");
        assertThat(parser.source("Nguồn: VOV")).contains("VOV");
        assertThat(parser.source("ที่มา: สำนักข่าวไทย")).contains("สำนักข่าวไทย");
        assertThat(parser.source("Source: Reuters | 2 min read")).contains("Reuters");
        assertThat(parser.source("The source of the river is high up.")).isEmpty();
    }

    @Test
    void copyrightHolder() {
        assertThat(parser.copyrightHolder("© 2024 Báo Đồng Bằng Online. Cấm sao chép dưới mọi hình thức.")).contains("Báo Đồng Bằng Online");
        assertThat(parser.copyrightHolder("Bản quyền thuộc về Tạp chí Sông Hậu | Liên hệ quảng cáo")).contains("Tạp chí Sông Hậu");
        assertThat(parser.copyrightHolder("Copyright © 2003-2023 中国新闻网 版权所有")).contains("中国新闻网");
        assertThat(parser.copyrightHolder("Copyright 2025 Harbour Herald Ltd. All rights reserved.")).contains("Harbour Herald Ltd");
        assertThat(parser.copyrightHolder("© 2025 all content may be shared with credit")).isEmpty();
        assertThat(parser.copyrightHolder("Bản quyền thuộc về tác giả bài viết")).isEmpty();
        assertThat(parser.copyrightHolder("Báo Đồng Bằng Online")).isEmpty();
    }

    @Test
    void editors() {
        assertThat(parser.editor("新闻眼|来源:广西广播电视台综合广播2023-12-18 09:06:02|网络编辑:王琳")).contains("王琳");
        assertThat(parser.editor("【责任编辑:张三】")).contains("张三");
        assertThat(parser.editor("Theo Ngọc Hân | Biên tập: Trần Minh")).contains("Trần Minh");
        assertThat(parser.editor("โดย สมชาย ใจงาม | บรรณาธิการ: วิภาวรรณ ทองดี")).contains("วิภาวรรณ ทองดี");
        assertThat(parser.editor("Editor: Jane Roe")).contains("Jane Roe");
    }

    @Test
    void authors() {
        assertThat(parser.authors("中新社北京1月19日电 (记者 刘育英)中国—东盟数字生态合作论坛")).containsExactly("刘育英");
        assertThat(parser.authors("(记者黄婉、甘智锐 通讯员钟夏波)")).containsExactly("黄婉", "甘智锐");
        assertThat(parser.authors("By Jane Doe and John Roe on Tue, 17 Jan 2012")).containsExactly("Jane Doe", "John Roe");
        assertThat(parser.authors("By Nguyễn Văn Hà · Published: Tuesday")).containsExactly("Nguyễn Văn Hà ·");
        assertThat(parser.authors("Tác giả: Lê Văn An")).containsExactly("Lê Văn An");
        assertThat(parser.authors("ผู้เขียน: ปิยะนุช ใจดี")).containsExactly("ปิยะนุช ใจดี");
        assertThat(parser.authors("By the end of the year, prices rose sharply across the region.")).isEmpty();
    }

    @Test
    void namesAreSplitOnTheWordsForAndAndCutAtASecondaryRole() {
        assertThat(parser.authors("(记者 张三和李四 摄影 王五)")).containsExactly("张三", "李四");
        assertThat(parser.authors("Tác giả: An và Bình")).containsExactly("An", "Bình");
        assertThat(parser.authors("By Jane Doe at the harbour")).containsExactly("Jane Doe");
        assertThat(parser.authors("Author: Jane Doe & John Roe")).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void breadcrumbs() {
        assertThat(parser.breadcrumb("首页  »  财经  »  经济观察")).containsExactly("财经", "经济观察");
        assertThat(parser.breadcrumb("Trang chủ » Xã hội » Giao thông")).containsExactly("Xã hội", "Giao thông");
        assertThat(parser.breadcrumb("หน้าแรก › ภูมิภาค › เกษตร")).containsExactly("ภูมิภาค", "เกษตร");
        assertThat(parser.breadcrumb("影音娱乐 > 明星全接触 > 正文")).containsExactly("影音娱乐", "明星全接触");
        assertThat(parser.breadcrumb("Home > News")).containsExactly("News");
        assertThat(parser.breadcrumb("Prices rose > 5% this year, analysts said.")).isEmpty();
    }
}
