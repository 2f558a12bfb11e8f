package dev.mekong.extract.html;

import dev.mekong.model.Article;
import org.junit.jupiter.api.Test;

import static dev.mekong.extract.html.HtmlPageExtractorTest.extract;
import static dev.mekong.extract.html.HtmlPageExtractorTest.page;
import static dev.mekong.extract.html.HtmlPageExtractorTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure kinds issue 14 saw on saved pages of sites outside the dev corpus, each as a small page
 * written by hand in the style of such sites (no page of any site copied).
 */
class UnseenFailureKindsTest {

    static final String EN1 = "The harbour ferry carried its first passengers on Monday morning after a week of repairs to the pier, the operator said.";
    static final String EN2 = "The council said the timetable returns to normal from next week, with extra boats at weekends and on public holidays.";
    static final String EN3 = "Repairs cost less than expected, and the money left over will go to a new waiting room at the northern terminal.";

    private static String megaMenu() {
        StringBuilder sb = new StringBuilder("<header><nav class=\"header__nav\"><ul>");
        for (String s : new String[]{"US", "World", "Politics", "Business", "Markets", "Health", "Entertainment",
                "Style", "Travel", "Sports", "Science", "Climate", "Weather", "Video", "Audio", "Live TV"}) {
            sb.append("<li><a href=\"/").append(s.toLowerCase()).append("\">").append(s).append("</a></li>");
        }
        return sb.append("</ul></nav></header>").toString();
    }

    private static String videoZone() {
        StringBuilder sb = new StringBuilder("<div class=\"zone\"><h2>Watch</h2><ul>");
        for (String s : new String[]{"How the storm reshaped the northern coastline overnight",
                "Residents clear debris from flooded streets in the old town", "Inside the control room keeping the trains running",
                "What forecasters expect from the rest of the season", "A ferry captain on thirty years of crossings",
                "The bakery that stayed open through the blackout"}) {
            sb.append("<li><a href=\"/video\">").append(s).append("</a></li>");
        }
        return sb.append("</ul></div>").toString();
    }

    private static String bigFooter() {
        return "<footer class=\"footer\"><p>Terms of use. Privacy policy. Ad choices. Accessibility and closed captions."
                + " Advertise with us. About us. Newsletters. Transcripts. Work for us. Help center.</p></footer>";
    }

    /** Kind 1: the whole story sits in a wrapper whose class names a rail; the menus outweigh the story. */
    @Test
    void storyInsideAWrapperNamedAfterItsRailIsKept() {
        String html = page("<title>Ferry service resumes after the storm | Harbour News</title>", megaMenu()
                + "<div class=\"layout-with-rail__wrapper\"><div class=\"layout__main\">"
                + "<h1 class=\"headline__text\">Ferry service resumes after the storm</h1>"
                + "<div class=\"article__content\"><p>" + EN1 + "</p><p>" + EN2 + "</p><p>" + EN3 + "</p></div></div>"
                + "<div class=\"layout-with-rail__rail\"><h2>Most read</h2><ul><li><a href=\"/a\">Mayor opens new park</a></li>"
                + "<li><a href=\"/b\">Storm closes coastal road</a></li></ul></div></div>"
                + videoZone() + bigFooter());
        Article a = extract(html);
        assertThat(texts(a)).containsExactly(EN1, EN2, EN3);
        assertThat(a.meta().title()).isEqualTo("Ferry service resumes after the storm");
    }

    static final String ZH = "记者/李华 昨天上午，市图书馆新馆正式开放，首日接待读者超过三千人次，馆方表示周末将延长开放时间。";

    /** Kind 2: a short Chinese story opening with its reporter's name, among a notice, a tip line and a rating box. */
    @Test
    void shortChineseStoryOpeningWithItsReporterIsKeptAndTheNoticesAroundItGo() {
        String html = page("<title>市图书馆新馆开放_新闻中心</title>",
                "<h1>市图书馆新馆开放</h1><div class=\"article-content\">"
                        + "<p>" + ZH + "</p>"
                        + "<p>声明：本文内容仅供参考，如有侵权请联系删除。</p>"
                        + "<p>新闻爆料热线：0571-12345678，欢迎提供新闻线索。</p>"
                        + "<div class=\"pf\"><p>文章评分：有用 (12) 没用 (3)</p></div></div>");
        assertThat(texts(extract(html))).containsExactly(ZH);
    }

