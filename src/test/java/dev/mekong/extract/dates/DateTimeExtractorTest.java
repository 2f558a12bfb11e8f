package dev.mekong.extract.dates;

import dev.mekong.language.LanguageFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DateTimeExtractorTest {

    private final DateTimeExtractor dates = new DateTimeExtractor(LanguageFacts.LOCAL_TIME_ZONES);

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "2025-01-19 23:21:00 => zh => 2025-01-19T23:21:00+08:00",
            "来源:广西广播电视台综合广播2023-12-18 09:06:02|网络编辑:王琳 => zh => 2023-12-18T09:06:02+08:00",
            "2025年1月19日 23:21 => zh => 2025-01-19T23:21:00+08:00",
            "2012年01月12日16:23  四川新闻网 => zh => 2012-01-12T16:23:00+08:00",
            "發佈時間：2012年1月12日 下午 3:05 => zh => 2012-01-12T15:05:00+08:00",
            "19/01/2025 08:30 => vi => 2025-01-19T08:30:00+07:00",
            "Thứ hai, 19/1/2025 - 08:30 (GMT+7) => vi => 2025-01-19T08:30:00+07:00",
            "Cập nhật lúc 08:30 ngày 19/01/2025 => vi => 2025-01-19T08:30:00+07:00",
            "Hà Nội, ngày 19 tháng 1 năm 2025 => vi => 2025-01-19T00:00:00+07:00",
            "19 ม.ค. 2568 => th => 2025-01-19T00:00:00+07:00",
            "19 มค 68 => th => 2025-01-19T00:00:00+07:00",
            "เผยแพร่: 22 พ.ค. 2560 06:07 น. => th => 2017-05-22T06:07:00+07:00",
            "วันจันทร์ที่ 16 ตุลาคม 2560 => th => 2017-10-16T00:00:00+07:00",
            "January 19, 2025 11:21 PM EST => en => 2025-01-19T23:21:00-05:00",
            "Sept. 5, 2020 => en => 2020-09-05T00:00:00Z",
            "Published: Tuesday, January 31, 2017 19:52 => en => 2017-01-31T19:52:00Z",
            "Tue, 17 Jan 2012 => en => 2012-01-17T00:00:00Z",
            "2025-01-19T23:21:00+08:00 => en => 2025-01-19T23:21:00+08:00",
            "Posted 3 March 2024 at 9:15 am GMT+1 => en => 2024-03-03T09:15:00+01:00",
    })
    void findsDatesInEveryFamily(String text, String lang, String iso) {
        assertThat(dates.findIso(text.strip(), lang)).contains(iso);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {"version 2.31.2020", "call 024 3825 1234", "12:30", "Room 2019-99-99"})
    void ignoresThingsThatOnlyLookLikeDates(String text) {
        assertThat(dates.findIso(text, "en")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {"zh => +09:00", "vi => +07:00", "fr => Z"})
    void defaultZoneIsPerLanguage(String lang, String zone) {
        DateTimeExtractor custom = new DateTimeExtractor(Map.of("zh", ZoneOffset.ofHours(9), "vi", ZoneOffset.ofHours(7)));
        assertThat(custom.findIso("2025-01-19 10:00", lang)).contains("2025-01-19T10:00:00" + zone);
    }

    @Test
    void pageWithAMonthFirstDateReadsItsSlashDatesMonthFirst() {
        assertThat(DateTimeExtractor.writesMonthFirst("News 12/17/2025\nPosted 03/01/2017 by Agatha")).isTrue();
        assertThat(DateTimeExtractor.writesMonthFirst("News 17/12/2025\nPosted 03/01/2017 by Agatha")).isFalse();
        assertThat(DateTimeExtractor.writesMonthFirst("Posted 03/01/2017 by Agatha")).isFalse();
        assertThat(dates.findIso("03/01/2017 by Agatha", "en", true)).contains("2017-03-01T00:00:00Z");
        assertThat(dates.findIso("03/01/2017 by Agatha", "en", false)).contains("2017-01-03T00:00:00Z");
        assertThat(dates.findIso("03.01.2017", "en", true)).contains("2017-01-03T00:00:00Z");
    }
}
