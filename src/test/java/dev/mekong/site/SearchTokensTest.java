package dev.mekong.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTest {

    @Test
    void thaiIsSplitIntoDictionaryWords() {
        assertThat(SearchTokens.of("รัฐบาลไทยประกาศแผนพัฒนาเศรษฐกิจดิจิทัล", "th"))
                .containsExactly("รัฐบาล", "ไทย", "ประกาศ", "แผน", "พัฒนา", "เศรษฐกิจ", "ดิจิทัล");
    }

    @Test
    void chineseHasItsWordsThenEveryCharacterAndAdjacentPair() {
        assertThat(SearchTokens.of("中国与东盟携手", "zh-Hans"))
                .containsExactly("中国", "与", "东", "盟", "携", "手", "中", "国", "国与", "与东", "东盟", "盟携", "携手");
    }

    @Test
    void vietnameseWordsAreAlsoIndexedWithoutDiacritics() {
        assertThat(SearchTokens.of("Đà Nẵng mở trung tâm dữ liệu", "vi"))
                .containsExactly("đà", "da", "nẵng", "nang", "mở", "mo", "trung", "tâm", "tam", "dữ", "du", "liệu", "lieu");
    }

    @Test
    void latinTextIsLowerCasedAndCompatibilityFormsNormalised() {
        assertThat(SearchTokens.of("Laos opens hydro-powered Data Centre.", "en"))
                .containsExactly("laos", "opens", "hydro", "powered", "data", "centre");
        assertThat(SearchTokens.of("ＡＳＥＡＮ ２０２５", "en")).containsExactly("asean", "2025");
    }
}
