package dev.mekong.language;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleLanguageStepTest {

    private final ArticleLanguageStep step = new ArticleLanguageStep(SharedDetector.DETECTOR);

    private static Article article(String title, Block... blocks) {
        return Article.extracted(null, new Metadata(title, null, null, null, null, null, null, null),
                List.of(blocks), List.of());
    }

    private static List<String> langs(Article article) {
        return article.blocks().stream().map(b -> b.lang() == null ? "-" : b.lang()).toList();
    }

    @Test
    void thaiArticleQuotingOneEnglishSentenceStaysThaiWithTheQuoteTaggedEnglish() {
        Article article = article("นายกรัฐมนตรีพบผู้นำอาเซียนที่กรุงเทพฯ",
                Block.paragraph("นายกรัฐมนตรีได้พบปะกับผู้นำประเทศสมาชิกอาเซียนเพื่อหารือเกี่ยวกับความร่วมมือทางเศรษฐกิจดิจิทัล"),
                Block.of(Block.QUOTE, "We are committed to building a stronger digital economy for the whole region."),
                Block.paragraph("ทั้งสองฝ่ายตกลงที่จะเพิ่มการลงทุนในโครงสร้างพื้นฐานด้านโทรคมนาคมในปีหน้า"));

        Article detected = step.apply(article);

        assertThat(detected.language().tag()).isEqualTo("th");
        assertThat(step.isLowConfidence(detected.language())).isFalse();
        assertThat(langs(detected)).containsExactly("-", "en", "-");
    }

    @Test
    void thaiParagraphQuotingAnEnglishSentenceInsideItStaysThai() {
        Article detected = step.apply(article(null, Block.paragraph(
                "ผู้อำนวยการกล่าวว่า \"This agreement will change the way we trade.\" "
                        + "และย้ำว่าประเทศไทยพร้อมที่จะเป็นศูนย์กลางด้านโลจิสติกส์ของภูมิภาคในอนาคตอันใกล้นี้")));

        assertThat(detected.language().tag()).isEqualTo("th");
        assertThat(langs(detected)).containsExactly("-");
    }

    @Test
    void chineseArticleWithAcronymsAndAShortEnglishLabelKeepsEveryBlockChinese() {
        Article detected = step.apply(article("中国—东盟数字合作论坛在曼谷召开",
                Block.paragraph("中国与东盟在5G、AI和数字经济领域的合作不断深化，ASEAN国家积极参与。"),
                Block.of(Block.FIGURE, "AI"),
                Block.paragraph("双方同意加强在人工智能、跨境电商和数据安全方面的交流与合作。")));

        assertThat(detected.language().tag()).isEqualTo("zh-Hans");
        assertThat(langs(detected)).containsExactly("-", "-", "-");
    }

    @Test
    void englishArticleWithAVietnameseParagraphTagsOnlyThatParagraph() {
        Article detected = step.apply(article("Vietnam's exports rise",
                Block.paragraph("Vietnam's exports rose sharply last year as electronics makers expanded their factories."),
                Block.paragraph("Xuất khẩu của Việt Nam tăng mạnh trong năm qua nhờ ngành điện tử."),
                Block.paragraph("Analysts expect the growth to continue into the next year despite weaker demand.")));

        assertThat(detected.language().tag()).isEqualTo("en");
        assertThat(langs(detected)).containsExactly("-", "vi", "-");
    }

    @Test
    void traditionalChineseArticleIsZhHant() {
        Article detected = step.apply(article("中國與東盟加強數字合作",
                Block.paragraph("中國與東盟國家在數字經濟領域的合作不斷深化，雙方將繼續擴大貿易往來。"),
                Block.paragraph("這次論壇為雙方的數字生態合作打開了新空間。")));

        assertThat(detected.language().tag()).isEqualTo("zh-Hant");
        assertThat(langs(detected)).containsExactly("-", "-");
    }

    @Test
    void articleWithoutLanguageEvidenceIsUndeterminedAndLowConfidence() {
        Article detected = step.apply(article("2025-01-19", Block.paragraph("https://example.com 12:30")));

        assertThat(detected.language()).isEqualTo(Language.undetermined());
        assertThat(step.isLowConfidence(detected.language())).isTrue();
    }
}
