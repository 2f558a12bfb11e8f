package dev.mekong.extract.text;

import dev.mekong.model.Block;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure kinds issue 14 saw on text copies of sites outside the dev corpus, each as a small page
 * written by hand in the style of such sites (no page of any site copied).
 */
class UnseenFailureKindsTest {

    private final TextPageExtractor extractor = new TextPageExtractor();

    static final String EN1 = "The harbour ferry carried its first passengers on Monday morning after a week of repairs to the pier, the operator said.";
    static final String EN2 = "The council said the timetable returns to normal from next week, with extra boats at weekends and on public holidays.";
    static final String EN3 = "Repairs cost less than expected, and the money left over will go to a new waiting room at the northern terminal.";

    /** Kind 1: carousels of other stories' headlines before and after the story. */
    @Test
    void relatedNewsCarouselsAroundTheStoryGo() {
        String page = """
                Harbour News
                Sign in
                Top Stories
                Mayor opens new park on the east side
                2 hours ago
                Storm closes the coastal road for a week
                3 hours ago
                School board approves the new budget
                5 hours ago
                Local
                Ferry service resumes after the storm
                By Ann Miller
                March 4, 2024
                %s

                %s

                %s

                More Local News
                Rail strike called off after late talks
                1 hour ago
                New bakery opens in the old post office
                4 hours ago
                Police appeal for witnesses after crash
                6 hours ago
                Terms of use
                Privacy policy
                """.formatted(EN1, EN2, EN3);
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Ferry service resumes after the storm");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(EN1, EN2, EN3);
    }

