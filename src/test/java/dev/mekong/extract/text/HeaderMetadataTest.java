package dev.mekong.extract.text;

import dev.mekong.extract.dates.DateTimeExtractor;
import dev.mekong.language.LanguageFacts;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderMetadataTest {

    private final HeaderMetadata header = new HeaderMetadata(TextLines.CLASSIFIER, new DateTimeExtractor(LanguageFacts.LOCAL_TIME_ZONES));

    @Test
    void theHeaderGivesDateAuthorsAndTheBreadcrumbTheCategory() {
        List<Line> lines = TextLines.read("""
                首页 » 财经 » 经济观察
                春节期间地铁延长运营
                2025年1月19日 08:30 来源：新华社
                （记者 刘育英）
                市政府决定今年春节期间延长地铁运营时间，方便市民出行，除夕当晚各线路末班车推迟一小时。
                责任编辑：王琳
                """);
        Metadata meta = header.read(lines, "春节期间地铁延长运营", 1, new ArticleRegion(4, 4, false), "zh", false);
        assertThat(meta).isEqualTo(new Metadata("春节期间地铁延长运营", "2025-01-19T08:30:00+08:00", "新华社",
                List.of("刘育英"), "王琳", List.of("财经", "经济观察"), null, null));
    }

    @Test
    void aPublishLabelWinsOverAnUpdateAboveIt() {
        List<Line> lines = TextLines.read("""
                Bridge to close for repairs
                Updated: March 5, 2024
                Published: March 4, 2024
                The council voted on Tuesday to close the old bridge over the river for repairs until the spring.
                """);
        Metadata meta = header.read(lines, "Bridge to close for repairs", 0, new ArticleRegion(3, 3, false), "en", false);
        assertThat(meta.published()).isEqualTo("2024-03-04T00:00:00Z");
    }

    @Test
    void theLanguageFromTheScriptsOfTheArticlePicksTheZone() {
        assertThat(HeaderMetadata.guessLanguage(List.of(Block.paragraph("市政府决定延长地铁运营时间。")), null)).isEqualTo("zh");
        assertThat(HeaderMetadata.guessLanguage(List.of(Block.paragraph("กระทรวงสาธารณสุข เตือนประชาชน")), "Thai news")).isEqualTo("th");
        assertThat(HeaderMetadata.guessLanguage(List.of(Block.paragraph("Người dân chờ phà tại bến để về quê ăn Tết.")), null)).isEqualTo("vi");
        assertThat(HeaderMetadata.guessLanguage(List.of(Block.paragraph("The council voted on Tuesday.")), null)).isEqualTo("en");
    }
}