    /** Kind 2 in the other languages: the tip line and the rating box around a short story. */
    @Test
    void tipLinesAndRatingBoxesGoInEveryLanguage() {
        String[][] cases = {
                {EN1, "Got a news tip? Email our newsroom at tips@harbour.example.", "Was this article helpful? Yes (12) No (3)"},
                {"Sáng qua, thư viện thành phố mở cửa nhà mới, đón hơn ba nghìn lượt bạn đọc ngay trong ngày đầu tiên hoạt động.",
                        "Báo tin cho chúng tôi qua đường dây nóng 0909 123 456.", "Bạn thấy bài viết này thế nào? Hữu ích (12)"},
                {"ห้องสมุดประชาชนแห่งใหม่ของเมืองเปิดให้บริการเมื่อวานนี้ มีผู้ใช้บริการกว่าสามพันคนในวันแรกของการเปิดให้บริการ",
                        "แจ้งข่าว ร้องเรียน โทร 02-123-4567", "ให้คะแนนบทความนี้ ★★★★☆"},
        };
        for (String[] c : cases) {
            String html = page("<title>Library</title>", "<h1>Library opens its new building</h1><div class=\"article-content\">"
                    + "<p>" + c[0] + "</p><p>" + c[1] + "</p><div class=\"pf\"><p>" + c[2] + "</p></div></div>");
            assertThat(texts(extract(html))).as(c[0]).containsExactly(c[0]);
        }
    }

    /** Kind 3: a line of links to other stories in a heading is neither the title nor article text. */
    @Test
    void aLineOfRelatedStoryLinksIsNeitherTitleNorText() {
        String links = "<a href=\"/1\">Mayor opens new park on the east side</a> <a href=\"/2\">Storm closes the coastal road for a week</a>"
                + " <a href=\"/3\">School board approves the new budget</a> <a href=\"/4\">Rail strike called off after late talks</a>";
        String html = page("<title>Ferry service resumes after the storm - Harbour News</title>",
                "<h1 class=\"strip\">" + links + "</h1><div class=\"story\"><h2>Ferry service resumes after the storm</h2>"
                        + "<p>" + EN1 + "</p><p>" + EN2 + "</p><p>" + EN3 + "</p><p>" + links + "</p></div>");
        Article a = extract(html);
        assertThat(a.meta().title()).isEqualTo("Ferry service resumes after the storm");
        assertThat(texts(a)).containsExactly(EN1, EN2, EN3);
    }

    /** Kind 4: what sites put after the story: section promos, a paywall prompt, "Article content" markers, social promos. */
    @Test
    void regionsAfterTheStoryGo() {
        String html = page("<title>Ferry service resumes after the storm</title>",
                "<article><h1>Ferry service resumes after the storm</h1><div class=\"story-body\">"
                        + "<p>" + EN1 + "</p><p>Article content</p><p>" + EN2 + "</p><p>Article content</p><p>" + EN3 + "</p>"
                        + "<p>Subscribe now to keep reading and get unlimited access to every story.</p>"
                        + "<p>Already a subscriber? Sign in</p>"
                        + "<h3>Podcasts</h3><p><a href=\"/podcasts\">Listen to our daily news podcast</a>, every weekday morning.</p>"
                        + "<h3>Jobs</h3><p><a href=\"/jobs\">Find your next job</a> on our careers board.</p>"
                        + "<h3>Events</h3><p><a href=\"/events\">See what is on</a> in the city this weekend.</p>"
                        + "<p>Follow Harbour News on Instagram for more stories from the waterfront.</p>"
                        + "</div></article>");
        assertThat(texts(extract(html))).containsExactly(EN1, EN2, EN3);
    }

    /** Kind 4 in the other languages: the paywall prompt. */
    @Test
    void paywallPromptsGoInEveryLanguage() {
        String[][] cases = {
                {ZH, "开通会员后可阅读全文"},
                {"Sáng qua, thư viện thành phố mở cửa nhà mới, đón hơn ba nghìn lượt bạn đọc ngay trong ngày đầu tiên hoạt động.",
                        "Đăng ký gói thành viên để đọc tiếp bài viết"},
                {"ห้องสมุดประชาชนแห่งใหม่ของเมืองเปิดให้บริการเมื่อวานนี้ มีผู้ใช้บริการกว่าสามพันคนในวันแรกของการเปิดให้บริการ",
                        "สมัครสมาชิกเพื่ออ่านต่อ"},
        };
        for (String[] c : cases) {
            String html = page("<title>Library</title>", "<h1>Library opens its new building</h1><div class=\"article-content\">"
                    + "<p>" + c[0] + "</p><p>" + c[1] + "</p></div>");
            assertThat(texts(extract(html))).as(c[1]).containsExactly(c[0]);
        }
    }

