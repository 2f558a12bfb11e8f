package dev.mekong.extract.html;

import dev.mekong.ingest.DecodedInput;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.ingest.InputFormat;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlPageExtractorTest {

    static final String P1 = "The council approved the new harbour budget on Tuesday, after a debate that lasted most of the afternoon and ended with a narrow vote.";
    static final String P2 = "Supporters said the plan would repair the old piers within three years, while critics argued that the cost estimates were far too optimistic.";
    static final String P3 = "The mayor said work would begin in the spring, once the contracts have been signed and the first payments released by the treasury.";

    static Article extract(String html) {
        return extract(new HtmlPageExtractor(), html);
    }

    static Article extract(HtmlPageExtractor extractor, String html) {
        return extractor.extract(new DecodedInput("page.html", InputFormat.HTML, html, "UTF-8", "0", html.length()));
    }

    static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    static String article(String inner) {
        return "<article><h1>Council passes harbour budget</h1><div class=\"story-body\">" + inner + "</div></article>";
    }

    static String threeParagraphs() {
        return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    static List<String> texts(Article a) {
        return a.blocks().stream().map(Block::plainText).toList();
    }

    @Nested
    class Structure {

        @Test
        void paragraphsHeadingsListsQuotesAndTablesKeepTheirTypes() {
            String html = page("<title>Council passes harbour budget</title>", article(
                    "<p>" + P1 + "</p><h2>What happens next</h2><p>" + P2 + "</p>"
                            + "<ol><li>Repair the north pier</li><li>Dredge the channel</li></ol>"
                            + "<blockquote><p>We have waited long enough.</p></blockquote>"
                            + "<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Piers</td><td>4.1m</td></tr></table>"
                            + "<h3>Funding</h3><p>" + P3 + "</p>"));
            Article a = extract(html);
            assertThat(a.blocks()).containsExactly(
                    Block.paragraph(P1),
                    Block.of(Block.HEADING2, "What happens next"),
                    Block.paragraph(P2),
                    new Block(Block.ORDERED_LIST, null, List.of("Repair the north pier", "Dredge the channel"), null, null),
                    Block.of(Block.QUOTE, "We have waited long enough."),
                    new Block(Block.TABLE, null, List.of("Item\tCost", "Piers\t4.1m"), null, null),
                    Block.of(Block.HEADING3, "Funding"),
                    Block.paragraph(P3));
        }

        @Test
        void storyCutInTwoAroundAnInlineBoxKeepsBothParts() {
            String html = page("", "<h1>Council passes harbour budget</h1><div id=\"page\">"
                    + "<div class=\"part\"><div><p>" + P1 + "</p></div></div>"
                    + "<div class=\"inline-box\"><p>Text size</p></div>"
                    + "<div class=\"part\"><div><p>" + P2 + "</p><p>" + P3 + "</p></div></div></div>");
            assertThat(texts(extract(html))).containsExactly(P1, P2, P3);
        }

        @Test
        void shortStoryThatOpensWithThePageSummaryBeatsALongerBlockOfTeasers() {
            String lead = "Ferry fares will rise by five percent in March, the operator said on Monday, citing fuel costs and wages.";
            StringBuilder teasers = new StringBuilder();
            for (String place : List.of("north", "south", "east", "west", "inner")) {
                teasers.append("<p><a href=\"/").append(place).append("\">In the ").append(place).append(" district</a>, residents met"
                        + " on Friday to discuss parking and the new market hours with the council.</p>");
            }
            String html = page("<meta property=\"og:description\" content=\"" + lead + "\">",
                    "<div class=\"col-a\"><div class=\"inner\"><p>" + lead + "</p></div></div>"
                            + "<div class=\"col-b\"><div class=\"list\">" + teasers + "</div></div>");
            assertThat(texts(extract(html))).containsExactly(lead);
        }

        @Test
        void summaryPrintedAboveTheStoryDoesNotPullTheArticleIntoTheHeader() {
            String summary = "The harbour budget passed after a long debate, with repairs to start in spring.";
            String html = page("<meta property=\"og:description\" content=\"" + summary + "\">",
                    "<div class=\"head\"><h1>Council passes harbour budget</h1><p>" + summary + "</p></div>"
                            + "<div class=\"col\">" + threeParagraphs() + "</div>");
            assertThat(texts(extract(html))).containsExactly(summary, P1, P2, P3);
        }

        @Test
        void figureKeepsCaptionAndResolvesImageAgainstCanonicalUrl() {
            String html = page("<link rel=\"canonical\" href=\"https://news.example/a/1.html\">",
                    article("<p>" + P1 + "</p><figure><img src=\"/img/pier.jpg\"><figcaption>The north pier at dawn.</figcaption></figure><p>" + P2 + "</p>"));
            assertThat(extract(html).blocks()).contains(
                    new Block(Block.FIGURE, "The north pier at dawn.", null, "https://news.example/img/pier.jpg", null));
        }

        @Test
        void anUncaptionedFigureKeepsItsImagesAltACaptionedOneItsCaption() {
            String html = page("<link rel=\"canonical\" href=\"https://news.example/a/1.html\">",
                    article("<p>" + P1 + "</p><figure><img src=\"/img/dam.jpg\" alt=\"  The dam\n at dusk \"></figure>"
                            + "<figure><img src=\"/img/pier.jpg\" alt=\"pier\"><figcaption>The north pier at dawn.</figcaption></figure>"
                            + "<p>" + P2 + "</p>"));
            assertThat(extract(html).blocks()).containsExactly(Block.paragraph(P1),
                    new Block(Block.FIGURE, null, null, "https://news.example/img/dam.jpg", null, "The dam at dusk"),
                    new Block(Block.FIGURE, "The north pier at dawn.", null, "https://news.example/img/pier.jpg", null),
                    Block.paragraph(P2));
        }

        @Test
        void tableWrappedInAFigureIsReadAsATable() {
            String html = page("", article("<p>" + P1 + "</p><figure class=\"wp-block-table\"><table><tr><td>Pier</td><td>Cost</td></tr>"
                    + "<tr><td>North</td><td>4.1m</td></tr></table><figcaption>Costs by pier</figcaption></figure><p>" + P2 + "</p>"));
            assertThat(extract(html).blocks()).containsExactly(Block.paragraph(P1),
                    new Block(Block.TABLE, null, List.of("Pier\tCost", "North\t4.1m"), null, null),
                    Block.paragraph("Costs by pier"), Block.paragraph(P2));
        }

        @Test
        void figureWhoseCaptionIsOnlyACreditKeepsItsImage() {
            String html = page("<link rel=\"canonical\" href=\"https://news.example/a/1.html\">",
                    article("<p>" + P1 + "</p><figure><img src=\"/img/a.jpg\"><figcaption>Ảnh: Internet</figcaption></figure>"
                            + "<figure><img src=\"/img/b.jpg\"><figcaption>图片来源：网络</figcaption></figure>"
                            + "<figure><img src=\"/img/c.jpg\"><figcaption>Source</figcaption></figure><p>" + P2 + "</p>"));
            Article a = extract(html);
            assertThat(a.blocks()).containsExactly(Block.paragraph(P1),
                    new Block(Block.FIGURE, null, null, "https://news.example/img/a.jpg", null),
                    new Block(Block.FIGURE, null, null, "https://news.example/img/b.jpg", null),
                    new Block(Block.FIGURE, null, null, "https://news.example/img/c.jpg", null),
                    Block.paragraph(P2));
            assertThat(a.removed()).contains(new Removed("Ảnh: Internet", "photo-credit"),
                    new Removed("图片来源：网络", "photo-credit"), new Removed("Source", "photo-credit"));
        }

        @Test
        void captionParagraphEndingInAPictureCreditIsDropped() {
            String caption = "The old north pier before the storm (Picture: Harbour Archive/J. Smith)";
            String html = page("", article("<p>" + caption + "</p>" + threeParagraphs()));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed(caption, "photo-credit"));
        }

        @Test
        void captionEndingInPictureAndSourceCreditsAndAStaffBylineAreDropped() {
            String caption = "The north pier will be rebuilt first. Picture: AFP PHOTO Source: news.example";
            String html = page("", article("<p>Harbour Herald Staff</p><p>" + caption + "</p>" + threeParagraphs()));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed(caption, "photo-credit"), new Removed("Harbour Herald Staff", "byline"));
        }

        @Test
        void lineBreaksSplitParagraphsInOldTableLayouts() {
            String html = page("", "<table><tr><td class=\"nav\"><a href=\"/\">Home</a></td></tr><tr><td>"
                    + P1 + "<br><br>" + P2 + "<br>" + P3 + "</td></tr></table>");
            assertThat(texts(extract(html))).containsExactly(P1, P2, P3);
        }

        @Test
        void shortChineseArticleIsNotMistakenForBoilerplate() {
            String zh = "本报讯（记者王小明）昨天上午，市图书馆新馆正式开放，首日接待读者超过三千人次。";
            String zh2 = "新馆位于江北新区，建筑面积两万平方米，藏书一百二十万册。";
            String html = page("<title>市图书馆新馆开放_新闻中心_某某网</title>",
                    "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a> <a href=\"/sports\">体育</a> <a href=\"/ent\">娱乐</a></div>"
                            + "<h1>市图书馆新馆开放</h1><div id=\"zw\"><p>" + zh + "</p><p>" + zh2 + "</p></div>"
                            + "<ul class=\"list\"><li><a href=\"/1\">本市今年将新建十所学校</a></li><li><a href=\"/2\">江北新区地铁线路年底通车</a></li></ul>");
            Article a = extract(html);
            assertThat(a.title()).isEqualTo("市图书馆新馆开放");
            assertThat(texts(a)).containsExactly(zh, zh2);
        }

        @Test
        void pageWithoutTextIsRejected() {
            assertThatThrownBy(() -> extract("<html><body><script>var a = 1;</script></body></html>"))
                    .isInstanceOf(InputRejectedException.class);
        }
    }

    @Nested
    class ChromeRemoval {

        @Test
        void markupNamedRegionsAreDroppedWithTheirRule() {
            String html = page("<title>Council passes harbour budget</title>",
                    "<nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav>"
                            + "<div class=\"breadcrumb\"><a href=\"/\">Home</a> › <a href=\"/local\">Local</a></div>"
                            + article(threeParagraphs()
                            + "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">X</a></div>")
                            + "<section class=\"related-news\"><h3>More news</h3><ul><li><a href=\"/b\">Bridge closed for repairs</a></li></ul></section>"
                            + "<div id=\"comments\"><p>Great news for the town, finally someone acts on the piers and the harbour.</p></div>"
                            + "<div class=\"newsletter-box\"><p>Get our daily email.</p></div>"
                            + "<footer><p>Harbour Herald, 1 Quay Road</p></footer>");
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(
                    new Removed("Home Local", "nav"),
                    new Removed("Home › Local", "breadcrumb"),
                    new Removed("Facebook X", "share"),
                    new Removed("More news Bridge closed for repairs", "related-list"),
                    new Removed("Great news for the town, finally someone acts on the piers and the harbour.", "comment"),
                    new Removed("Get our daily email.", "newsletter"),
                    new Removed("Harbour Herald, 1 Quay Road", "footer"));
        }

        @Test
        void blockWhoseEveryLinkGoesThroughAnAdServerIsAnAd() {
            String html = page("", article(threeParagraphs())
                    + "<div class=\"extras\"><h2>Extras</h2><div class=\"item\"><a href=\"http://ad.doubleclick.net/clk;1;2;j?http://shop.example/\">Holiday Rentals</a>"
                    + "From 20 pounds per night, book now</div></div>");
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed("Extras Holiday RentalsFrom 20 pounds per night, book now", "ad"));
        }

        @Test
        void chineseBracketedEditorCreditsAreDropped() {
            String html = page("", article(threeParagraphs() + "<p>(李军伟 编译)</p><p>【作者：综合报道 】 (责任编辑：王娟)</p>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed("(李军伟 编译)", "editor"),
                    new Removed("【作者：综合报道 】 (责任编辑：王娟)", "editor"));
        }

        @Test
        void bracketedFollowUsLineIsDropped() {
            String line = "(For updates you can share with your friends, follow Harbour Herald on Facebook, Twitter and Google+)";
            String html = page("", article(threeParagraphs() + "<p>" + line + "</p>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed(line, "share"));
        }

        @Test
        void cookieBannerIsDropped() {
            String html = page("", "<div class=\"cookie-notice\"><p>We use cookies to give you the best experience.</p></div>"
                    + article(threeParagraphs()));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed("We use cookies to give you the best experience.", "cookie-banner"));
        }

        @Test
        void chromeLinesInsideTheArticleAreDroppedInEveryLanguage() {
            String html = page("", article(threeParagraphs()
                    + "<p>© 2025 Harbour Herald. All rights reserved.</p>"
                    + "<p>（责任编辑：李明）</p>"
                    + "<p>来源：新华社</p>"
                    + "<p>免责声明：本文仅代表作者本人观点，与本网站无关。</p>"
                    + "<p>Bản quyền thuộc về Báo Cảng Biển.</p>"
                    + "<p>สงวนลิขสิทธิ์ 2568 ข่าวท่าเรือ</p>"
                    + "<p>Share this article</p>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(
                    new Removed("© 2025 Harbour Herald. All rights reserved.", "copyright"),
                    new Removed("（责任编辑：李明）", "editor"),
                    new Removed("来源：新华社", "source"),
                    new Removed("免责声明：本文仅代表作者本人观点，与本网站无关。", "disclaimer"),
                    new Removed("Bản quyền thuộc về Báo Cảng Biển.", "copyright"),
                    new Removed("สงวนลิขสิทธิ์ 2568 ข่าวท่าเรือ", "copyright"),
                    new Removed("Share this article", "share"));
        }

        @Test
        void linkDenseListInsideTheArticleIsDroppedAndItsHeadingWithIt() {
            String html = page("", article(threeParagraphs()
                    + "<h3>Elsewhere</h3><ul><li><a href=\"/1\">Ferry timetable changes</a></li><li><a href=\"/2\">New bus lanes</a></li></ul>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(
                    new Removed("Ferry timetable changes New bus lanes", "link-dense"),
                    new Removed("Elsewhere", "link-dense"));
        }

        @Test
        void headingOpenedBySubheadingKeepsItsSection() {
            String html = page("", article("<p>" + P1 + "</p><h2>The options</h2><h3>Repair</h3><p>" + P2 + "</p>"
                    + "<h3>Rebuild</h3><p>" + P3 + "</p><h3>Elsewhere</h3><ul><li><a href=\"/1\">Ferry timetable changes</a></li></ul>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, "The options", "Repair", P2, "Rebuild", P3);
            assertThat(a.removed()).contains(new Removed("Elsewhere", "link-dense"));
        }

        @Test
        void headingIdSpelledFromItsTextIsNoLayoutCue() {
            String html = page("", article("<p>" + P1 + "</p><h3 id=\"language-design\">Language design</h3><p>" + P2 + "</p>"));
            assertThat(texts(extract(html))).containsExactly(P1, "Language design", P2);
        }

        @Test
        void headingLinkedToItsOwnAnchorIsNoLinkText() {
            String html = page("", article("<h2><a href=\"#\">Menu</a></h2><h2><a href=\"#the-plan\">The plan</a></h2>"
                    + "<p>" + P1 + "</p><p>" + P2 + "</p>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly("The plan", P1, P2);
            assertThat(a.removed()).contains(new Removed("Menu", "link-dense"));
        }

        @Test
        void linkedSectionHeadingAndLinkedNamesSentenceBetweenParagraphsStay() {
            String names = "Bidders were <a href=\"https://a.example/\">Acme Marine</a>, <a href=\"https://b.example/\">Blue Dock Works</a>"
                    + " and <a href=\"https://c.example/\">Coastline Builders</a>.";
            String html = page("", article("<p>" + P1 + "</p><h2><a href=\"https://piers.example/\">North pier</a></h2>"
                    + "<figure><img src=\"https://news.example/pier.jpg\"></figure><p>" + P2 + "</p><p>" + names + "</p>"
                    + "<p><a href=\"/subscribe\">Get the full harbour report today!</a></p><p>" + P3 + "</p>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, "North pier", "", P2,
                    "Bidders were Acme Marine, Blue Dock Works and Coastline Builders.", P3);
            assertThat(a.removed()).contains(new Removed("Get the full harbour report today!", "link-dense"));
        }

        @Test
        void proseBoxNamedAsInsertedAfterTheContentIsDropped() {
            String pitch = "Join the readers' club: meet the editors and read our investigations first.";
            String html = page("", article(threeParagraphs() + "<div class=\"site-after-content\"><p>" + pitch + "</p></div>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed(pitch, "promo"));
        }

        @Test
        void bareWebAddressAndCapitalisedWireCreditAreSourceLines() {
            String html = page("", article("<figure><img src=\"https://news.example/pier.jpg\"><figcaption>photos.example.org</figcaption></figure>"
                    + threeParagraphs() + "<p>- HARBOUR WIRE</p><p>- Harbour wire reporters contributed.</p>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly("", P1, P2, P3, "- Harbour wire reporters contributed.");
            assertThat(a.removed()).contains(new Removed("photos.example.org", "source"), new Removed("- HARBOUR WIRE", "source"));
        }

        @Test
        void sentenceMentioningDonatingIsNoAppealToDonate() {
            String asked = "Why not simply donate to the harbour fund instead, asked one resident.";
            String html = page("", article(threeParagraphs() + "<p>" + asked + "</p><p>Donate to keep our newsroom going</p>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3, asked);
            assertThat(a.removed()).contains(new Removed("Donate to keep our newsroom going", "promo"));
        }

        @Test
        void creditsTeasersSocialAndBreadcrumbLinesAreChromeLines() {
            String[][] lines = {
                    {"With files from the Harbour Wire", "source"},
                    {"Harbour Herald, www.harbourherald.ca", "source"},
                    {"您现在的位置：首页 > 体育 > 正文", "breadcrumb"},
                    {"(JD)", "byline"},
                    {"The north pier at dawn. Photo courtesy Harbour Board", "photo-credit"},
                    {"Read next", "related-list"},
                    {"You may also check:", "related-list"},
                    {"Pier repairs explained Watch Video", "related-list"},
                    {"Pinterest Daily Boats: HarbourHerald", "share"},
                    {"Get more harbour news: Instagram", "share"}};
            StringBuilder tail = new StringBuilder();
            for (String[] line : lines) {
                tail.append("<p>").append(line[0]).append("</p>");
            }
            Article a = extract(page("", article(threeParagraphs() + tail)));
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            for (String[] line : lines) {
                assertThat(a.removed()).contains(new Removed(line[0], line[1]));
            }
        }

        @Test
        void linkedHeadingAfterAShortLeadInSentenceStays() {
            String leadIn = "The council compared three bids in detail:";
            String html = page("", article("<p>" + P1 + "</p><p>" + leadIn + "</p><h3><a href=\"https://a.example/\">Acme Marine</a></h3>"
                    + "<p>" + P2 + "</p><p>" + P3 + "</p>"));
            assertThat(texts(extract(html))).containsExactly(P1, leadIn, "Acme Marine", P2, P3);
        }

        @Test
        void teasersUnderAMostReadHeadingGoWithItUpToTheNextHeadingOfItsRank() {
            String teaser = "Residents of the north district met on Friday to discuss parking and the market hours.";
            String html = page("", article("<p>" + P1 + "</p><p>" + P2 + "</p><h2>最熱門新聞</h2>"
                    + "<div><a href=\"/north\">North district meeting</a></div><p>" + teaser + "</p>"
                    + "<h3>Ferries</h3><p>The night ferry returns on Sunday, the operator said.</p>"
                    + "<h2>Funding</h2><p>" + P3 + "</p>"
                    + "<h2>Related</h2><p>The council will publish the full budget on its website next week.</p>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, "Funding", P3,
                    "The council will publish the full budget on its website next week.");
            assertThat(a.removed()).contains(new Removed("最熱門新聞", "related-list"), new Removed(teaser, "related-list"),
                    new Removed("Ferries", "related-list"));
        }

        @Test
        void readerCommentsAfterTheStoryAreDropped() {
            String html = page("", article(threeParagraphs()
                    + "<p><b>Comments are now closed for this story</b></p>"
                    + "<p><b>Joe</b><br>Great idea, about time.</p>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(
                    new Removed("Comments are now closed for this story", "comment"),
                    new Removed("Joe", "comment"),
                    new Removed("Great idea, about time.", "comment"));
        }

        @Test
        void chineseReaderCommentsIntroducedByWhoCommentedOnWhatAreDropped() {
            String zh = "意大利游轮运营商首席执行官十六日认定，船长人为失误导致游轮搁浅，六人死亡，十五人失踪。";
            String zh2 = "公司表示，船长未经批准改变航线，驶近吉利奥岛，并在撞上礁石后延误了疏散乘客的时间。";
            String zh3 = "救援人员十六日继续在船体内搜寻失踪者，潜水员在水下发现了两名遇难者的遗体，搜救工作仍在进行。";
            String html = page("", "<h1>船长被认定负责</h1><div class=\"text\"><p>" + zh + "</p><p>" + zh2 + "</p><p>" + zh3 + "</p>"
                    + "<p>瑞雪 对游轮搁浅的评论:</p><p>太可怕了，希望失踪的人都能平安回来。</p></div>");
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(zh, zh2, zh3);
            assertThat(a.removed()).contains(new Removed("瑞雪 对游轮搁浅的评论:", "comment"),
                    new Removed("太可怕了，希望失踪的人都能平安回来。", "comment"));
        }

        @Test
        void shortLinkedListBetweenParagraphsIsKept() {
            String html = page("", article("<p>" + P1 + "</p><h3>What to pack</h3>"
                    + "<ul><li><a href=\"/tent\">Tent</a></li><li><a href=\"/stove\">Stove</a></li></ul><p>" + P2 + "</p>"));
            assertThat(extract(html).blocks()).containsExactly(
                    Block.paragraph(P1), Block.of(Block.HEADING3, "What to pack"),
                    new Block(Block.LIST, null, List.of("Tent", "Stove"), null, null), Block.paragraph(P2));
        }

        @Test
        void bareDatelineIsDroppedAsByline() {
            String html = page("", article("<p>2025-01-19 23:21</p>" + threeParagraphs()));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed("2025-01-19 23:21", "byline"));
        }

        @Test
        void authorBioBoxIsDroppedEvenThoughItIsProse() {
            String bio = "Jane Smith has covered the harbour, the port authority and the city council for the Herald since 2004, "
                    + "after ten years at the regional desk. She lives by the old piers, sails on weekends, and writes a weekly column.";
            String html = page("", article(threeParagraphs() + "<div class=\"rkv-author-box\"><p>" + bio + "</p></div>"));
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed(bio, "author-bio"));
        }

        @Test
        void proseInABylineNamedWrapperWithoutBioWordsIsKept() {
            String html = page("", "<div class=\"author-meta\">" + threeParagraphs() + "</div>");
            assertThat(texts(extract(html))).containsExactly(P1, P2, P3);
        }

        @Test
        void summaryRepeatingTheFirstParagraphIsKeptOnce() {
            String html = page("", "<article><h1>Council passes harbour budget</h1><p class=\"summary\">" + P1 + "</p>"
                    + "<div class=\"story-body\">" + threeParagraphs() + "</div></article>");
            Article a = extract(html);
            assertThat(texts(a)).containsExactly(P1, P2, P3);
            assertThat(a.removed()).contains(new Removed(P1, "duplicate"));
        }

        @Test
        void leadOutsideTheBestScoredPartJoinsWhenTheArticleElementHoldsBoth() {
            String lead = "How a harbour serves its town often matters as much as what it ships, and this year the question came before the council.";
            String toc = "<div class=\"toc\"><b>Contents</b><ul><li><a href=\"#a\">The vote</a></li><li><a href=\"#b\">The cost</a></li>"
                    + "<li><a href=\"#c\">The works</a></li></ul></div>";
            String html = page("", "<div class=\"sidebar-list\"><a href=\"/x\">Elsewhere in the news today</a></div>"
                    + "<article><div class=\"row\"><div class=\"col-a\"><p>" + lead + "</p>" + toc + "</div></div>"
                    + "<div class=\"row\"><div class=\"col-b\">" + threeParagraphs() + "<p>" + P1.replace("Tuesday", "Friday")
                    + "</p></div></div></article>");
            assertThat(texts(extract(html))).startsWith(lead).contains(P3);
        }

        @Test
        void classWordOnARegionHoldingProseDoesNotRemoveIt() {
            String html = page("", "<div class=\"blurb position-top\">" + threeParagraphs() + "</div>");
            assertThat(texts(extract(html))).containsExactly(P1, P2, P3);
        }
    }

    @Nested
    class MetadataFromThePage {

        @Test
        void titleDropsSiteNameSuffixAndMatchesTheHeadline() {
            String html = page("<title>Council passes harbour budget | Harbour Herald</title>"
                    + "<meta property=\"og:site_name\" content=\"Harbour Herald\">", article(threeParagraphs()));
            Metadata m = extract(html).meta();
            assertThat(m.title()).isEqualTo("Council passes harbour budget");
            assertThat(m.publisher()).isEqualTo("Harbour Herald");
        }

        @Test
        void metadataTitleThatTwoSourcesAgreeOnBeatsAnAdornedHeadline() {
            String html = page("<title>Best Ferries for Commuting in 2025</title>"
                    + "<meta property=\"og:title\" content=\"Best Ferries for Commuting in 2025\">",
                    "<article><h1>The Best Ferries for Commuting in 2025</h1>" + threeParagraphs() + "</article>");
            assertThat(extract(html).title()).isEqualTo("Best Ferries for Commuting in 2025");
        }

        @Test
        void firstH1LinkingToTheHomePageIsTheLogoNotTheHeadline() {
            String html = page("",
                    "<header><h1><a href=\"https://news.example/\">Harbour Herald News</a></h1></header>"
                            + article(threeParagraphs()));
            assertThat(extract(html).title()).isEqualTo("Council passes harbour budget");
            String selfLinked = page("", "<h1><a href=\"\">Council passes harbour budget</a></h1>" + threeParagraphs());
            assertThat(extract(selfLinked).title()).isEqualTo("Council passes harbour budget");
        }

        @Test
        void headingEndingInAColonIsALeadInNotTheHeadline() {
            String html = page("<title>Piers to be repaired - Harbour Herald</title>"
                    + "<meta property=\"og:site_name\" content=\"Harbour Herald\">",
                    "<article><h1>A message from the editor of the Harbour Herald:</h1>" + threeParagraphs() + "</article>");
            assertThat(extract(html).title()).isEqualTo("Piers to be repaired");
        }

        @Test
        void titleFromOgTitleWithoutHeadline() {
            String html = page("<title>Piers to be repaired - Harbour Herald</title>"
                    + "<meta property=\"og:title\" content=\"Piers to be repaired\">", "<div>" + threeParagraphs() + "</div>");
            assertThat(extract(html).title()).isEqualTo("Piers to be repaired");
        }

        @Test
        void metaPublishTimeKeepsItsOffset() {
            String html = page("<meta property=\"article:published_time\" content=\"2025-01-19T23:21:00+09:00\">", article(threeParagraphs()));
            assertThat(extract(html).meta().published()).isEqualTo("2025-01-19T23:21:00+09:00");
        }

        @Test
        void dateUnderTheHeadlineBeatsMetadataNamingAnotherDay() {
            String html = page("<meta property=\"article:published_time\" content=\"2024-04-05T00:00:00-04:00\">",
                    "<article><h1>Council passes harbour budget</h1><p class=\"date\">January 31, 2025</p>"
                            + threeParagraphs() + "</article>");
            assertThat(extract(html).meta().published()).isEqualTo("2025-01-31T00:00:00Z");
        }

        @Test
        void metadataKeepsItsTimeWhenTheDateUnderTheHeadlineIsTheSameDay() {
            String html = page("<meta property=\"article:published_time\" content=\"2025-01-31T09:15:00-04:00\">",
                    "<article><h1>Council passes harbour budget</h1><p class=\"date\">January 31, 2025</p>"
                            + threeParagraphs() + "</article>");
            assertThat(extract(html).meta().published()).isEqualTo("2025-01-31T09:15:00-04:00");
        }

        @Test
        void dateLabelledAsUpdateDoesNotOverrideMetadata() {
            String html = page("<meta property=\"article:published_time\" content=\"2021-05-03T11:01:35Z\">",
                    "<article><h1>Council passes harbour budget</h1><p>Jill Smith | Last Updated: April 8, 2024</p>"
                            + threeParagraphs() + "</article>");
            assertThat(extract(html).meta().published()).isEqualTo("2021-05-03T11:01:35Z");
        }

        @Test
        void chineseVisibleDateGetsChinaTime() {
            String html = page("", "<h1>市图书馆新馆开放</h1><div class=\"info\">2025年1月19日 23:21 来源：新华社</div>"
                    + "<div><p>本报讯 昨天上午，市图书馆新馆正式开放，首日接待读者超过三千人次，馆长表示将延长开放时间。</p></div>");
            Metadata m = extract(html).meta();
            assertThat(m.published()).isEqualTo("2025-01-19T23:21:00+08:00");
            assertThat(m.publisher()).isEqualTo("新华社");
        }

        @Test
        void thaiBuddhistYearIsConverted() {
            String html = page("", "<h1>ข่าวท่าเรือ</h1><p class=\"date\">เผยแพร่: 19 ม.ค. 2568 10:30 น.</p>"
                    + "<div><p>กระทรวงคมนาคมเปิดท่าเรือแห่งใหม่ในวันนี้ โดยมีประชาชนจำนวนมากเดินทางมาร่วมงาน และเจ้าหน้าที่ได้ให้บริการอย่างต่อเนื่อง</p></div>");
            assertThat(extract(html).meta().published()).isEqualTo("2025-01-19T10:30:00+07:00");
        }

        @Test
        void vietnameseDayFirstDate() {
            String html = page("", "<h1>Cảng mới khánh thành</h1><span class=\"time\">Chủ nhật, 19/01/2025 10:30</span>"
                    + "<div><p>Sáng nay, cảng biển mới của thành phố đã chính thức đi vào hoạt động, đón hàng nghìn lượt khách đầu tiên.</p></div>");
            assertThat(extract(html).meta().published()).isEqualTo("2025-01-19T10:30:00+07:00");
        }

        @Test
        void englishDateWithoutZoneIsUtcUnlessConfigured() {
            String html = page("", article("<p class=\"dateline\">January 19, 2025</p>" + threeParagraphs()));
            assertThat(extract(html).meta().published()).isEqualTo("2025-01-19T00:00:00Z");
            HtmlPageExtractor sydney = new HtmlPageExtractor(Map.of("en", ZoneId.of("Australia/Sydney")));
            assertThat(extract(sydney, html).meta().published()).isEqualTo("2025-01-19T00:00:00+11:00");
        }

        @Test
        void mojibakePageIsReadAsChinese() {
            String zh = "意大利游轮运营商首席执行官十六日认定，船长人为失误导致游轮搁浅，六人死亡，十五人失踪。";
            String zh2 = "公司表示，船长未经批准改变航线，驶近吉利奥岛，并在撞上礁石后延误了疏散乘客的时间。";
            String zh3 = "救援人员十六日继续在船体内搜寻失踪者，潜水员在水下发现了两名遇难者的遗体，搜救工作仍在进行。";
            String html = page("<title>船长被认定负责</title>", "<h1>船长被认定负责</h1><div><p>" + zh + "</p><p>" + zh2 + "</p><p>" + zh3 + "</p></div>");
            String broken = new String(html.getBytes(java.nio.charset.Charset.forName("GB18030")), java.nio.charset.StandardCharsets.ISO_8859_1);
            // saved again as UTF-8 by the tool that broke it; decoding the inbox file repairs it
            Article a = new HtmlPageExtractor().extract(new InputDecoder().decode("page.html", broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(a.title()).isEqualTo("船长被认定负责");
            assertThat(texts(a)).containsExactly(zh, zh2, zh3);
        }

        @Test
        void peopleCategoryCanonicalAndImage() {
            String html = page("<link rel=\"canonical\" href=\"https://news.example/local/1.html\">"
                            + "<meta property=\"og:image\" content=\"/img/lead.jpg\">"
                            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo Chen\"}]}</script>",
                    "<div class=\"crumbs\"><a href=\"/\">首页</a> &gt; <a href=\"/news\">新闻</a> &gt; <a href=\"/news/local\">本地</a></div>"
                            + article(threeParagraphs() + "<p>【责任编辑：张三】</p>"));
            Metadata m = extract(html).meta();
            assertThat(m.authors()).containsExactly("Ann Lee", "Bo Chen");
            assertThat(m.editor()).isEqualTo("张三");
            assertThat(m.category()).containsExactly("新闻", "本地");
            assertThat(m.canonicalUrl()).isEqualTo("https://news.example/local/1.html");
            assertThat(m.image()).isEqualTo("https://news.example/img/lead.jpg");
        }

        @Test
        void bylineLineGivesTheAuthor() {
            String html = page("", article("<p>By Maria Lopez | January 19, 2025</p>" + threeParagraphs()));
            Article a = extract(html);
            assertThat(a.meta().authors()).containsExactly("Maria Lopez");
            assertThat(texts(a)).containsExactly(P1, P2, P3);
        }
    }
}
