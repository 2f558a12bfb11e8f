package dev.mekong.extract.text;

import dev.mekong.model.Block;
import dev.mekong.model.Removed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextPageExtractorTest {

    private final TextPageExtractor extractor = new TextPageExtractor();

    @Test
    void headlineIsTheLineBeforeTheBylineEvenAboveATableOfContents() {
        String page = """
                Garden Notes
                • Home
                • Recipes
                Growing Guides
                Winter Care for Young Fruit Trees
                By Ann Miller
                March 4, 2024
                Table of Contents
                • Why winter matters
                • Wrapping trunks
                Young trees lose more water in winter than most gardeners expect, and a dry root ball freezes deeper than a moist one.

                Water deeply in late autumn, before the ground freezes, and again during any mild spell that thaws the soil.

                Wrap the trunk loosely with paper tree wrap to keep the bark from splitting in strong sun, and remove it in spring.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Winter Care for Young Fruit Trees");
        assertThat(x.meta().published()).startsWith("2024-03-04");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "Young trees lose more water in winter than most gardeners expect, and a dry root ball freezes deeper than a moist one.",
                "Water deeply in late autumn, before the ground freezes, and again during any mild spell that thaws the soil.",
                "Wrap the trunk loosely with paper tree wrap to keep the bark from splitting in strong sun, and remove it in spring.");
    }

    @Test
    void articleInTheLeftColumnOfALayoutTableIsReadWhole() {
        String page = """
                市政府决定今年春节期间延长地铁运营时间，方便市民出行。          • 图片新闻
                除夕当晚各线路末班车推迟一小时，初一至初三按周末时刻运行。      • 热点视频

                ※ 相关文章
                春节期间全市公园免费开放 (2012-1-17 11:08:56)
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "市政府决定今年春节期间延长地铁运营时间，方便市民出行。除夕当晚各线路末班车推迟一小时，初一至初三按周末时刻运行。");
    }

    @Test
    void paragraphsWrappedWithNoBlankLineBetweenAreToldApartByTheirShortLastLine() {
        String page = """
                Bridge to close for repairs

                The council voted on Tuesday to close the old bridge over the
                river for repairs, which are expected to last until the spring.
                Drivers will be diverted.
                The mayor said the work could not wait any longer, and that the
                town would pay for a free shuttle bus while the bridge is shut.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The council voted on Tuesday to close the old bridge over the river for repairs, which are expected to last until the spring. Drivers will be diverted.",
                "The mayor said the work could not wait any longer, and that the town would pay for a free shuttle bus while the bridge is shut.");
    }

    @Test
    void checklistOfOneWordItemsUnderHeadingsIsArticleText() {
        String page = """
                What to pack for a night in the hills

                A good trip starts at home, with a list of what goes in the pack, checked twice before you leave the house.

                Shelter
                • Tent
                • Rainfly
                • Tent poles or trekking poles
                • Stakes
                Kitchen
                • Stove
                • Fuel canister for the stove

                Whatever you pack, weigh it: a few ounces here and there add up to a heavy load by the end of the day.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "A good trip starts at home, with a list of what goes in the pack, checked twice before you leave the house.",
                "Shelter", "• Tent", "• Rainfly", "• Tent poles or trekking poles", "• Stakes",
                "Kitchen", "• Stove", "• Fuel canister for the stove",
                "Whatever you pack, weigh it: a few ounces here and there add up to a heavy load by the end of the day.");
    }

    @Test
    void captionPrintedTwiceOverItsImageIsKeptOnce() {
        String page = """
                Bridge to close for repairs

                The council voted on Tuesday to close the old bridge over the river for repairs until the spring.

                The old bridge seen from the north bank.

                The old bridge seen from the north bank.

                Drivers will be diverted through the town centre, and a free shuttle bus will run every hour.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The council voted on Tuesday to close the old bridge over the river for repairs until the spring.",
                "The old bridge seen from the north bank.",
                "Drivers will be diverted through the town centre, and a free shuttle bus will run every hour.");
        assertThat(x.removed()).contains(new Removed("The old bridge seen from the north bank.", LineClassifier.REPEATED));
    }

    @Test
    void sectionNumberedTableOfContentsIsNotArticleText() {
        String page = """
                How restaurants serve their guests

                The way a restaurant serves its guests says as much about it as the menu does, and it shapes the whole business.

                1 Why service style matters
                1.1 Pricing
                2 Types of service
                3 Conclusion

                Why service style matters

                Guests often judge their dining experience more by how they are served than by what they eat, studies show.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The way a restaurant serves its guests says as much about it as the menu does, and it shapes the whole business.",
                "Why service style matters",
                "Guests often judge their dining experience more by how they are served than by what they eat, studies show.");
    }

    @Test
    void numberedHeadlineListWithABlurbOnItsFirstStoryIsNotArticleText() {
        String page = """
                Walnuts top the list of healthy nuts

                Scientists have found walnuts to be the healthiest nuts to eat, as they lower cholesterol and protect the heart.

                The study compared nine kinds of nuts eaten every day, and walnuts came out ahead on every measure.

                1. Eggs are a cheap option if you would like to look beyond meat, and they are rich in protein.
                2. The worst eating habits we have
                3. Foods to boost immunity
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "Scientists have found walnuts to be the healthiest nuts to eat, as they lower cholesterol and protect the heart.",
                "The study compared nine kinds of nuts eaten every day, and walnuts came out ahead on every measure.");
    }

    @Test
    void lastParagraphSignedByItsSourceIsArticleText() {
        String page = """
                Girl bitten by cobra recovers

                The girl underwent surgery on her left arm on Tuesday last week, and doctors say the skin grafts took well.

                She was taken to the state hospital and treated with antivenom first. - Pretoria News

                sign up
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The girl underwent surgery on her left arm on Tuesday last week, and doctors say the skin grafts took well.",
                "She was taken to the state hospital and treated with antivenom first. - Pretoria News");
    }

    @Test
    void headlineListWithCommasIsNotProse() {
        String page = """
                发改委：今年部分地区电煤供需可能失衡

                发改委公告，预计今年煤炭供需将保持基本平衡，但局部地区、个别时段还会出现电煤供需失衡现象。

                十大人气排行
                《行业报告》瑞银对中港消费股审慎，荐李宁、安踏、六福及康师傅
                《运筹帷幄》投资者的祟洋心理
                【夜期时段】学者：刺激大市交投成疑，１１时收市难对冲外围风险
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("发改委：今年部分地区电煤供需可能失衡");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "发改委公告，预计今年煤炭供需将保持基本平衡，但局部地区、个别时段还会出现电煤供需失衡现象。");
    }

    @Test
    void oneSentenceLeadAfterTheBylineIsArticleText() {
        String page = """
                Home > City > Council

                City council approves the new budget

                By Ana Lopez | March 3, 2025 08:30

                The city council approved the new budget on Monday.

                The mayor said that twelve new schools will open next year, and that the river park will be cleaned.

                Share this article: Facebook | X | Email
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("City council approves the new budget");
        assertThat(x.meta().authors()).containsExactly("Ana Lopez");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The city council approved the new budget on Monday.",
                "The mayor said that twelve new schools will open next year, and that the river park will be cleaned.");
        assertThat(x.removed()).extracting(r -> r.rule()).containsExactly("breadcrumb", "metadata-line", "share");
    }

    @Test
    void shortChineseLeadAfterTheDateLineIsArticleText() {
        String page = """
                首页 > 本地 > 要闻

                市议会通过新预算

                2025-03-03 08:30 来源：本报

                本报讯 预算获通过。

                市长表示，明年将有十二所新学校开学，河滨公园也将得到清理。

                分享到：微信 微博 QQ
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("市议会通过新预算");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "本报讯 预算获通过。",
                "市长表示，明年将有十二所新学校开学，河滨公园也将得到清理。");
    }

    @Test
    void vietnameseSapoAfterTheDateLineIsArticleText() {
        String page = """
                Trang chủ > Thời sự > Đô thị

                Thành phố thông qua ngân sách mới

                Thứ Hai, 03/03/2025 08:30

                Ngân sách mới đã được thông qua.

                Thị trưởng cho biết năm tới sẽ có mười hai trường học mới được mở, và công viên ven sông sẽ được làm sạch.

                Chia sẻ: Facebook | Zalo | Email
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Thành phố thông qua ngân sách mới");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "Ngân sách mới đã được thông qua.",
                "Thị trưởng cho biết năm tới sẽ có mười hai trường học mới được mở, và công viên ven sông sẽ được làm sạch.");
    }

    @Test
    void thaiLeadWithoutAStopAfterTheDateLineIsArticleText() {
        String page = """
                หน้าแรก > ข่าว > ในประเทศ

                สภาเมืองอนุมัติงบประมาณใหม่

                3 มีนาคม 2568 08:30 น.

                สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันจันทร์

                นายกเทศมนตรีกล่าวว่า ปีหน้าจะมีโรงเรียนใหม่เปิดสิบสองแห่ง และสวนริมแม่น้ำจะได้รับการทำความสะอาด

                แชร์: Facebook | LINE | Email
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("สภาเมืองอนุมัติงบประมาณใหม่");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันจันทร์",
                "นายกเทศมนตรีกล่าวว่า ปีหน้าจะมีโรงเรียนใหม่เปิดสิบสองแห่ง และสวนริมแม่น้ำจะได้รับการทำความสะอาด");
    }

    @Test
    void sidebarHeadingWithAnArrowEndsTheArticleBeforeItsTeasers() {
        String page = """
                港铁农历新年加强服务

                为方便乘客于农历新年期间外出，港铁列车服务和部份轻铁路线于大除夕晚将会提供通宵服务。

                另外，机场快线于下周起将由以往十二分钟一班车加密至十分钟一班车，方便旅客来往市区及机场。

                港闻头条 »

                  • 法院下令老饼家总店交吉
                  • 年宵摊位涉违规分租
                  • 资料随时被盗
                  • 首届联招截止

                【本报专讯】一对相生相依二十五载的孪生姊妹，昨往尖沙咀消遣后带醉坐的士回家，至大桥时起争执。
                  • 告别遥控器上网多合一声控电视掀视听革命
                【本报专讯】希腊财政危机严峻，不少家庭因陷入财困而出现弃童潮，学校及教会不断接收遭弃养的儿童。
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("港铁农历新年加强服务");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "为方便乘客于农历新年期间外出，港铁列车服务和部份轻铁路线于大除夕晚将会提供通宵服务。",
                "另外，机场快线于下周起将由以往十二分钟一班车加密至十分钟一班车，方便旅客来往市区及机场。");
    }

    @Test
    void headlinesCutShortWithAnEllipsisAreATeaserListNotProse() {
        String page = """
                新闻排行
                妻子出轨丈夫殴打第三者致其智力相当幼儿…
                赵本山春晚小品曝光惹误会
                京珠北高速车流量已超负荷绕五十公里可避堵…
                南京劫杀案已发生十二天嫌犯仍在逃
                朱小丹参加广州代表团讨论强调要更加重视…
                广东给三十七万干部发防腐短信要求拒收拒送…

                春运期间高速公路车流量大，驾车出行前请提前规划路线，避开拥堵路段，注意休息。

                出发前请检查车况，保证油箱内有足够的油，并随车携带防滑链和急救用品。
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "春运期间高速公路车流量大，驾车出行前请提前规划路线，避开拥堵路段，注意休息。",
                "出发前请检查车况，保证油箱内有足够的油，并随车携带防滑链和急救用品。");
    }

    @Test
    void oneSummaryCutShortWithAnEllipsisIsStillTheArticle() {
        String page = """
                明年合同电煤涨价禁超百分之五

                2011-12-16 01:06:38

                昨天，国家发改委下发关于做好明年煤炭产运需衔接工作的通知，要求落实价格调控措施，合同电煤价格涨幅不得超过…

                网站首页 | 联系我们 | 网站地图
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("明年合同电煤涨价禁超百分之五");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "昨天，国家发改委下发关于做好明年煤炭产运需衔接工作的通知，要求落实价格调控措施，合同电煤价格涨幅不得超过…");
    }

    @Test
    void blurbCutShortBeforeItsLinkIsATeaser() {
        String page = """
                提名奖揭晓

                12月15日，提名奖揭晓仪式现场。当日，年度体坛风云人物评选提名奖揭晓仪式在北京举行。

                [2011120612]
                【副总裁做客本网解读近期地铁故障】申城地铁与市民的出行息息相关，近期接连发生的故障让不少市民 ......  [详情]
                [2011111517]
                【知名企业家做客本网谈未来布局】楼市所谓拐点是否已经到来，房价又将如何走，他给出了自己的 ......  [详情]
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "12月15日，提名奖揭晓仪式现场。当日，年度体坛风云人物评选提名奖揭晓仪式在北京举行。");
    }

    @Test
    void shareBarEndsTheArticleBeforeTheTeasersBelowIt() {
        String page = """
                明年合同电煤涨价禁超百分之五

                昨天，国家发改委下发关于做好明年煤炭产运需衔接工作的通知，要求落实价格调控措施，合同电煤价格涨幅不得超过百分之五，地方政府不得干预企业自主签订合同。

                分享到：QQ空间 新浪微博 腾讯微博 人人网
                财经新闻
                一季度国民经济数据公布 增长百分之八

                初步测算，一季度国内生产总值十万亿元，按可比价格计算，同比增长百分之八。
                  • 波音客机频繁出故障美国当局叫停使用
                  • 波音事故致五名乘客受轻伤停飞待查
                证券新闻
                龙年股市走势将前低后高 六板块或成追捧对象

                股票市场：历史规律显示，当经济周期进入高通胀阶段后，货币开始收缩，股市随之下跌。
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "昨天，国家发改委下发关于做好明年煤炭产运需衔接工作的通知，要求落实价格调控措施，合同电煤价格涨幅不得超过百分之五，地方政府不得干预企业自主签订合同。");
    }

    @Test
    void sidebarOfLoneTeaserBlurbsDoesNotOutweighAShorterArticle() {
        String page = """
                Singer to write book on fighting the epidemic

                The singer is writing his first book, which will ask why more is not being done to fight the disease around the world.

                The publisher says the book will come out in July, along with an audio version read by the singer himself.

                Email | Print | Share
                  • How to save stories for later
                Today's Top Stories
                Family waits at the lake
                lake photo
                The man disappeared without a trace six months ago, and now his family have moved into a tent beside the lake.
                  • Police search the lake again
                National icon used to sell cigarettes
                cigarette photo
                One of the country's most treasured national icons is being used to sell cigarettes in shops across Europe.
                  • Smokers switch brands
                Activists attack whaling boat
                whaling photo
                Activists have thrown paint at a whaling boat as the hostilities in the southern ocean reach boiling point again.
                  • Whaling fleet heads south
                Minister steers clear of art house
                film photo
                The prime minister has urged the film industry to stay clear of art house films in favour of big popular hits.
                  • Festival names its winners
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Singer to write book on fighting the epidemic");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The singer is writing his first book, which will ask why more is not being done to fight the disease around the world.",
                "The publisher says the book will come out in July, along with an audio version read by the singer himself.");
    }

    @Test
    void commentPromptEndsTheArticleWhenNoProseFollows() {
        String page = """
                出行提示

                春运期间高速公路车流量大，驾车出行前请提前规划路线，避开拥堵路段，注意休息。

                出发前请检查车况，保证油箱内有足够的油，并随车携带防滑链和急救用品。

                我来说两句：
                网友甲 2012-01-17 10:21
                说得对，出门一定要注意安全，祝大家一路平安，新年快乐，万事如意。
                网友乙 2012-01-17 10:35
                今年又要堵在路上了，希望高速公路能多开几个收费口，早点到家过年。
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "春运期间高速公路车流量大，驾车出行前请提前规划路线，避开拥堵路段，注意休息。",
                "出发前请检查车况，保证油箱内有足够的油，并随车携带防滑链和急救用品。");
    }

    @Test
    void relatedBoxInsideAnArticleDoesNotEndItWhenProseResumes() {
        String page = """
                Council approves new budget

                The city council approved the new budget on Monday evening after a long debate about school funding, bus routes and the state of the parks along the river.

                Most of the new money goes to schools, buses and the river park, a smaller share goes to the library, and the rest is kept for repairs after the spring floods.

                Related
                  • Schools to get new buses
                  • River park clean-up starts

                The mayor said that twelve new schools will open next year, and that the river park will be cleaned by volunteers.

                Opposition members said the plan leaves too little money for road repairs, and asked for a review in the autumn.

                The budget takes effect in April, and the council will publish a first report on spending at the end of June.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The city council approved the new budget on Monday evening after a long debate about school funding, bus routes and the state of the parks along the river.",
                "Most of the new money goes to schools, buses and the river park, a smaller share goes to the library, and the rest is kept for repairs after the spring floods.",
                "The mayor said that twelve new schools will open next year, and that the river park will be cleaned by volunteers.",
                "Opposition members said the plan leaves too little money for road repairs, and asked for a review in the autumn.",
                "The budget takes effect in April, and the council will publish a first report on spending at the end of June.");
    }

    @Test
    void publishedDateWinsOverTheUpdatedDateAboveIt() {
        String page = """
                City council approves the new budget

                Updated: March 5, 2025 10:00
                Published: March 3, 2025 08:30

                The city council approved the new budget on Monday after a long debate about schools and parks.
                """;
        assertThat(extractor.extract(page).meta().published()).isEqualTo("2025-03-03T08:30:00Z");
    }

    @Test
    void updatedDateIsThePublishTimeWhenNoOtherIsGiven() {
        String page = """
                Hội đồng thành phố thông qua ngân sách mới

                Cập nhật: 05/03/2025 10:00

                Hội đồng thành phố đã thông qua ngân sách mới vào thứ Hai sau một cuộc tranh luận dài về trường học.
                """;
        assertThat(extractor.extract(page).meta().published()).isEqualTo("2025-03-05T10:00:00+07:00");
    }

    @Test
    void aPageThatLabelsNoSourceIsPublishedByTheHolderOfItsCopyright() {
        String page = """
                Báo Đồng Bằng Online

                Trang chủ » Kinh tế

                Giá lúa gạo tăng mạnh trước Tết Nguyên đán

                Thứ Ba, 14/1/2025 - 07:45 (GMT+7)

                Giá lúa tại các tỉnh đồng bằng sông Cửu Long đã tăng khoảng 10% trong tuần qua, theo các thương lái.

                Nhiều nông dân cho biết họ chờ giá tăng thêm trước khi bán hết số lúa còn lại trong kho của gia đình.

                Tin liên quan

                © 2025 Báo Đồng Bằng Online. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
                """;
        assertThat(extractor.extract(page).meta().publisher()).isEqualTo("Báo Đồng Bằng Online");
    }

    @Test
    void aLabelledSourceWinsOverTheCopyrightHolder() {
        String page = """
                Giá lúa gạo tăng mạnh trước Tết Nguyên đán

                Nguồn: TTXVN | 14/1/2025 07:45

                Giá lúa tại các tỉnh đồng bằng sông Cửu Long đã tăng khoảng 10% trong tuần qua, theo các thương lái.

                Nhiều nông dân cho biết họ chờ giá tăng thêm trước khi bán hết số lúa còn lại trong kho của gia đình.

                © 2025 Báo Đồng Bằng Online.
                """;
        assertThat(extractor.extract(page).meta().publisher()).isEqualTo("TTXVN");
    }

    @Test
    void relativeTimeIsNoPublishDate() {
        String page = """
                City council approves the new budget

                Updated 3 days ago
                March 3, 2025

                The city council approved the new budget on Monday after a long debate about schools and parks.
                """;
        assertThat(extractor.extract(page).meta().published()).startsWith("2025-03-03");
    }

    @Test
    void bulletsIntroducedByAColonBetweenParagraphsAreArticleText() {
        String page = """
                Choosing a Website Builder

                March 2, 2026

                The platform you choose shapes what your site can do for years, so it pays to compare carefully.

                You can build:

                  • Blogs
                  • Service websites
                  • Online courses

                Each of these needs different tools, and the builders differ most in how far they let you grow.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The platform you choose shapes what your site can do for years, so it pays to compare carefully.",
                "You can build:",
                "• Blogs",
                "• Service websites",
                "• Online courses",
                "Each of these needs different tools, and the builders differ most in how far they let you grow.");
    }

    @Test
    void phraseBulletsBetweenParagraphsAreArticleTextButNamesAreNot() {
        String page = """
                Why Hosting Matters

                March 2, 2026

                The website builder you select affects far more than how your pages look on the first day.

                  • Customize your branding
                  • Scale as your business grows
                  • Maintain fast load times

                Many problems small businesses meet later stem from a platform that does not match their goals.

                  • Wix
                  • Squarespace
                  • Webflow

                Each platform excels at different things, so we compare them on the criteria that matter most to a small business: what it costs each month, how easy it is to learn, and how far it lets you grow before you must move.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "The website builder you select affects far more than how your pages look on the first day.",
                "• Customize your branding",
                "• Scale as your business grows",
                "• Maintain fast load times",
                "Many problems small businesses meet later stem from a platform that does not match their goals.",
                "Each platform excels at different things, so we compare them on the criteria that matter most to a small business: what it costs each month, how easy it is to learn, and how far it lets you grow before you must move.");
    }

    @Test
    void numberedItemsEachOverTheirOwnParagraphAreSectionHeadings() {
        String page = """
                Five Tips for Hiring a Cleaner

                March 4, 2025

                Finding the right home cleaning service is not always easy, and the choice can feel overwhelming.

                1. Identify Your Cleaning Needs

                Think about what you need first, so that you can narrow down your choices and compare fairly.

                2. Read Customer Reviews

                Reviews show how a company treats its clients, and they are the best way to judge its quality.

                More from the blog

                  1. Ten kitchen hacks
                  2. Spring cleaning checklist
                  3. How to clean an oven
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "Finding the right home cleaning service is not always easy, and the choice can feel overwhelming.",
                "1. Identify Your Cleaning Needs",
                "Think about what you need first, so that you can narrow down your choices and compare fairly.",
                "2. Read Customer Reviews",
                "Reviews show how a company treats its clients, and they are the best way to judge its quality.");
    }

    @Test
    void headlineUnderACrumbTrailEndingWithItBeatsTheAuthorPhotoAndTheTabTitle() {
        String page = """
                Home > Blog > Five Best Accounting Tools
                Five Best Accounting Tools
                Five Best Accounting Tools | Example SiteFive Best Accounting Tools | Example Site
                Jane Roe Avatar
                Written by
                Jane Roe
                Published: June 11, 2025

                The right accounting software can save you hours each week by automating invoicing and expenses.

                Here are the five tools I tested over several weeks, with what each of them does best for you.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Five Best Accounting Tools");
    }

    @Test
    void headlineOverItsBylineWinsOverAHeadingFarBelowItAboveTheBody() {
        String page = """
                Top Ten Language Learning Apps
                by Christian Roth
                Learners keep asking which app is worth paying for, so we tested all of them again this year.
                Table of Contents
                  • Overview of the apps
                  • The apps in detail
                  • Prices compared
                  • Conclusion
                Overview
                Mondly
                Babbel
                Busuu
                Duolingo
                Rosetta Stone
                Yabla
                As of July
                The Apps in Detail
                Foreword: we test every language learning app over several weeks, so that we can judge it fairly.
                Each app was used daily by two testers, one beginner and one advanced learner, for a whole month.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Top Ten Language Learning Apps");
    }

    @Test
    void firstLineOfAWrappedParagraphUnderABoxBorderIsArticleText() {
        String page = """
                女主播视频门曝光

                2011-12-09 19:08:26

                └──────────────────────────────┘
                本周韩国娱乐圈曝出火爆程度不输陈冠希艳照门的美女主播视频，无论是
                网友还是看客都十分关注。有趣的是，各大论坛纷纷转载，搜索量大增
                十倍。

                据悉，视频中的女主播曾在多家电视台担任节目主持人，事件曝光后，她本人至今没有作出任何回应。
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("女主播视频门曝光");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "本周韩国娱乐圈曝出火爆程度不输陈冠希艳照门的美女主播视频，无论是",
                "网友还是看客都十分关注。有趣的是，各大论坛纷纷转载，搜索量大增",
                "十倍。",
                "据悉，视频中的女主播曾在多家电视台担任节目主持人，事件曝光后，她本人至今没有作出任何回应。");
    }

    @Test
    void prosAndConsUnderShortHeadingsAreArticleTextButARelatedListIsNot() {
        String page = """
                Best Accounting Software

                June 11, 2025

                QuickBooks Online is the most versatile option for self-employed professionals who want room to grow.

                Pros

                  • Covers all core accounting needs like invoicing and expense tracking
                  • Scales easily if your business grows or adds contractors

                Cons

                  • Is one of the more expensive options for self-employed users
                  • Can feel bloated if you only need simple bookkeeping

                It aced my assessment of invoicing, billing and banking, which shows how complete the package is.

                Partner News

                  • Family steels itself for the trial of the man accused
                  • Delaying parenthood has serious medical risks for both men and women

                More from Partner News »
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "QuickBooks Online is the most versatile option for self-employed professionals who want room to grow.",
                "Pros",
                "• Covers all core accounting needs like invoicing and expense tracking",
                "• Scales easily if your business grows or adds contractors",
                "Cons",
                "• Is one of the more expensive options for self-employed users",
                "• Can feel bloated if you only need simple bookkeeping",
                "It aced my assessment of invoicing, billing and banking, which shows how complete the package is.");
    }

    @Test
    void aTickerLineAboveTheHeadlineAndItsDateIsNotTheArticle() {
        String page = """
                News Flash
                Chiefs of three services to meet the election commission tomorrow. The commission revises its appeal schedule for nomination papers, polls and counts.
                20 Dec 2025, 11:59
                Homestead gardening makes rural communities more self-reliant
                By Md Aynal Haque

                RAJSHAHI, Dec 20, 2025 - Homestead gardening has been contributing significantly to meeting the nutritional needs of rural families.

                According to local sources, homestead gardening is booming, driven by increased demand for safe and fresh vegetables.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Homestead gardening makes rural communities more self-reliant");
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "RAJSHAHI, Dec 20, 2025 - Homestead gardening has been contributing significantly to meeting the nutritional needs of rural families.",
                "According to local sources, homestead gardening is booming, driven by increased demand for safe and fresh vegetables.");
    }

    @Test
    void aRightsReservedNoticeClosesTheArticleBeforeThePagesOwnText() {
        String page = """
                Marathon Deaths Are Rare

                January 12, 2012

                Cardiac arrests during marathons are rare, and most of those who collapse survive with prompt care.

                More cases showed up during the last five years than before, as more people with no training ran.

                Doctors still say the benefits of exercise far outweigh the small risk, and urge runners to train well.

                Copyright 2012 The Associated Press. All rights reserved.

                For more information about reprints and permissions, visit our help pages or write to our editors.

                Posted | Updated

                The site now uses a social network for its comments, so that readers can share what they think of it.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "Cardiac arrests during marathons are rare, and most of those who collapse survive with prompt care.",
                "More cases showed up during the last five years than before, as more people with no training ran.",
                "Doctors still say the benefits of exercise far outweigh the small risk, and urge runners to train well.");
    }

    @Test
    void aGridOfTeaserCardsWithTheirHeadlinesPrintedTwiceIsNotTheArticle() {
        String page = """
                How to Plan Your First Backpacking Trip

                March 3, 2026

                Start with a short overnight trip close to home, so that you can learn your gear without much risk.

                Pick a trail with water along the way and a campsite you can reach well before dark in any season.

                Pack the ten essentials, tell someone your plan, and check the weather forecast the morning you leave.

                More Trail Advice

                Best Backpacking Quilts of the Year
                A hiker wrapped in a quilt on a rocky slab

                Best Backpacking Quilts of the Year

                We tested the warmest and lightest quilts on long trails, from the coast to the desert, to find the best.
                How to Hike More Comfortably in the Cold
                A person snowshoes through a winter landscape

                How to Hike More Comfortably in the Cold

                These practical tips help you stay warm, dry and safe on winter hikes, whatever the weather brings you.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "Start with a short overnight trip close to home, so that you can learn your gear without much risk.",
                "Pick a trail with water along the way and a campsite you can reach well before dark in any season.",
                "Pack the ten essentials, tell someone your plan, and check the weather forecast the morning you leave.");
    }

    @Test
    void anAuthorBoxWithTheNamePrintedTwiceOverABioEndsTheArticle() {
        String page = """
                Home Prices Cool in Most Large Cities

                March 3, 2026

                Home prices fell in most of the largest metro areas last month, as mortgage rates stayed high for sellers.

                Buyers have more choice than a year ago, and sellers are cutting their asking prices to close a deal.

                Economists expect prices to stay flat through the spring, when more homes usually come on the market.

                Jane Ortega

                Jane Ortega

                Jane Ortega is the head of economics research, where she writes about the housing market for the public.

                Email Jane
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "Home prices fell in most of the largest metro areas last month, as mortgage rates stayed high for sellers.",
                "Buyers have more choice than a year ago, and sellers are cutting their asking prices to close a deal.",
                "Economists expect prices to stay flat through the spring, when more homes usually come on the market.");
    }

    @Test
    void aListicleSubheadingOverAParagraphOpeningWithItIsArticleText() {
        String page = """
                Cloud Tools for Machine Learning

                March 3, 2026

                Several cloud services let developers train and deploy models without running their own servers at all.

                Amazon Lex

                Amazon Lex is a conversational service for chatbots that builds voice and text interfaces into any application.

                Cloud AutoML

                Cloud AutoML helps developers with little machine learning experience train good models for their own needs.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.blocks()).extracting(Block::plainText).containsExactly(
                "Several cloud services let developers train and deploy models without running their own servers at all.",
                "Amazon Lex",
                "Amazon Lex is a conversational service for chatbots that builds voice and text interfaces into any application.",
                "Cloud AutoML",
                "Cloud AutoML helps developers with little machine learning experience train good models for their own needs.");
    }
}
