package dev.mekong.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of HTML pages, as pages write them, machine-readable (ISO 8601, RFC 1123) or visible (2025年1月19日,
 * January 19, 2025, 19/01/2025, ngày 19 tháng 1 năm 2025, 19 ม.ค. 2568 in the Buddhist era), to an
 * ISO-8601 time with offset. A time without a zone gets the default zone passed in. Month names, zones,
 * clock and era are {@link DateGrammar}'s; how an ambiguous n/n/yyyy and a time before the date are read
 * is this reader's own (see {@link DateTimeExtractor} for the text copies' reading).
 */
public final class DateTexts {

    /** Where in the text a date was found, and what it means. */
    public record Found(OffsetDateTime time, int start, int end) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String ZONE = "(?:\\s*\\(?\\s*(Z|[+-]\\d{2}:?\\d{2}|(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|GMT|UTC|[A-Z]{2,4}T)\\b)?";
    private static final String TIME = "(?:[T\\s,]*(?:lúc\\s*|at\\s*|เวลา\\s*)?(\\d{1,2})\\s*[:：时時h]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2})(?:[.,]\\d+)?)?\\s*(?:秒)?\\s*(a\\.?m\\.?|p\\.?m\\.?|น\\.)?" + ZONE + ")?";
    private static final Pattern YMD = Pattern.compile(
            "(?<![\\d])(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?![\\d])\\s*[日号號]?" + TIME, FLAGS);
    private static final Pattern DMY = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})(?![\\d])" + TIME, FLAGS);
    private static final Pattern VI_WORDS = Pattern.compile(
            "(?:ngày\\s*)?(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*(?:năm|,)?\\s*(\\d{4})" + TIME, FLAGS);
    private static final Pattern TIME_BEFORE = Pattern.compile("(\\d{1,2})[:h](\\d{2})\\s*(?:\\(?\\s*(?:gmt|utc)\\s*[+-]\\s*\\d{1,2}\\s*\\)?)?\\s*[,|\\-–]?\\s*(?:(?:thứ\\s+\\w+|chủ nhật)\\s*,?\\s*)?$", FLAGS);
    private static final Pattern ISO_MACHINE = Pattern.compile(
            "^\\s*(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T\\s]+(\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?", FLAGS);
    private final Pattern monthDayYear;
    private final Pattern dayMonthYear;

    public DateTexts() {
        String names = DateGrammar.monthNames();
        monthDayYear = Pattern.compile("(?<![\\p{L}])(" + names + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?![\\d])" + TIME, FLAGS);
        dayMonthYear = Pattern.compile("(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+)?(" + names + ")\\.?\\s*,?\\s*(\\d{4}|\\d{2})(?![\\d])" + TIME, FLAGS);
    }

    /** A machine-readable value (meta content, datetime attribute, JSON-LD); null when it is not one. */
    public OffsetDateTime parseMachine(String value, ZoneId defaultZone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = ISO_MACHINE.matcher(value);
        if (m.find()) {
            return build(num(m.group(1)), num(m.group(2)), num(m.group(3)), m.group(4), m.group(5), m.group(6),
                    null, m.group(7), defaultZone);
        }
        try {
            return OffsetDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeException e) {
            Found found = find(value, defaultZone, false);
            return found == null ? null : found.time();
        }
    }

    /** The first date written in visible text, or null. {@code dayFirst}: read 01/02/2025 as 1 February. */
    public Found find(String text, ZoneId defaultZone, boolean dayFirst) {
        Found best = null;
        best = earliest(best, matchYmd(text, defaultZone));
        best = earliest(best, matchNamed(monthDayYear, text, defaultZone, 2, 1, 3));
        best = earliest(best, matchNamed(dayMonthYear, text, defaultZone, 1, 2, 3));
        best = earliest(best, matchDmy(VI_WORDS, text, defaultZone, true));
        best = earliest(best, matchDmy(DMY, text, defaultZone, dayFirst));
        return best;
    }

    private static Found earliest(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start() <= b.start() ? a : b;
    }

    private Found matchYmd(String text, ZoneId zone) {
        Matcher m = YMD.matcher(text);
        while (m.find()) {
            OffsetDateTime t = build(num(m.group(1)), num(m.group(2)), num(m.group(3)), m.group(4), m.group(5), m.group(6),
                    m.group(7), m.group(8), zone);
            if (t != null) {
                return withTimeBefore(text, m, t, zone);
            }
        }
        return null;
    }

    private Found matchDmy(Pattern p, String text, ZoneId zone, boolean dayFirst) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int a = num(m.group(1));
            int b = num(m.group(2));
            boolean dmy = dayFirst ? b <= 12 || a > 12 : a > 12;
            int day = dmy ? a : b;
            int month = dmy ? b : a;
            OffsetDateTime t = build(num(m.group(3)), month, day, m.group(4), m.group(5), m.group(6), m.group(7), m.group(8), zone);
            if (t != null) {
                return withTimeBefore(text, m, t, zone);
            }
        }
        return null;
    }

    private Found matchNamed(Pattern p, String text, ZoneId zone, int dayGroup, int monthGroup, int yearGroup) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            int month = DateGrammar.month(m.group(monthGroup));
            int year = num(m.group(yearGroup));
            if (m.group(yearGroup).length() == 2) {
                year = DateGrammar.buddhistYearOfTwoDigits(year);
            }
            OffsetDateTime t = build(year, month, num(m.group(dayGroup)), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8), zone);
            if (t != null) {
                return withTimeBefore(text, m, t, zone);
            }
        }
        return null;
    }

    /** Vietnamese pages often write the time first: "10:30 17/01/2012". */
    private Found withTimeBefore(String text, Matcher m, OffsetDateTime t, ZoneId zone) {
        if (m.group(4) == null) {
            Matcher before = TIME_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start()));
            if (before.find()) {
                int hour = num(before.group(1));
                int minute = num(before.group(2));
                if (hour < 24 && minute < 60) {
                    return new Found(t.withHour(hour).withMinute(minute), m.start(), m.end());
                }
            }
        }
        return new Found(t, m.start(), m.end());
    }

    private static int num(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d >= 0) {
                n = n * 10 + d;
            }
        }
        return n;
    }

    private static OffsetDateTime build(int year, int month, int day, String hour, String minute, String second,
                                        String ampm, String zone, ZoneId defaultZone) {
        year = DateGrammar.gregorianYear(year);
        if (!DateGrammar.isPlausibleYear(year)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            int h = hour == null ? 0 : num(hour);
            int min = minute == null ? 0 : num(minute);
            int sec = second == null ? 0 : num(second);
            h = DateGrammar.hourOfDay(h, ampm);
            LocalDateTime local = date.atTime(h, min, sec);
            ZoneOffset offset = zoneOffset(zone, defaultZone, local);
            return local.atOffset(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset zoneOffset(String zone, ZoneId defaultZone, LocalDateTime local) {
        if (zone != null) {
            String z = zone.replace(" ", "").toUpperCase(Locale.ROOT);
            if (z.equals("Z")) {
                return ZoneOffset.UTC;
            }
            if (z.startsWith("GMT") || z.startsWith("UTC")) {
                z = z.substring(3);
                if (z.isEmpty()) {
                    return ZoneOffset.UTC;
                }
            }
            if (z.startsWith("+") || z.startsWith("-")) {
                String digits = z.substring(1).replace(":", "");
                int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
                int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
                int sign = z.startsWith("-") ? -1 : 1;
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
            Optional<ZoneOffset> named = DateGrammar.zone(z);
            if (named.isPresent()) {
                return named.get();
            }
        }
        return defaultZone.getRules().getOffset(local);
    }
}
