package dev.mekong.extract.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextsTest {

    private final DateTexts dates = new DateTexts();
    private static final ZoneId CHINA = ZoneOffset.ofHours(8);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025年1月19日 23:21                 | true  | 2025-01-19T23:21:00+08:00",
            "发布时间：2025-01-19 23:21:05        | true  | 2025-01-19T23:21:05+08:00",
            "January 19, 2025 at 11:21 pm EST    | false | 2025-01-19T23:21:00-05:00",
            "January 19, 2025 at 11:21 pm CST    | false | 2025-01-19T23:21:00-06:00",
            "Sun 19 Jan 2025 08:00 GMT           | false | 2025-01-19T08:00:00Z",
            "Chủ nhật, 19/01/2025 10:30 (GMT+7)  | true  | 2025-01-19T10:30:00+07:00",
            "10:30 19/01/2025                    | true  | 2025-01-19T10:30:00+08:00",
            "ngày 19 tháng 1 năm 2025            | true  | 2025-01-19T00:00:00+08:00",
            "19 ม.ค. 2568 10:30 น.               | true  | 2025-01-19T10:30:00+08:00",
            "วันที่ 19 มกราคม 2568               | true  | 2025-01-19T00:00:00+08:00",
            "23 ธ.ค. 60                          | true  | 2017-12-23T00:00:00+08:00",
            "01/02/2025                          | false | 2025-01-02T00:00:00+08:00",
            "01/02/2025                          | true  | 2025-02-01T00:00:00+08:00"})
    void visibleDates(String text, boolean dayFirst, String expected) {
        assertThat(DateGrammar.format(dates.find(text, CHINA, dayFirst).time())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-01-19T23:21:00+07:00       | 2025-01-19T23:21:00+07:00",
            "2025-01-19T15:21:00Z            | 2025-01-19T15:21:00Z",
            "2025-01-19T23:21:00.000+0800    | 2025-01-19T23:21:00+08:00",
            "2025-01-19                      | 2025-01-19T00:00:00+08:00",
            "Sun, 19 Jan 2025 15:21:00 GMT   | 2025-01-19T15:21:00Z"})
    void machineDates(String value, String expected) {
        assertThat(DateGrammar.format(dates.parseMachine(value, CHINA))).isEqualTo(expected);
    }
}
