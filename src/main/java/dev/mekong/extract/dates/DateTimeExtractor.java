package dev.mekong.extract.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publish date (and time and zone when given) in a line of text, in the date styles of Chinese,
 * English, Vietnamese and Thai pages, and renders it as ISO-8601 with an offset. When the text names no
 * zone, the default zone of the page's language applies (a site's local time). Reads the lines of text
 * copies, site-rule dates and article fields; month names, zones, clock and era are {@link DateGrammar}'s.
 */
public class DateTimeExtractor {

    private static final String TIME = "(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?";
    private static final String ZONE = "(?:\\(?\\s*(?:GMT|UTC)\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?\\s*\\)?|([+-])(\\d{2}):?(\\d{2})(?!\\d)|\\b(" + DateGrammar.zoneAbbreviations() + ")\\b)";

    private static final Pattern YMD = Pattern.compile(
            "(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)(?:[T\\s]*" + TIME + "(?:\\.\\d+)?\\s*" + ZONE + "?)?");
    private static final Pattern CJK = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?(?:\\s*(?:[上下]午)?\\s*(\\d{1,2})\\s*[:：时點点]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2}))?)?");
    private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern DMY = Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/])");
    private static final Pattern VI_WORDS = Pattern.compile(
            "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEAR_TIME = Pattern.compile("(?<![\\d/.:])(\\d{1,2})[:h.](\\d{2})(?::(\\d{2}))?(?![\\d/])\\s*(น\\.|am|pm|a\\.m\\.|p\\.m\\.)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEAR_ZONE = Pattern.compile(ZONE);

    private static final String EN_MONTHS = "(" + DateGrammar.monthNames(Character.UnicodeScript.LATIN) + ")\\.?";
    private static final Pattern EN_MDY = Pattern.compile(
            "\\b" + EN_MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_DMY = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + EN_MONTHS + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern THAI = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s*(" + DateGrammar.monthNames(Character.UnicodeScript.THAI) + ")\\s*(\\d{4}|\\d{2})(?!\\d)");

    private final Map<String, ZoneOffset> defaultZones;
    private final ZoneOffset fallbackZone;

    /** @param defaultZones zone per primary language tag (zh, vi, th, en …) for pages that give none */
    public DateTimeExtractor(Map<String, ZoneOffset> defaultZones) {
        this(defaultZones, ZoneOffset.UTC);
    }

    public DateTimeExtractor(Map<String, ZoneOffset> defaultZones, ZoneOffset fallbackZone) {
        this.defaultZones = Map.copyOf(defaultZones);
        this.fallbackZone = fallbackZone;
    }

    /** A date found in text: where it was, and the moment as ISO-8601 with offset. */
    public record Found(int start, int end, OffsetDateTime time, boolean hasTime) {
        public String iso() {
            return DateGrammar.format(time);
        }
    }

    /** The first date in the text, as ISO-8601 with offset, or empty. */
    public Optional<String> findIso(String text, String language) {
        return find(text, language).map(Found::iso);
    }

    /** The first date in the text, reading n/n/yyyy month first when {@code monthFirst} (see {@link #writesMonthFirst}). */
    public Optional<String> findIso(String text, String language, boolean monthFirst) {
        return find(text, language, monthFirst).map(Found::iso);
    }

    /** The earliest date in the text (the leftmost match of any style). */
    public Optional<Found> find(String text, String language) {
        return find(text, language, false);
    }

    /**
     * Whether a page writes n/n/yyyy dates month first: one of them reads only that way (12/17/2025)
     * and none reads only day first (17/12/2025).
     */
    public static boolean writesMonthFirst(String page) {
        boolean monthFirst = false;
        Matcher m = SLASH_DATE.matcher(page);
        while (m.find()) {
            int first = int_(m.group(1));
            int second = int_(m.group(2));
            if (first > 12 && second <= 12) {
                return false;
            }
            monthFirst |= first <= 12 && second > 12 && second <= 31;
        }
        return monthFirst;
    }

    /** Every date in the text, in the order they start, as ISO-8601 with offset. */
    public List<String> findAllIso(String text, String language, boolean monthFirst) {
        return all(text, language, monthFirst).stream().sorted(Comparator.comparingInt(Found::start)).map(Found::iso).toList();
    }

    private Optional<Found> find(String text, String language, boolean monthFirst) {
        return all(text, language, monthFirst).stream().min(Comparator.comparingInt(Found::start).thenComparing(f -> !f.hasTime()));
    }

    private List<Found> all(String text, String language, boolean monthFirst) {
        List<Found> all = new ArrayList<>();
        ZoneOffset zone = defaultZones.getOrDefault(language == null ? "" : language, fallbackZone);
        addYmd(text, zone, all);
        addCjk(text, zone, all);
        addDmy(text, zone, all, monthFirst);
        addVietnameseWords(text, zone, all);
        addThai(text, zone, all);
        addEnglish(text, zone, all);
        return all;
    }

    private void addYmd(String text, ZoneOffset zone, List<Found> out) {
        Matcher m = YMD.matcher(text);
        while (m.find()) {
            LocalTime time = m.group(4) == null ? null : time(m.group(4), m.group(5), m.group(6), null);
            ZoneOffset z = zone(m, 7, zone);
            add(out, m.start(), m.end(), int_(m.group(1)), int_(m.group(2)), int_(m.group(3)), time, z);
        }
    }

    private void addCjk(String text, ZoneOffset zone, List<Found> out) {
        Matcher m = CJK.matcher(text);
        while (m.find()) {
            LocalTime time = null;
            if (m.group(4) != null) {
                String ampm = m.group().contains("下午") ? "pm" : null;
                time = time(m.group(4), m.group(5), m.group(6), ampm);
            }
            int end = m.end();
            ZoneOffset offset = zone;
            if (time == null) {
                Found near = nearTimeAndZone(text, m.end(), zone);
                if (near != null) {
                    time = near.time().toLocalTime();
                    offset = near.time().getOffset();
                    end = near.end();
                }
            } else {
                offset = zoneAfter(text, m.end(), zone);
            }
            add(out, m.start(), end, int_(m.group(1)), int_(m.group(2)), int_(m.group(3)), time, offset);
        }
    }

    private void addDmy(String text, ZoneOffset zone, List<Found> out, boolean monthFirst) {
        Matcher m = DMY.matcher(text);
        while (m.find()) {
            int first = int_(m.group(1));
            int second = int_(m.group(2));
            boolean readMonthFirst = monthFirst && m.group().indexOf('/') >= 0;
            addWithNearbyTime(text, m, zone, out, int_(m.group(3)), readMonthFirst ? first : second, readMonthFirst ? second : first);
        }
    }

    private void addVietnameseWords(String text, ZoneOffset zone, List<Found> out) {
        Matcher m = VI_WORDS.matcher(text);
        while (m.find()) {
            addWithNearbyTime(text, m, zone, out, int_(m.group(3)), int_(m.group(2)), int_(m.group(1)));
        }
    }

    private void addThai(String text, ZoneOffset zone, List<Found> out) {
        Matcher m = THAI.matcher(text);
        while (m.find()) {
            int year = int_(m.group(3));
            year = DateGrammar.gregorianYear(year < 100 ? DateGrammar.buddhistYearOfTwoDigits(year) : year);
            addWithNearbyTime(text, m, zone, out, year, DateGrammar.month(m.group(2)), int_(m.group(1)));
        }
    }

    private void addEnglish(String text, ZoneOffset zone, List<Found> out) {
        Matcher m = EN_MDY.matcher(text);
        while (m.find()) {
            addWithNearbyTime(text, m, zone, out, int_(m.group(3)), DateGrammar.month(m.group(1)), int_(m.group(2)));
        }
        m = EN_DMY.matcher(text);
        while (m.find()) {
            addWithNearbyTime(text, m, zone, out, int_(m.group(3)), DateGrammar.month(m.group(2)), int_(m.group(1)));
        }
    }

    /** Day-first and word dates put the time before or after the date: "08:30 19/01/2025", "19/1/2025 - 08:30 (GMT+7)". */
    private void addWithNearbyTime(String text, Matcher m, ZoneOffset zone, List<Found> out, int year, int month, int day) {
        Found after = nearTimeAndZone(text, m.end(), zone);
        if (after != null) {
            add(out, m.start(), after.end(), year, month, day, after.time().toLocalTime(), after.time().getOffset());
            return;
        }
        Found before = nearTimeBefore(text, m.start(), zone);
        if (before != null) {
            ZoneOffset z = zoneAfter(text, m.end(), zone);
            add(out, before.start(), m.end(), year, month, day, before.time().toLocalTime(), z);
            return;
        }
        add(out, m.start(), m.end(), year, month, day, null, zoneAfter(text, m.end(), zone));
    }

    /** A time starting within a few separator characters after {@code from}, with an optional zone. */
    private Found nearTimeAndZone(String text, int from, ZoneOffset zone) {
        int limit = Math.min(text.length(), from + 16);
        String window = text.substring(from, limit);
        Matcher t = NEAR_TIME.matcher(window);
        if (!t.find() || !window.substring(0, t.start()).matches("[\\s,\\-–—|@at,lúcเวลาน()]*")) {
            return null;
        }
        LocalTime time = time(t.group(1), t.group(2), t.group(3), t.group(4));
        if (time == null) {
            return null;
        }
        int end = from + t.end();
        Matcher z = NEAR_ZONE.matcher(text);
        z.region(end, Math.min(text.length(), end + 12));
        ZoneOffset offset = zone;
        if (z.lookingAt() || findAfterSpace(z, text, end)) {
            offset = zone(z, 1, zone);
            end = z.end();
        }
        return new Found(from, end, LocalDate.of(2000, 1, 1).atTime(time).atOffset(offset), true);
    }

    private static boolean findAfterSpace(Matcher z, String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '(' || text.charAt(i) == '-')) {
            i++;
        }
        if (i == end || i >= text.length()) {
            return false;
        }
        z.region(i, Math.min(text.length(), i + 12));
        return z.lookingAt();
    }

    private Found nearTimeBefore(String text, int before, ZoneOffset zone) {
        int from = Math.max(0, before - 14);
        Matcher t = NEAR_TIME.matcher(text.substring(from, before));
        Found last = null;
        while (t.find()) {
            String gap = text.substring(from + t.end(), before);
            LocalTime time = time(t.group(1), t.group(2), t.group(3), t.group(4));
            if (time != null && gap.matches("[\\s,\\-–—|]*(?:ngày|วันที่)?[\\s,]*")) {
                last = new Found(from + t.start(), from + t.end(), LocalDate.of(2000, 1, 1).atTime(time).atOffset(zone), true);
            }
        }
        return last;
    }

    private ZoneOffset zoneAfter(String text, int from, ZoneOffset zone) {
        Matcher z = NEAR_ZONE.matcher(text);
        if (findAfterSpace(z, text, from) || lookingAt(z, text, from)) {
            return zone(z, 1, zone);
        }
        return zone;
    }

    private static boolean lookingAt(Matcher z, String text, int from) {
        z.region(from, Math.min(text.length(), from + 12));
        return z.lookingAt();
    }

    /** Reads the ZONE groups starting at {@code g}: sign, hours, minutes of GMT±h; sign, hh, mm; abbreviation. */
    private static ZoneOffset zone(Matcher m, int g, ZoneOffset fallback) {
        try {
            if (m.group(g) != null) {
                int h = int_(m.group(g + 1));
                int min = m.group(g + 2) == null ? 0 : int_(m.group(g + 2));
                return ZoneOffset.ofHoursMinutes(m.group(g).equals("-") ? -h : h, m.group(g).equals("-") ? -min : min);
            }
            if (m.group(g + 3) != null) {
                int h = int_(m.group(g + 4));
                int min = int_(m.group(g + 5));
                return ZoneOffset.ofHoursMinutes(m.group(g + 3).equals("-") ? -h : h, m.group(g + 3).equals("-") ? -min : min);
            }
            if (m.group(g + 6) != null) {
                return DateGrammar.zone(m.group(g + 6).toUpperCase(Locale.ROOT)).orElse(fallback);
            }
        } catch (DateTimeException | IllegalStateException e) {
            return fallback;
        }
        return fallback;
    }

    private static LocalTime time(String h, String m, String s, String ampm) {
        int hour = DateGrammar.hourOfDay(int_(h), ampm);
        int minute = int_(m);
        int second = s == null ? 0 : int_(s);
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    private static void add(List<Found> out, int start, int end, int year, int month, int day, LocalTime time, ZoneOffset zone) {
        if (!DateGrammar.isPlausibleYear(year)) {
            return;
        }
        OffsetDateTime at = DateGrammar.at(year, month, day, time == null ? LocalTime.MIDNIGHT : time, zone);
        if (at != null) {
            out.add(new Found(start, end, at, time != null));
        }
    }

    private static int int_(String s) {
        return Integer.parseInt(s);
    }
}
