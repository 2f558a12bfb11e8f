package dev.mekong.language;

import dev.mekong.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptFirstLanguageDetectorTest {

    private final ScriptFirstLanguageDetector detector = SharedDetector.DETECTOR;

    private String tag(String text) {
        return detector.detect(text).tag();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "中国—东盟携手打造数字产业新生态|zh-Hans",
            "中國—東盟攜手打造數字產業新生態|zh-Hant",
            "工|zh-Hans",
            "東京へ行きます|ja",
            "ひらがな|ja",
            "カタカナ|ja",
            "서울은 대한민국의 수도입니다|ko",
            "ประเทศไทยมีประชากรประมาณเจ็ดสิบล้านคน|th",
            "ไทย|th",
            "ສະບາຍດີ ປະເທດລາວ ເປັນປະເທດທີ່ສວຍງາມ|lo",
            "ព្រះរាជាណាចក្រកម្ពុជា គឺជាប្រទេសមួយនៅអាស៊ីអាគ្នេយ៍|km",
            "မြန်မာနိုင်ငံသည် အရှေ့တောင်အာရှတွင် တည်ရှိသည်|my",
            "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.|el",
            "Москва является столицей России.|ru",
    })
    void scriptThatBelongsToOneLanguageDecides(String text, String expected) {
        assertThat(tag(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The car can travel 500 km on a single charge.", "The bridge is 2.3 km long and 40 m wide.",
            "Apple unveils iPhone 16",
    })
    void quantitiesAndBrandNamesDoNotOutweighTheEnglishWords(String text) {
        assertThat(tag(text)).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"東京株式市場 日経平均 続落", "毎年、本当", "関東 猛暑日 熱中症警戒", "大阪駅前 再開発", "日経 続伸 円高"})
    void kanjiOnlyTextWithFormsOnlyJapaneseWritesIsJapanese(String text) {
        assertThat(tag(text)).isEqualTo("ja");
    }

    /** Headlines without a Japanese-only kanji form, written with words only Japanese writes (invented). */
    @ParameterizedTest
    @ValueSource(strings = {"米大統領 来日", "国際会議 開幕", "閣議決定 新方針", "首相 記者会見", "参院選 公示", "衆院 解散"})
    void kanjiOnlyTextWithWordsOnlyJapaneseWritesIsJapanese(String text) {
        assertThat(tag(text)).isEqualTo("ja");
    }

    /** The same words in Chinese spellings, and Chinese writing of Japan, stay Chinese. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "美國總統訪問日本|zh-Hant", "國際會議開幕|zh-Hant", "国际会议开幕|zh-Hans", "東京都知事選舉投開票|zh-Hant",
            "日本首相舉行記者會|zh-Hant", "东京股市收盘下跌|zh-Hans", "大阪燒好吃|zh-Hant"})
    void chineseSpellingsOfTheseWordsStayChinese(String text, String expected) {
        assertThat(tag(text)).isEqualTo(expected);
    }

    /** A Japanese place name that Traditional Chinese writes alike, alone, is no evidence for Chinese. */
    @ParameterizedTest
    @ValueSource(strings = {"京都", "札幌", "名古屋", "京都 奈良"})
    void japanesePlaceNamesAloneAreUndetermined(String text) {
        assertThat(tag(text)).isEqualTo("und");
    }

    @Test
    void chineseTextQuotingOneJapaneseFormStaysChinese() {
        assertThat(tag("据日本媒体报道，丰田汽车公司周二宣布，将在日本国内的工厂全面恢复生产，"
                + "此前该公司因系统故障暂停了十四条生产线的运营，影响约一万三千辆汽车。位于大阪駅附近的门店照常营业。"))
                .isEqualTo("zh-Hans");
    }

    @ParameterizedTest
    @ValueSource(strings = {"đường", "thưởng", "Thành phố Hồ Chí Minh là thành phố lớn nhất Việt Nam."})
    void vietnameseOnlyLettersDecideVietnamese(String text) {
        assertThat(tag(text)).isEqualTo("vi");
    }

    /** Short Vietnamese phrases (invented) with plain a-z syllables and an English loanword Vietnamese keeps. */
    @ParameterizedTest
    @ValueSource(strings = {"Xem clip", "xem them", "Xem phim online", "Xin chao", "Vay tien online", "Xem livestream"})
    void plainVietnameseSyllablesWithAKeptLoanwordAreVietnamese(String text) {
        assertThat(tag(text)).isEqualTo("vi");
    }

    @ParameterizedTest
    @ValueSource(strings = {"là", "theo", "thanh"})
    void frequentVietnameseWordsAndVietnameseSpelledNamesAreVietnameseOnTheirOwn(String text) {
        assertThat(tag(text)).isEqualTo("vi");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"mañana|es", "Straße|de", "français|fr"})
    void lettersOutsideTheEnglishAlphabetRuleEnglishOut(String word, String expected) {
        assertThat(tag(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ສະບາຍດີ ປະເທດລາວ ເປັນປະເທດທີ່ສວຍງາມ ແລະ ມີວັດທະນະທຳທີ່ອຸດົມສົມບູນ",
            "ສປປ ລາວ",
            "ព្រះរាជាណាចក្រកម្ពុជា គឺជាប្រទេសមួយនៅអាស៊ីអាគ្នេយ៍",
            "ខ្មែរ",
            "မြန်မာနိုင်ငံသည် အရှေ့တောင်အာရှတွင် တည်ရှိသည်",
            "ဗမာ",
            "ລາວ 2025 https://example.la",
    })
    void laoKhmerAndBurmeseAreNeverChineseOrThai(String text) {
        assertThat(detector.detect(text).primary()).isNotIn("zh", "th");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "2025-01-19 23:21:00", "19/01/2025", "2025年1月19日", "12,345.67 %",
            "https://www.example.com/news/2025/01/19/article.html?id=42", "info@example.org",
            "www.example.com — 2024-12-18 09:06:02", "+84 28 3822 1234", "(1) [2] — 3.",
    })
    void textWithOnlyDigitsUrlsOrDatesIsUndetermined(String text) {
        assertThat(detector.detect(text)).isEqualTo(Language.undetermined());
    }

    @Test
    void chineseParagraphWithEnglishAcronymsStaysSimplifiedChinese() {
        String text = "中新社北京1月19日电 中国与东盟在5G、AI和数字经济领域的合作不断深化，ASEAN国家积极参与，"
                + "双方将在AI治理和5G网络建设方面加强交流。";
        assertThat(tag(text)).isEqualTo("zh-Hans");
    }

    @Test
    void traditionalAndSimplifiedSentencesAreToldApart() {
        assertThat(tag("我们的国家正在发展数字经济，这对东盟各国都很重要。")).isEqualTo("zh-Hans");
        assertThat(tag("我們的國家正在發展數字經濟，這對東盟各國都很重要。")).isEqualTo("zh-Hant");
    }

    @Test
    void longLatinTextGoesByTheModel() {
        assertThat(tag("The government announced a new plan for the economy on Monday.")).isEqualTo("en");
        assertThat(detector.detect("Pemerintah mengumumkan rencana baru untuk perekonomian pada hari Senin ini.")
                .primary()).isNotIn("zh", "en", "vi", "th");
        assertThat(tag("Le gouvernement a annoncé lundi un nouveau plan pour l'économie du pays.")).isEqualTo("fr");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "the|en", "government|en", "Kumusta ka na?|tl", "Bonjour tout le monde|fr", "Guten Morgen|de",
            "khách email|vi", "nhà nước|vi",
            "Updated: 2025-01-19 10:00 GMT+7|en", "BREAKING NEWS: GOVERNMENT RESIGNS|en",
    })
    void shortTextIsDecidedByWordLists(String text, String expected) {
        assertThat(tag(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hotel", "final", "taxi", "internet", "radio", "Huawei", "xyzzq"})
    void shortTextTheWordsDoNotSettleIsUndeterminedWithLowConfidence(String text) {
        Language language = detector.detect(text);
        assertThat(language.tag()).isEqualTo("und");
        assertThat(detector.isLowConfidence(language)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Monday|en", "On Monday, February|en", "Sunday 12 January|en", "Montag|de", "mercredi|fr",
    })
    void dayAndMonthNamesAreWordsOfTheirLanguageNotNames(String text, String expected) {
        assertThat(tag(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kerajaan umum pelan baharu", "Dia pergi ke sekolah.", "Isnin"})
    void indonesianAndMalayWhichShareTheirWordListAreToldApartByTheModelNotLeftUndetermined(String text) {
        assertThat(detector.detect(text).primary()).isIn("id", "ms");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Les highlights de la Champions League sont sur Amazon Prime Video.|fr",
            "Panoorin ang highlights ng Champions League sa Amazon Prime Video.|tl",
            "Selena Gomez and Justin Bieber were spotted in Los Angeles.|en",
    })
    void wordListsThatSettleTheTextOverruleAnUnsureModel(String text, String expected) {
        assertThat(tag(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Download lagu terbaru dan full album gratis di blog kami setiap hari.",
            "Lirik lagu terbaru dan video klip official di channel YouTube kami.",
    })
    void englishLoanwordsInMalayTextDoNotMakeItEnglish(String text) {
        assertThat(detector.detect(text).primary()).isNotIn("zh", "en", "vi", "th");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Het kabinet heeft dinsdag een nieuwe begroting gepresenteerd.|nl",
            "O governo anunciou na terça-feira um novo plano para a economia.|pt",
    })
    void languagesWithoutWordListsKeepTheModelsAnswer(String text, String expected) {
        assertThat(tag(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ดู Replay|th", "กด Subscribe|th", "ดู highlights|th", "แกะกล่อง Apple Watch Ultra|th", "ที่มา: Reuters|th",
            "苹果 MacBook Air|zh-Hans",
    })
    void latinNamesAndOneLoanwordInsideAnotherScriptLeaveTheDecisionToThatScript(String text, String expected) {
        assertThat(tag(text)).isEqualTo(expected);
    }

    @Test
    void englishRunningTextQuotingAThaiWordStaysEnglish() {
        assertThat(tag("The word สวัสดี means hello in Thai.")).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Patrick", "Samsung", "Bangkok", "Robert Wainwright", "Carlos Javier", "Bangkok Post"})
    void properNamesAreEvidenceForNoLanguage(String text) {
        assertThat(tag(text)).isEqualTo("und");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Patrick said the talks were useful|en", "colour|en", "centre of the city|en", "peacebuilding democratic|en",
    })
    void namesDoNotHideTheOtherWordsAndCompoundsAreNoEvidenceAgainst(String text, String expected) {
        assertThat(tag(text)).isEqualTo(expected);
    }

    @Test
    void everyAnswerHasAConfidenceAndTheThresholdIsConfigurable() {
        Language english = detector.detect("The government announced a new plan for the economy on Monday.");
        assertThat(english.confidence()).isBetween(0.5, 1.0);
        assertThat(detector.isLowConfidence(english)).isFalse();
        assertThat(detector.isLowConfidence(new Language("en", 0.3))).isTrue();

        ScriptFirstLanguageDetector strict = new ScriptFirstLanguageDetector(0.999);
        assertThat(strict.lowConfidenceThreshold()).isEqualTo(0.999);
        assertThat(strict.isLowConfidence(english)).isTrue();
    }
}
