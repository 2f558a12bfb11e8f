package dev.mekong.extract.html;

import dev.mekong.ingest.InputDecoder;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Per-site fixtures on pages of the development corpus (read from {@code <repo>/../shared} at test time,
 * skipped when it is absent): sentences the extraction must keep, chrome lines it must drop.
 */
class CorpusPageFixtureTest {

    record Fixture(String name, String title, List<String> keep, List<String> drop) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fixture> fixtures() {
        return Stream.of(
                new Fixture("zh-daniel-3986cfa9", "武汉中心城区：今起售卖鞭炮",
                        List.of("从18日起，武汉市中心城区和4个开发区", "禁止燃放。"),
                        List.of("环球网首页", "订阅环球时报手机报", "我要评论", "新闻48小时评论排行")),
                new Fixture("zh-daniel-b6bf5858", "寒冬裡如何保持水嫩肌膚 醫師來教你",
                        List.of("寒冷的天氣裡相對溼度降低", "台灣新竹採訪報導。"),
                        List.of("相關標簽", "留言只代表網友個人觀點", "發表評論")),
                new Fixture("en-daniel-0a7ed297", null,
                        List.of("Almost one in 10 patient safety incident", "healthcare associated infections"),
                        List.of("Hot Topics", "Jobs in Wales", "1000 lives plus, deaths")),
                new Fixture("en-daniel-0ae061eb", "Norwalk-like virus strikes 50 at student journalism conference in Victoria",
                        List.of("Normally, when people walk out of one of", "so many people in such a confined space."),
                        List.of("Today's Paper", "Tori Stafford family", "Comments Email Twitter")),
                new Fixture("en-wcxb-0032efa0", null,
                        List.of("In Part I of A DIY Investor", "Do you have any other recommendations?"),
                        List.of("Join over 85,000", "Inline Feedback", "Fire Your Financial Advisor")),
                new Fixture("vi-synthA-006bc0f3", "Mâu thuẫn đất đai, em dùng dao đâm chết anh họ",
                        List.of("Trong lúc xảy ra xô xát vì mâu thuẫn đất", "điều tra làm rõ về hành vi giết người."),
                        List.of("Trang chủ", "lượt xem", "Nguồn: TTXVN", "Từ khóa:", "Xem thêm:")),
                new Fixture("vi-synthA-02131eac", "LG G6 lộ ảnh chi tiết với phụ kiện vỏ case bảo vệ",
                        List.of("Trang mạng Android Pure vừa đăng tải", "tại Barcelona (Tây Ban Nha)."),
                        List.of("Quảng cáo", "Tin liên quan", "Đọc nhiều nhất", "Liên hệ tòa soạn")),
                new Fixture("th-synthA-0021453c", "สธ.เตือนประชาชน ฉลองรับปีใหม่ เลือกอาหารร้อน สุกใหม่ สะอาด ปลอดภัย",
                        List.of("กระทรวงสาธารณสุข เตือนประชาชนฉลองเทศกาลปีใหม่", "เจ้าหน้าที่สาธารณสุขใกล้บ้าน"),
                        List.of("เว็บไซต์นี้ใช้คุกกี้", "ข่าวที่เกี่ยวข้อง", "ผู้เขียน: สมชาย ใจดี", "ที่มา: รอยเตอร์", "เข้าชม")),
                new Fixture("th-synthA-01fac9fd", null,
                        List.of("จากกรณีเกิดอุบัติเหตุรถยนต์กระบะ", "เลขาธิการ คปภ. กล่าวในตอนท้าย"),
                        List.of("Advertisement", "Read more", "Editor: Anna Pham", "Most read", "Share this")));
    }

    /** {@code <repo>/../shared} as on CI, else the workstation's /work/shared. */
    static Path corpus() {
        Path repo = Path.of(System.getProperty("mekong.project.dir", "."));
        Path beside = repo.resolve("../shared/corpus/extraction").normalize();
        return Files.isDirectory(beside) ? beside : Path.of("/work/shared/corpus/extraction");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void keepsTheArticleAndDropsTheChrome(Fixture f) throws IOException {
        Path page = corpus().resolve(f.name() + ".html");
        assumeTrue(Files.isRegularFile(page), "corpus not available: " + page);
        Article a = new HtmlPageExtractor().extract(new InputDecoder().decode(page.getFileName().toString(), Files.readAllBytes(page)));
        String body = a.blocks().stream().map(Block::plainText).collect(Collectors.joining("\n"));
        if (f.title() != null) {
            assertThat(a.title()).isEqualTo(f.title());
        }
        for (String keep : f.keep()) {
            assertThat(body).contains(keep);
        }
        for (String drop : f.drop()) {
            assertThat(body).doesNotContain(drop);
        }
    }
}
