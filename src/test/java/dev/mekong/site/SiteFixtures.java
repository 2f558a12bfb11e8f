package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;
import dev.mekong.model.Source;
import dev.mekong.model.Version;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small fixed set of articles covering the cases the site must get right. */
final class SiteFixtures {

    static final String ZH_ID = "a1b2c3d4e5f60718";
    static final String EN_ID = "0f1e2d3c4b5a6978";
    static final String TH_ID = "9a8b7c6d5e4f3a2b";
    static final String VI_ID = "5d6e7f8091a2b3c4";

    private SiteFixtures() {
    }

    /** A Chinese original whose en, vi and th versions are untranslated fallbacks. */
    static Article chinese() {
        List<Block> blocks = List.of(
                Block.paragraph("中新社北京1月19日电 中国与东盟正携手打造数字产业新生态。"),
                Block.of(Block.HEADING2, "合作前景"),
                new Block(Block.LIST, null, List.of("数字基础设施", "跨境电商"), null, null),
                Block.paragraph("模板语法 ${x} 和 <#assign y = 1> 必须原样显示。(完)"));
        Map<String, Version> versions = new LinkedHashMap<>();
        versions.put("zh", new Version(Version.SOURCE, null, "zh-Hans", "(经济观察)中国—东盟携手打造数字产业新生态", blocks));
        for (String code : List.of("en", "vi", "th")) {
            versions.put(code, new Version(Version.UNTRANSLATED, null, "zh-Hans", "(经济观察)中国—东盟携手打造数字产业新生态", blocks));
        }
        return new Article(ZH_ID, Slugs.slug("(经济观察)中国—东盟携手打造数字产业新生态", ZH_ID), 1,
                new Source("000_zh.txt", "00", "txt", "UTF-8 (BOM)", 100), new Language("zh-Hans", 0.99),
                new Metadata("(经济观察)中国—东盟携手打造数字产业新生态", "2025-01-19T23:21:00+08:00", "中国新闻网",
                        List.of("刘育英"), null, List.of("财经", "经济观察"), null, null),
                blocks, List.of(new Removed("相关阅读", "related-list"), new Removed("免责声明：本文仅代表作者观点", "disclaimer")),
                versions);
    }

    /** An English original with a machine-translated Chinese version. */
    static Article english() {
        List<Block> blocks = List.of(
                Block.paragraph("Vientiane, March 3 — Laos opened its first data centre powered by hydroelectricity."),
                Block.of(Block.QUOTE, "We are building the digital backbone of the region."));
        List<Block> zhBlocks = List.of(
                Block.paragraph("万象3月3日电——老挝开设了首个水电驱动的数据中心。"),
                Block.of(Block.QUOTE, "我们正在建设该地区的数字骨干网。"));
        Map<String, Version> versions = new LinkedHashMap<>();
        versions.put("en", new Version(Version.SOURCE, null, "en", "Laos opens hydro-powered data centre", blocks));
        versions.put("zh", new Version(Version.MACHINE, "test-engine", "zh-Hans", "老挝开设水电驱动的数据中心", zhBlocks));
        versions.put("vi", new Version(Version.UNTRANSLATED, null, "en", "Laos opens hydro-powered data centre", blocks));
        versions.put("th", new Version(Version.UNTRANSLATED, null, "en", "Laos opens hydro-powered data centre", blocks));
        return new Article(EN_ID, Slugs.slug("Laos opens hydro-powered data centre", EN_ID), 1,
                new Source("001_en.html", "01", "html", "UTF-8 (meta)", 100), new Language("en", 0.98),
                new Metadata("Laos opens hydro-powered data centre", "2025-03-03T08:15:00+07:00", "Mekong Wire",
                        List.of("Jane Doe"), "Sam Lee", List.of("Business"), null, "https://img.example/dc.jpg"),
                blocks, List.of(), versions);
    }

    /** A Thai original with one English quote block; other versions left to the renderer's fallback. */
    static Article thai() {
        List<Block> blocks = List.of(
                Block.paragraph("กรุงเทพฯ 10 กุมภาพันธ์ รัฐบาลไทยประกาศแผนพัฒนาเศรษฐกิจดิจิทัลในภูมิภาคแม่โขง"),
                Block.of(Block.QUOTE, "Digital trade will double by 2030.").withLang("en"),
                Block.paragraph("โครงการนี้จะเชื่อมโยงประเทศไทยกับเพื่อนบ้าน"));
        Map<String, Version> versions = new LinkedHashMap<>();
        versions.put("th", new Version(Version.SOURCE, null, "th", "ไทยประกาศแผนเศรษฐกิจดิจิทัล", blocks));
        return new Article(TH_ID, Slugs.slug("ไทยประกาศแผนเศรษฐกิจดิจิทัล", TH_ID), 1,
                new Source("002_th.txt", "02", "txt", "TIS-620", 100), new Language("th", 0.97),
                new Metadata("ไทยประกาศแผนเศรษฐกิจดิจิทัล", "2025-02-10T14:30:00+07:00", "สำนักข่าวแม่โขง",
                        List.of(), null, List.of("เศรษฐกิจ"), null, null),
                blocks, List.of(), versions);
    }

    /** A Vietnamese original, in none of {@link #all}: for the search of every language. */
    static Article vietnamese() {
        List<Block> blocks = List.of(Block.paragraph("Đà Nẵng khai trương trung tâm dữ liệu xanh đầu tiên của miền Trung."));
        Map<String, Version> versions = new LinkedHashMap<>();
        versions.put("vi", new Version(Version.SOURCE, null, "vi", "Đà Nẵng mở trung tâm dữ liệu xanh", blocks));
        return new Article(VI_ID, Slugs.slug("Đà Nẵng mở trung tâm dữ liệu xanh", VI_ID), 1,
                new Source("003_vi.md", "03", "md", "UTF-8", 100), new Language("vi", 0.99),
                new Metadata("Đà Nẵng mở trung tâm dữ liệu xanh", "2025-04-01T09:00:00+07:00", "Tin Mê Kông",
                        List.of(), null, List.of("Công nghệ"), null, null),
                blocks, List.of(), versions);
    }

    static List<Article> all() {
        return List.of(chinese(), english(), thai());
    }
}
