package dev.mekong.extract.dates;

import org.junit.jupiter.api.Test;

import java.lang.Character.UnicodeScript;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DateGrammarTest {

    @Test
    void monthNamesInEnglishAndThaiWithAndWithoutDots() {
        assertThat(DateGrammar.month("Sept")).isEqualTo(9);
        assertThat(DateGrammar.month("DECEMBER")).isEqualTo(12);
        assertThat(DateGrammar.month("ม.ค.")).isEqualTo(1);
        assertThat(DateGrammar.month("มค")).isEqualTo(1);
        assertThat(DateGrammar.month("Monday")).isZero();
        Pattern thai = Pattern.compile(DateGrammar.monthNames(UnicodeScript.THAI));
        assertThat(thai.matcher("พ.ย.").matches()).isTrue();
        assertThat(thai.matcher("พxย.").matches()).isFalse();
        assertThat(Pattern.compile(DateGrammar.monthNames(UnicodeScript.LATIN)).matcher("ม.ค.").matches()).isFalse();
    }

    @Test
    void zoneAbbreviationsAndTheirOffsets() {
        assertThat(DateGrammar.zone("ICT")).contains(ZoneOffset.ofHours(7));
        assertThat(DateGrammar.zone("IST")).contains(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(DateGrammar.zone("GMT")).contains(ZoneOffset.UTC);
        assertThat(DateGrammar.zone("XYZ")).isEmpty();
    }

    @Test
    void clockEraAndYears() {
        assertThat(DateGrammar.hourOfDay(11, "pm")).isEqualTo(23);
        assertThat(DateGrammar.hourOfDay(12, "a.m.")).isZero();
        assertThat(DateGrammar.hourOfDay(9, null)).isEqualTo(9);
        assertThat(DateGrammar.gregorianYear(2568)).isEqualTo(2025);
        assertThat(DateGrammar.gregorianYear(DateGrammar.buddhistYearOfTwoDigits(68))).isEqualTo(2025);
        assertThat(DateGrammar.isPlausibleYear(1989)).isFalse();
        assertThat(DateGrammar.format(OffsetDateTime.of(2025, 1, 19, 8, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("2025-01-19T08:30:00Z");
    }
}
