package dev.mekong.extract.text;

import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleConfidenceTest {

    private final TitleConfidence judge = TitleConfidence.standard();

    private static Metadata titled(String title, List<String> category) {
        return new Metadata(title, null, null, List.of(), null, category, null, null);
    }

    @Test
    void headlinesAreNotDoubted() {
        assertThat(judge.doubt(titled("Ferry service resumes after the storm", List.of()))).isNull();
        assertThat(judge.doubt(titled("市图书馆新馆开放", List.of()))).isNull();
        assertThat(judge.doubt(titled("ห้องสมุดแห่งใหม่เปิดให้บริการวันแรก", List.of()))).isNull();
        assertThat(judge.doubt(titled("Thư viện thành phố mở cửa nhà mới", List.of()))).isNull();
        // the last crumb may be the article's own title
        assertThat(judge.doubt(titled("Ferry service resumes after the storm", List.of("News", "Ferry service resumes after the storm")))).isNull();
    }

    @Test
    void sectionNamesBylinesAndRelatedLinesAreDoubted() {
        assertThat(judge.doubt(titled("Politics", List.of()))).isEqualTo("label");
        assertThat(judge.doubt(titled("การเมือง", List.of()))).isEqualTo("label");
        assertThat(judge.doubt(titled("要闻", List.of()))).isEqualTo("label");
        assertThat(judge.doubt(titled("World Business News", List.of("World Business News", "Markets")))).isEqualTo("section");
        assertThat(judge.doubt(titled("By Ann Miller, Staff Writer", List.of()))).isNotNull();
        assertThat(judge.doubt(titled("Related stories", List.of()))).isNotNull();
        assertThat(judge.doubt(titled(null, List.of()))).isEqualTo("none");
    }

    @Test
    void aDoubtedTitleBecomesTheFirstSentenceMarkedLow() {
        List<Block> blocks = List.of(Block.paragraph("The harbour ferry carried its first passengers on Monday. The council said more boats would follow."));
        Metadata m = judge.judge(titled("Politics", List.of()), blocks);
        assertThat(m.title()).isEqualTo("The harbour ferry carried its first passengers on Monday.");
        assertThat(m.titleConfidence()).isEqualTo(Metadata.LOW_CONFIDENCE);
        Metadata kept = judge.judge(titled("Ferry service resumes after the storm", List.of()), blocks);
        assertThat(kept.title()).isEqualTo("Ferry service resumes after the storm");
        assertThat(kept.titleConfidence()).isNull();
    }

    @Test
    void aLongFirstSentenceIsCutAtAWord() {
        String longSentence = "The harbour ferry carried its first passengers on Monday morning after a week of repairs to the pier and the ticket office";
        assertThat(TitleConfidence.firstSentence(List.of(Block.paragraph(longSentence))))
                .isEqualTo("The harbour ferry carried its first passengers on Monday morning after a week of repairs…");
        assertThat(TitleConfidence.firstSentence(List.of(Block.paragraph("昨天上午，市图书馆新馆正式开放。首日接待读者三千人次。"))))
                .isEqualTo("昨天上午，市图书馆新馆正式开放。");
    }

    @Test
    void aTextCopyWhoseOnlyHeadlineIsASectionNameSaysSo() {
        String page = """
                Politics

                The harbour ferry carried its first passengers on Monday morning after a week of repairs to the pier, the operator said.

                The council said the timetable returns to normal from next week, with extra boats at weekends and on public holidays.
                """;
        TextPageExtractor.Extraction x = new TextPageExtractor().extract(page);
        assertThat(x.meta().titleConfidence()).isEqualTo(Metadata.LOW_CONFIDENCE);
        assertThat(x.meta().title()).isEqualTo("The harbour ferry carried its first passengers on Monday morning after a week of repairs…");
    }

    @Test
    void aSectionNameOverTheHeadlineGivesWayToIt() {
        String page = """
                Trang chủ
                Thời sự
                Kinh doanh
                Đăng nhập

                Kinh doanh

                Xăng giảm giá
                Thứ tư, 16/11/2022 - 20:30

                (Tin Nhanh) - Giá xăng giảm lần thứ ba liên tiếp, mức giảm cao nhất 500 đồng một lít.

                Giá xăng trong nước giảm lần thứ ba liên tiếp từ chiều nay, mức giảm cao nhất là 500 đồng mỗi lít.

                Liên bộ Công Thương và Tài chính cho biết quỹ bình ổn giá không được trích lập trong kỳ điều hành này.
                """;
        TextPageExtractor.Extraction x = new TextPageExtractor().extract(page);
        assertThat(x.meta().title()).isEqualTo("Xăng giảm giá");
        assertThat(x.meta().titleConfidence()).isNull();
    }
}
