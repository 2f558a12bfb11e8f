package dev.mekong.extract.text;

import dev.mekong.ingest.InputDecoder;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample inbox in seeds/: exact metadata, first and last paragraphs, and no chrome in the body. */
class SeedFixtureTest {

    private final TextPageExtractor extractor = new TextPageExtractor();

    private Article seed(String prefix) throws IOException {
        Path dir = Path.of(System.getProperty("mekong.project.dir", "."), "seeds");
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return extractor.extract(new InputDecoder().decode(file.getFileName().toString(), Files.readAllBytes(file)));
        }
    }

    private static List<String> body(Article a) {
        return a.blocks().stream().map(Block::text).toList();
    }

    @Test
    void chinaNewsServiceSeed() throws IOException {
        Article a = seed("000_");
        assertThat(a.meta().title()).isEqualTo("(经济观察)中国—东盟携手打造数字产业新生态");
        assertThat(a.meta().published()).isEqualTo("2025-01-19T23:21:00+08:00");
        assertThat(a.meta().publisher()).isEqualTo("中国新闻网");
        assertThat(a.meta().authors()).containsExactly("刘育英");
        assertThat(a.meta().category()).containsExactly("财经", "经济观察");
        List<String> body = body(a);
        assertThat(body).hasSize(14);
        assertThat(body.get(0)).isEqualTo("中新社北京1月19日电 (记者 刘育英)中国—东盟数字生态合作论坛、第五次中国—东盟数字部长会议"
                + "本周相继在泰国曼谷召开。这为中国和东盟的数字生态合作打开了新空间。");
        assertThat(body.get(body.size() - 1)).startsWith("记者了解到,中国和东盟双方将开展数字人才培养项目").endsWith("激发地区数字化发展内生动力。(完)");
        String all = String.join("\n", body);
        assertThat(all).doesNotContain("相关阅读", "围绕公共数据资源", "广铁管内", "低空经济", "免责声明", "首页", "时间:01-", "来源:");
        assertThat(a.removed()).extracting("rule").contains("breadcrumb", "related-list", "disclaimer");
        assertThat(a.removed()).anySatisfy(r -> {
            assertThat(r.text()).startsWith("免责声明");
            assertThat(r.rule()).isEqualTo("disclaimer");
        });
    }

    @Test
    void guangxiRadioSeed() throws IOException {
        Article a = seed("004_");
        assertThat(a.meta().title()).isEqualTo("广西“数字丝路”建设为促进同东盟合作不断注入新动力");
        assertThat(a.meta().published()).isEqualTo("2023-12-18T09:06:02+08:00");
        assertThat(a.meta().publisher()).isEqualTo("广西广播电视台综合广播");
        assertThat(a.meta().editor()).isEqualTo("王琳");
        List<String> body = body(a);
        assertThat(body.get(0)).startsWith("习近平总书记12月14日至15日在广西考察,首站就来到了中国—东盟信息港股份有限公司。")
                .endsWith("为推进广西高水平对外开放、促进同东盟合作不断注入新动力。");
        assertThat(body.get(body.size() - 1)).isEqualTo("(记者黄婉、甘智锐 通讯员钟夏波)");
        String all = String.join("\n", body);
        assertThat(all).doesNotContain("网友评论", "网站简介", "版权所有", "支持指导", "主办", "镜像", "解放思想", "网络编辑");
        assertThat(body).doesNotContain("广西“数字丝路”建设为促进同东盟合作不断注入新动力");
    }

    @Test
    void vietnameseSample() throws IOException {
        Article a = seed("101_");
        assertThat(a.meta().title()).isEqualTo("Cần Thơ đưa vào vận hành tuyến xe buýt điện đầu tiên");
        assertThat(a.meta().published()).isEqualTo("2025-01-19T08:30:00+07:00");
        assertThat(a.meta().authors()).containsExactly("Ngọc Hân");
        assertThat(a.meta().editor()).isEqualTo("Trần Minh");
        assertThat(a.meta().publisher()).as("the holder of the page's copyright").isEqualTo("Báo Miền Tây Điện tử");
        assertThat(a.meta().category()).containsExactly("Xã hội", "Giao thông");
        List<String> body = body(a);
        assertThat(body).hasSize(8);
        assertThat(body.get(0)).startsWith("Sáng 19/1, thành phố Cần Thơ chính thức khai trương");
        assertThat(body.get(7)).endsWith("kết nối với các tuyến buýt đường thủy để thu hút người dân.");
        assertThat(String.join("\n", body)).doesNotContain("Trang chủ", "Tin liên quan", "Bình luận", "Từ khóa",
                "Chia sẻ", "Miễn trừ", "Bản quyền", "©", "Giấy phép", "Đọc nhiều nhất", "lượt xem");
        assertThat(a.removed()).extracting("rule").contains("breadcrumb", "related-list", "comment-box", "copyright", "disclaimer", "share", "tags");
    }

    @Test
    void thaiSample() throws IOException {
        Article a = seed("102_");
        assertThat(a.meta().title()).isEqualTo("เชียงใหม่เปิดตลาดเกษตรอินทรีย์แห่งใหม่ หนุนเกษตรกรรายย่อยขายตรงถึงผู้บริโภค");
        assertThat(a.meta().published()).isEqualTo("2025-01-19T10:15:00+07:00");
        assertThat(a.meta().authors()).containsExactly("สมชาย ใจงาม");
        assertThat(a.meta().editor()).isEqualTo("วิภาวรรณ ทองดี");
        assertThat(a.meta().publisher()).isEqualTo("สำนักงานประชาสัมพันธ์จังหวัดเชียงใหม่");
        assertThat(a.meta().category()).containsExactly("ภูมิภาค", "เกษตร");
        List<String> body = body(a);
        assertThat(body).hasSize(7);
        assertThat(body.get(0)).startsWith("จังหวัดเชียงใหม่เปิดตลาดเกษตรอินทรีย์แห่งใหม่บริเวณลานหน้าศูนย์ราชการอำเภอแม่ริม");
        assertThat(body.get(6)).endsWith("ตั้งแต่วันเปิดตลาดเป็นต้นไป");
        assertThat(String.join("\n", body)).doesNotContain("หน้าแรก", "ข่าวที่เกี่ยวข้อง", "แสดงความคิดเห็น", "แท็ก", "แชร์",
                "ข้อจำกัดความรับผิดชอบ", "สงวนลิขสิทธิ์", "ข่าวยอดนิยม", "เข้าชม", "บรรณาธิการ");
        assertThat(a.removed()).extracting("rule").contains("breadcrumb", "related-list", "comment-box", "copyright", "disclaimer", "share", "tags");
    }
}
