package dev.mekong.site;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.ULocale;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Dates as each language writes them (ICU long date: 2025年1月19日, January 19, 2025, 19 tháng 1, 2025,
 * 19 มกราคม 2568 with the Thai bundle's Buddhist calendar), in the article's own UTC offset, never
 * the build machine's zone.
 */
final class LocalDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private LocalDates() {
    }

    static OffsetDateTime parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ISO-8601 with seconds and offset, the form feeds, sitemaps and JSON-LD expect. */
    static String iso(OffsetDateTime time) {
        return ISO.format(time);
    }

    static String date(OffsetDateTime time, ULocale locale) {
        return format(DateFormat.getDateInstance(DateFormat.LONG, locale), time);
    }

    static String time(OffsetDateTime time, ULocale locale) {
        return format(DateFormat.getTimeInstance(DateFormat.SHORT, locale), time);
    }

    /** Month and year, for the archive: 2025年1月, January 2025 … */
    static String month(OffsetDateTime time, ULocale locale) {
        return format(DateFormat.getInstanceForSkeleton(DateFormat.YEAR_MONTH, locale), time);
    }

    private static String format(DateFormat format, OffsetDateTime time) {
        int offsetMillis = time.getOffset().getTotalSeconds() * 1000;
        format.setTimeZone(new SimpleTimeZone(offsetMillis, "article"));
        return format.format(Date.from(time.toInstant()));
    }

    /** The zone label shown beside a time, e.g. UTC+08:00. */
    static String offset(OffsetDateTime time) {
        String id = time.getOffset().getId();
        return "UTC" + (id.equals("Z") ? "" : id);
    }
}
