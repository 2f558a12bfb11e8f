package dev.mekong.extract.text;

import dev.mekong.extract.Cues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LineClassifierTest {

    private final LineClassifier classifier = new LineClassifier(Cues.builtIn());

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "[59ec283c23] => w3m-artefact",
            "[INS::INS] => w3m-artefact",
            "━━━━━━━━━━━━━━━━━━━━ => w3m-artefact",
            "[                    ]Tìm kiếm => form-field",
            "首页  »  财经  »  经济观察 => breadcrumb",
            "Trang chủ » Thời sự => breadcrumb",
            "• 相关阅读 => related-list",
            "Read This Next => related-list",
            "Tin liên quan => related-list",
            "ข่าวที่เกี่ยวข้อง => related-list",
            "Related Articles => related-list",
            "Next Article: Work out and bare your soles => read-more",
            "下一篇：车内空气新标准下月起实施 => read-more",
            "Tin liên quan: Giá xăng giảm lần thứ ba => read-more",
            "网友评论 [新闻评论服务协议] => comment-box",
            "Bình luận (12) => comment-box",
            "评论673条 => comment-box",
            "點閱(1535) => comment-box",
            "免责声明:本网对文中陈述、观点判断保持中立,不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证。 => disclaimer",
            "Miễn trừ trách nhiệm: Nội dung chỉ mang tính tham khảo. => disclaimer",
            "本网版权相关声明： => disclaimer",
            "聲明：本欄目文章為本網原創資訊，轉載請註明出處。 => disclaimer",
            "① 本网欢迎各类媒体与本网进行长期的内容合作 => link-list",
            "广西广播电视台 版权所有 => copyright",
            "Copyright © 2018 Sohu.com Inc. All Rights Reserved. => copyright",
            "© 2012 Example Press, Inc. All Rights Reserved. Example.com contains copyrighted material, trademarks and other proprietary information of Example Press, Inc. and may not be reproduced, republished or distributed in any form without the prior written consent of the owner. => copyright",
            "© 2568 ข่าวล้านนาออนไลน์ สงวนลิขสิทธิ์ => copyright",
            "Chia sẻ bài viết: Facebook Zalo Twitter Sao chép liên kết => share",
            "แชร์ข่าวนี้: Facebook LINE X คัดลอกลิงก์ => share",
            "分享到：微博 微信 QQ空间 => share",
            "分享到：订阅到谷歌阅读器推荐到豆瓣网分享到新浪微博分享到腾讯微博分享到人人网分享到开心网分享到百度收藏分享到微信朋友圈 => share",
            "Từ khóa: động ổn, ổn định, sau tết => tags",
            "Tags: economy, trade => tags",
            "Xem thêm: Nam thanh niên rơi từ trên cầu => read-more",
            "来源:中国新闻网 => metadata-line",
            "2025-01-19 23:21:00 => metadata-line",
            "Thứ Sáu, 20/01/2017 15:31 (GMT+7) | 2386 lượt xem | In bài viết => metadata-line",
            "เผยแพร่: 22 พ.ค. 2560 06:07 น. | เข้าชม 46851 ครั้ง => metadata-line",
            "By Nguyễn Văn Hà · Published: Tuesday, January 31, 2017 19:52 => metadata-line",
            "【责任编辑:张三】 => metadata-line",
            "【解放思想 创新求变 向海图强 开放发展】 => banner",
            "• Thời sự => link-list",
            "Giới thiệu | Liên hệ | Quảng cáo | Điều khoản sử dụng => copyright",
            "English | Tiếng Việt | ภาษาไทย | 中文 => nav",
            "ข่าวด่วน: รมช.ศธ. หารือกับผู้เชี่ยวชาญ => nav",
            "Quảng cáo => ad",
            "Ảnh: Internet => photo-credit",
            "南京市长怒批官员作风：“不干事要干部干吗？” (2012-1-17 11:08:48) => link-list",
            "[01-17] Flood warnings lifted across the valley => link-list",
            "• Recommended: Girl, 9, dies => link-list",
            "※ 相关文章 => related-list",
            "Garden tools on a benchGarden tools on a bench => w3m-artefact",
            "Advertise | AdChoices => ad",
            "Buy now => call-to-action",
            "Read Full Review >> => call-to-action",
            "Visit Website => call-to-action",
            "Table of Contents => nav",
            "Loading prices for your region… => placeholder",
            "Loading... => placeholder",
            "A compact camera on a bike mount. Photo: Jane Doe => photo-credit",
            "Acme Books logo. => w3m-artefact",
            "Jane Doe Avatar => w3m-artefact",
            "Benny Snyder, AP => photo-credit",
            "Photo / Getty Images => photo-credit",
            "When you buy through our links, we may earn a commission. => promo",
            "For daily tips, sign up for our weekly newsletter. => promo",
            "We will never sell your information. Unsubscribe at any time. => promo",
            "Please enable JavaScript to view the comments. => promo",
            "Contact the author of this article with questions or tips. => promo",
            "Related Tags: health, economy => tags",
            "( ) Yes, they are a sensible approach => form-field",
            "(*) Not sure => form-field",
            "您现在所在的位置：首页 > 新闻 > 分类新闻 > 国企红筹 > 《神州能源》发改委：２０１２年可能出现部分地区电煤供需失衡 => breadcrumb",
    })
    void chromeLinesGetTheirRule(String line, String rule) {
        assertThat(classifier.classify(line.strip())).isEqualTo(rule);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "━━━━━━━━━━ => horizontal-rule => w3m-artefact",
            "[ ] [Post Comment] => comment-button => comment-box",
            "[Subscribe] => w3m-brackets => w3m-artefact",
            "Garden toolsGarden tools => doubled-alt-text => w3m-artefact",
            "( ) Yes, they are a sensible approach => radio-button => form-field",
            "本网版权相关声明： => disclaimer-heading => disclaimer",
            "Next Article: Work out and bare your soles => next-story => read-more",
            "评论673条 => comment-count => comment-box",
            "https://example.com/news => url-only => nav",
            "We use cookies to improve your experience => cookie-notice => cookie-banner",
            "• Reddit => share-item => share",
            "Advertise => ad-heading => ad",
            "Posted by Jane Doe on 4 March 2024 => dateline => metadata-line",
            "Photo / Getty Images => agency-credit => photo-credit",
            "01-17 Council votes to close the old bridge for repairs => dated-headline => link-list",
            "• Bridge to reopen in spring => bulleted-link => link-list",
            "Home | News | Sport | Weather => menu-row => nav",
            "English | 中文 => language-links => nav",
            // issue 14, unseen sites: labelled captions, thanks-to credits, bracketed credits, sponsor labels, tag rows
            "图注：一名工人在港口的集装箱码头上检查货物，这是当天的第一班船 => caption-label => photo-credit",
            "Image caption Firefighters worked through the night to contain the blaze near the river => caption-label => photo-credit",
            "ขอบคุณข้อมูลจาก : เพจ สถานีดับเพลิงประจำจังหวัด => thanks-credit => photo-credit",
            "ขอขอบคุณภาพจากคุณ @someone => thanks-credit => photo-credit",
            "(Credit: Getty) => bracketed-credit => photo-credit",
            "Người dân xếp hàng chờ lên phà tại bến sáng nay. (Ảnh: Minh Anh). => bracketed-credit => photo-credit",
            "สนับสนุนเนื้อหา => ad-heading => ad",
            "Sponsored content => ad-heading => ad",
            "แท็กที่เกี่ยวข้อง น้ำท่วม ภาคเหนือ เชียงใหม่ => tag-row => tags",
            "文章标签 旅行 露营 摄影 => tag-row => tags",
            "Tags Politics Economy Europe => tag-row => tags",
            "個人分類：攝影 => tags => tags",
            "Category: Gardening => tags => tags",
            "Read the full transcript of the interview => read-more => read-more"})
    void eachRemovedLineNamesTheRowOfTheTableThatRemovedIt(String line, String row, String rule) {
        LineClassifier.Rule fired = classifier.ruleFor(line);
        assertThat(fired.name()).isEqualTo(row);
        assertThat(fired.id()).isEqualTo(rule);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "中新社北京1月19日电 (记者 刘育英)中国—东盟数字生态合作论坛、第五次中国—东盟数字部长会议本周相继在泰国曼谷召开。",
            "Theo ghi nhận tại các doanh nghiệp, thị trường lao động ổn định sau Tết Nguyên đán.",
            "The Health Ministry reported that within the first 13 days of January, 1,500 cases were recorded.",
            "野化训练",
            "(记者黄婉、甘智锐 通讯员钟夏波)",
            "• Fast, intuitive, and accurate payroll process.",
            "• Global Payroll: Pays employees and contractors in 150+ countries, with localized tax",
            "警方于2012年1月17日在现场发现两名伤者，随即送院治理。",
            "Buy now, pay later plans grew fast last year as shoppers turned to them for everyday purchases.",
            "The shop sells the same tools twice as cheaply online.",
            "Loading the trucks took all night.",
            "The company changed its logo last year after the merger with its rival.",
            "Learning Englishlearningenglish.voanews.com",
            // issue 14: the new rows stay off prose that opens with their words
            "Captions on the screen were wrong for most of the broadcast, viewers said.",
            "Tags are sold at the door and the money goes to the school.",
            "ภาพจากกล้องวงจรปิดพบว่าคนร้ายขับรถจักรยานยนต์หลบหนีไปทางทิศเหนือของหมู่บ้านก่อนที่เจ้าหน้าที่ตำรวจจะเดินทางมาถึงที่เกิดเหตุในเวลาต่อมา",
            "Sponsored by the city, the festival drew twice as many visitors as last year.",
            "市长在开幕式上致辞。(资料图)",
    })
    void articleLinesHaveNoRule(String line) {
        assertThat(classifier.classify(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"激发地区数字化发展内生动力。(完)", "The talks will resume next week. (END)", "【责任编辑:张三】"})
    void endMarkers(String line) {
        assertThat(classifier.isEndMarker(line)).isTrue();
    }

    @Test
    void piecesOfAFormLeftByW3mAreFormFields() {
        for (String line : new String[] {"[", "]", "{} [+]", "] Name*", "] Email*", "Label ["}) {
            assertThat(classifier.classify(line)).as(line).isEqualTo(LineClassifier.FORM);
        }
        assertThat(classifier.classify("[1] See the notes below for the method.")).isNull();
    }

    @Test
    void theCommentFormsSubmitButtonOpensTheCommentSection() {
        assertThat(classifier.classify("[ ] [Post Comment]")).isEqualTo(LineClassifier.COMMENTS);
        assertThat(classifier.classify("[Subscribe]")).isEqualTo(LineClassifier.W3M_ARTEFACT);
    }

    @Test
    void aListItemNamingOneSocialNetworkIsAShareButton() {
        assertThat(classifier.classify("  • Reddit")).isEqualTo(LineClassifier.SHARE);
        assertThat(classifier.classify("• Email")).isEqualTo(LineClassifier.SHARE);
        assertThat(classifier.classify("Email")).isNotEqualTo(LineClassifier.SHARE);
        assertThat(classifier.classify("• Reddit users rallied behind the campaign this week.")).isNotEqualTo(LineClassifier.SHARE);
    }

    @Test
    void aListItemMentioningCookiesIsNoCookieBanner() {
        assertThat(classifier.classify("We use cookies to improve your experience")).isEqualTo(LineClassifier.COOKIE);
        assertThat(classifier.classify("• Cacao nibs – a treat for all the cookie dough lovers")).isNotEqualTo(LineClassifier.COOKIE);
    }

    @Test
    void aPhotoCourtesyLineIsACreditAndAnAdvertiseLinkIsAnAdSlot() {
        assertThat(classifier.classify("Photo courtesy Method Studio")).isEqualTo(LineClassifier.PHOTO);
        assertThat(classifier.classify("Advertise")).isEqualTo(LineClassifier.AD);
        assertThat(classifier.classify("Advertisers spent less on print last year than in any year before it.")).isNull();
    }
}
