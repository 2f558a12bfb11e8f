package dev.mekong.extract.text;

import dev.mekong.extract.CorpusEvaluation;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Must keep these sentences / must drop these lines" on development-corpus pages, read from
 * the shared folder at test time (skipped where it is absent).
 * Snippets are separated by " ; ".
 */
class CorpusFixtureTest {

    /** {@code <repo>/../shared} (CI), else {@code /work/shared} (a worktree away from the main checkout). */
    private static final Path CORPUS = java.util.stream.Stream.of(
                    Path.of(System.getProperty("mekong.project.dir", ".")).resolve("../shared"), Path.of("/work/shared"))
            .map(p -> p.resolve("corpus/extraction").normalize())
            .filter(Files::isDirectory).findFirst().orElse(Path.of("../shared/corpus/extraction"));

    private final TextPageExtractor extractor = new TextPageExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "en-daniel-0a7ed297 => Almost one in 10 patient safety incident ; healthcare associated infections"
                    + " => top_leaderboardAdvertisement ; Our site network",
            "en-daniel-0ae061eb => Normally, when people walk out of one of ; so many people in such a confined space"
                    + " => Follow @nationalpost ; Today's Paper & Archive",
            "en-daniel-0ddbcb34 => There really needs to be cross-party con => Accessibility help ; RELATED LINKS",
            "th-synthA-0021453c => กระทรวงสาธารณสุข เตือนประชาชนฉลองเทศกาลป => ยอมรับทั้งหมด ตั้งค่าคุกกี้ ; สงวนลิขสิทธิ์ ; หน้าแรก » สังคม",
            "th-synthA-0025f460 => พล.อ.สุรเชษฐ์ ชัยวงศ์ รัฐมนตรีช่วยว่าการ => กลับขึ้นด้านบน ; ข่าวเจ้าพระยารายวัน",
            "vi-synthA-0009d6e8 => Theo ghi nhận của tại các doanh nghiệp ; nhân viên bảo vệ sẽ tăng cao"
                    + " => Đồng ý Tìm hiểu thêm ; Trang chủ » Thời sự ; Về đầu trang ; Nguồn: VOV",
            "vi-synthA-003f9869 => Hội nghị Xúc tiến đầu tư vào Tây Nguyên => Chia sẻ bài viết ; Địa chỉ: Số 18",
            "zh-daniel-3986cfa9 => 中广网武汉1月17日消息 ; 禁止燃放 => 网友评论点击查看 ; 环球网>中国>中国热点>正文",
            "zh-daniel-3b93c31b => 昨日上午，随着姚明等人缓缓打开笼门 ; 是熊猫界“美女” => 跳转到正文内容 ; 新浪公司版权所有 ; 影音娱乐 > 明星全接触",
            "zh-daniel-3d8ef6d0 => 标普：希腊即将发生主权债务违约 ; 腾讯财经讯北京时间1月17日凌晨消息 => 腾讯公司版权所有 ; 相关阅读 ; 发表评论",
    })
    void keepsArticleDropsChrome(String name, String keep, String drop) throws IOException {
        Path page = CORPUS.resolve(name + ".page.txt");
        assumeTrue(Files.isRegularFile(page), "development corpus not present at " + CORPUS);
        Article article = extractor.extract(new InputDecoder().decode(page.getFileName().toString(), Files.readAllBytes(page)));
        String output = CorpusEvaluation.outputText(article);
        for (String k : snippets(keep)) {
            assertThat(output).as("must keep").contains(k);
        }
        for (String d : snippets(drop)) {
            assertThat(output).as("must drop").doesNotContain(d);
        }
    }

    private static String[] snippets(String list) {
        return list == null ? new String[0] : Arrays.stream(list.split(" ; ")).map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }
}