    /** A page whose only headline is its section's name publishes no section name as the title, and says so. */
    @Test
    void aSectionNameAsTheOnlyHeadlineIsNoTitle() {
        String html = page("<title>Politics</title>", "<h1>Politics</h1><div class=\"story\"><p>" + EN1 + "</p><p>" + EN2 + "</p></div>");
        Article a = extract(html);
        assertThat(a.meta().title()).isEqualTo("The harbour ferry carried its first passengers on Monday morning after a week of repairs…");
        assertThat(a.meta().titleConfidence()).isEqualTo(dev.mekong.model.Metadata.LOW_CONFIDENCE);
    }

    static final String EN4 = "The new timetable adds a late boat on Fridays and Saturdays, which the council said would help staff at the harbour restaurants.";

    /** Issue 14: the rest of a story sits in a "read more" box that opens when clicked; it is the story, not a list of others. */
    @Test
    void theRestOfTheStoryInAReadMoreBoxIsKept() {
        String html = page("<title>Ferry service resumes after the storm | Harbour News</title>",
                "<h1>Ferry service resumes after the storm</h1><div class=\"story\"><p>" + EN1 + "</p><p>" + EN2 + "</p>"
                        + "<div id=\"read-more\"><div id=\"read-more-content\"><p>" + EN3 + "</p><p>" + EN4 + "</p></div></div></div>"
                        + "<div class=\"more-news\"><h3>More news</h3><ul><li><a href=\"/a\">Mayor opens new park on the east side</a></li>"
                        + "<li><a href=\"/b\">Storm closes the coastal road for a week</a></li></ul></div>");
        assertThat(texts(extract(html))).containsExactly(EN1, EN2, EN3, EN4);
    }

    static final String ZH2 = "市图书馆新馆昨天正式开放，首日接待读者超过三千人次，馆方表示周末将延长开放时间。";
    static final String ZH3 = "新馆共有五层，一楼设有儿童阅览区和自助借还书机，顶层是可以俯瞰江景的自习室。";

    /** Issue 14: a labelled caption, the original title and the producer and author lines after a Chinese story. */
    @Test
    void labelledCaptionOriginalTitleAndProducerLinesGo() {
        String html = page("<title>市图书馆新馆开放_新闻中心</title>",
                "<h1>市图书馆新馆开放</h1><div class=\"article-content\"><p>" + ZH2 + "</p>"
                        + "<p>图注：新馆一楼的儿童阅览区，开馆当天坐满了小读者</p><p>" + ZH3 + "</p>"
                        + "<p>原标题：城市的新书房来了</p><p>出品︱城市周刊编辑部</p><p>作者︱小林</p></div>");
        assertThat(texts(extract(html))).containsExactly(ZH2, ZH3);
    }

    static final String TH1 = "โรงพยาบาลประจำจังหวัดเชิญชวนประชาชนร่วมบริจาคโลหิตทุกหมู่ หลังพบว่าปริมาณโลหิตสำรองในคลังลดลงต่ำกว่าระดับที่ปลอดภัยติดต่อกันเป็นสัปดาห์ที่สอง";

    /** Issue 14: captions labelled or closed by a bracketed credit, and a thanks-to credit line. */
    @Test
    void captionsAndThanksToCreditLinesGo() {
        String html = page("<title>Ferry service resumes after the storm | Harbour News</title>",
                "<h1>Ferry service resumes after the storm</h1><div class=\"story\"><p>" + EN1 + "</p>"
                        + "<p>Image caption The first boat left the pier at dawn</p><p>" + EN2 + "</p>"
                        + "<p>Passengers queue at the pier before the first crossing. (Photo: Jane Doe)</p><p>" + EN3 + "</p>"
                        + "<p>" + TH1 + "</p><p>ขอบคุณข้อมูลจาก : เพจ โรงพยาบาลประจำจังหวัด</p></div>");
        assertThat(texts(extract(html))).containsExactly(EN1, EN2, EN3, TH1);
    }
}
