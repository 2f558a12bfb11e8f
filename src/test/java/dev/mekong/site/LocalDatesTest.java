package dev.mekong.site;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class LocalDatesTest {

    private static final OffsetDateTime LATE_EVENING_IN_BEIJING = OffsetDateTime.parse("2025-01-19T23:21:00+08:00");

    private static String date(String code) {
        return LocalDates.date(LATE_EVENING_IN_BEIJING, SiteLanguage.of(code, null).locale());
    }

    @Test
    void eachLanguageWritesTheDateItsOwnWay() {
        assertThat(date("zh")).isEqualTo("2025年1月19日");
        assertThat(date("en")).isEqualTo("January 19, 2025");
        assertThat(date("vi")).isEqualTo("19 tháng 1, 2025");
        assertThat(date("th")).isEqualTo("19 มกราคม 2568");
    }

    @Test
    void theArticlesOwnZoneDecidesTheDayNotTheMachines() {
        // 23:21 in Beijing is 15:21 UTC the same day, but would be the next day in Tokyo.
        assertThat(LocalDates.time(LATE_EVENING_IN_BEIJING, SiteLanguage.of("zh", null).locale())).isEqualTo("23:21");
        assertThat(LocalDates.offset(LATE_EVENING_IN_BEIJING)).isEqualTo("UTC+08:00");
        assertThat(LocalDates.iso(LATE_EVENING_IN_BEIJING)).isEqualTo("2025-01-19T23:21:00+08:00");
    }

    @Test
    void aLanguageWithoutABundleStillGetsItsOwnDates() {
        assertThat(date("es")).isEqualTo("19 de enero de 2025");
    }

    @Test
    void unparseableDatesAreAbsentNotWrong() {
        assertThat(LocalDates.parse("yesterday")).isNull();
        assertThat(LocalDates.parse(null)).isNull();
    }
}