    /** Kind 2: a blog post's comment thread. */
    @Test
    void blogCommentThreadGoes() {
        String page = """
                Garden Notes
                Winter Care for Young Fruit Trees
                Posted on March 4, 2024 by Ann
                Young trees lose more water in winter than most gardeners expect, and a dry root ball freezes deeper than a moist one.

                Water deeply in late autumn, before the ground freezes, and again during any mild spell that thaws the soil.

                12 thoughts on “Winter Care for Young Fruit Trees”
                Tom Baker
                March 5, 2024 at 9:14 am
                Thanks, this saved my little apple tree last year. I wrapped the trunk just as you said.
                Reply
                Jane
                March 6, 2024 at 7:02 pm
                Do you water potted trees the same way, or less often during the winter months?
                Reply
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "Young trees lose more water in winter than most gardeners expect, and a dry root ball freezes deeper than a moist one.",
                "Water deeply in late autumn, before the ground freezes, and again during any mild spell that thaws the soil.");
    }

    /** Kind 3: a box inside the story (a newsletter sign-up) does not end it. */
    @Test
    void storyGoesOnAfterAnInlineBox() {
        String page = """
                Ferry service resumes after the storm
                March 4, 2024
                %s

                Sign up for our morning newsletter
                Get the day's top stories in your inbox.
                Sign up

                %s

                %s
                """.formatted(EN1, EN2, EN3);
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(EN1, EN2, EN3);
    }

    /** Kind 3, the paywall: a prompt inside the copy neither ends the story nor stays in it, in every language. */
    @Test
    void paywallPromptInsideTheStoryGoesInEveryLanguage() {
        String vi1 = "Sáng qua, thư viện thành phố mở cửa nhà mới, đón hơn ba nghìn lượt bạn đọc ngay trong ngày đầu tiên hoạt động.";
        String vi2 = "Giám đốc thư viện cho biết nhà mới có hai nghìn chỗ ngồi, khu đọc sách cho thiếu nhi và phòng tự học yên tĩnh.";
        String[][] cases = {
                {"Ferry service resumes after the storm", EN1, "Subscribe to continue reading", EN2},
                {"Thư viện thành phố mở cửa nhà mới", vi1, "Đăng ký thành viên để đọc tiếp", vi2},
                {"ห้องสมุดแห่งใหม่เปิดให้บริการวันแรก", TH1, "สมัครสมาชิกเพื่ออ่านต่อ", TH2},
                {"市图书馆新馆开放", ZH1, "开通会员阅读全文", ZH2},
        };
        for (String[] c : cases) {
            String page = c[0] + "\n\n" + c[1] + "\n\n" + c[2] + "\n\n" + c[3] + "\n";
            TextPageExtractor.Extraction x = extractor.extract(page);
            assertThat(x.blocks()).as(c[2]).extracting(Block::plainText).containsExactly(c[1], c[3]);
        }
    }

    /** Kind 4: a buying guide's numbered items, each a short name, a price line and a paragraph. */
    @Test
    void longBuyingGuideIsReadToItsLastItem() {
        StringBuilder sb = new StringBuilder("The Best Electric Kettles of 2024\nBy Ann Miller\n"
                + "We tested twenty kettles over three months, boiling water for tea, coffee and pasta, to find the ones worth buying.\n\n");
        String[] names = {"Acme Rapid Boil", "Brightline Glass", "Cobalt Mini", "Delta Variable", "Everest Steel", "Fjord Quiet"};
        for (int i = 0; i < names.length; i++) {
            sb.append(i + 1).append(". ").append(names[i]).append("\n")
                    .append("$").append(30 + i * 10).append(" at Amazon\n")
                    .append("The ").append(names[i]).append(" boiled a full litre in under four minutes, and its lid opens wide enough to clean the inside by hand.\n\n");
        }
        sb.append("Related Reviews\nThe Best Toasters\nThe Best Coffee Grinders\n");
        TextPageExtractor.Extraction x = extractor.extract(sb.toString());
        assertThat(x.blocks()).extracting(Block::plainText)
                .contains("The Fjord Quiet boiled a full litre in under four minutes, and its lid opens wide enough to clean the inside by hand.")
                .doesNotContain("The Best Toasters");
    }

    /** Kind 5: the title is the story's headline, not a related story's above it, nor the byline. */
    @Test
    void titleIsNeitherARelatedHeadlineNorTheByline() {
        String page = """
                Harbour News
                Read next: Storm closes the coastal road for a week
                By Ann Miller, Staff Writer
                Ferry service resumes after the storm
                Updated March 4, 2024
                %s

                %s

                %s
                """.formatted(EN1, EN2, EN3);
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Ferry service resumes after the storm");
    }

    static final String ZH1 = "昨天上午，市图书馆新馆正式开放，首日接待读者超过三千人次，馆方表示周末将延长开放时间至晚上九点。";
    static final String ZH2 = "新馆共有阅览座位两千个，并设有少儿阅读区和自习室，市民可凭身份证免费办理借书证。";

    /** Kind 6: a Chinese portal page whose other-news columns and top-10 list come before the story. */
    @Test
    void chinesePortalColumnsAndTopListBeforeTheStoryGo() {
        String page = """
                新闻中心
                首页 | 国内 | 国际 | 社会 | 财经 | 体育
                要闻
                · 全市春运客流创新高
                · 地铁三号线年底通车
                · 高温天气持续一周
                排行榜
                1 全市春运客流创新高
                2 地铁三号线年底通车
                3 高温天气持续一周
                4 市区新增两座公园
                5 明日起部分公交线路调整
                6 本周末将迎来强降温
                7 多所中学公布招生计划
                8 老城区改造启动
                9 春季招聘会下周举行
                10 新机场航站楼封顶
                市图书馆新馆开放 首日接待读者三千人次
                2024-03-04 10:20 来源：本地日报
                %s

                %s

                责任编辑：王明
                """.formatted(ZH1, ZH2);
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("市图书馆新馆开放 首日接待读者三千人次");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(ZH1, ZH2);
    }

    static final String TH1 = "ห้องสมุดประชาชนแห่งใหม่ของเมืองเปิดให้บริการเมื่อวานนี้ มีผู้ใช้บริการกว่าสามพันคนในวันแรก และจะขยายเวลาเปิดในวันหยุดสุดสัปดาห์";
    static final String TH2 = "ผู้อำนวยการห้องสมุดกล่าวว่า ห้องสมุดมีที่นั่งอ่านหนังสือสองพันที่ พร้อมมุมอ่านหนังสือสำหรับเด็กและห้องทำงานเงียบ";

    /** Kind 7: a Thai template's login links and section names around the story; a section name is no title. */
    @Test
    void thaiLoginLinksAndSectionNamesGoAndAreNoTitle() {
        String page = """
                เข้าสู่ระบบ
                สมัครสมาชิก
                ข่าว
                การเมือง
                เศรษฐกิจ
                กีฬา
                บันเทิง
                ไลฟ์สไตล์
                ห้องสมุดแห่งใหม่เปิดให้บริการวันแรก
                4 มี.ค. 2567 10:20 น.
                %s

                %s

                ข่าวที่เกี่ยวข้อง
                ฝนตกหนักทั่วกรุงเทพฯ
                รถไฟฟ้าสายใหม่เปิดทดลองวิ่ง
                """.formatted(TH1, TH2);
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("ห้องสมุดแห่งใหม่เปิดให้บริการวันแรก");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(TH1, TH2);
    }

    /** Kind 7, the Vietnamese page of the same template as a comparison. */
    @Test
    void vietnameseLoginLinksAndSectionNamesGoAndAreNoTitle() {
        String vi1 = "Sáng qua, thư viện thành phố mở cửa nhà mới, đón hơn ba nghìn lượt bạn đọc ngay trong ngày đầu tiên hoạt động.";
        String vi2 = "Giám đốc thư viện cho biết nhà mới có hai nghìn chỗ ngồi, khu đọc sách cho thiếu nhi và phòng tự học yên tĩnh.";
        String page = """
                Đăng nhập
                Đăng ký
                Thời sự
                Chính trị
                Kinh doanh
                Thể thao
                Giải trí
                Thư viện thành phố mở cửa nhà mới
                04/03/2024 10:20
                %s

                %s

                Tin liên quan
                Mưa lớn khắp thành phố
                Tuyến metro mới chạy thử
                """.formatted(vi1, vi2);
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Thư viện thành phố mở cửa nhà mới");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(vi1, vi2);
    }
}
