package dev.mekong.extract.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What dates are made of, for the readers of text copies ({@link DateTimeExtractor}) and of HTML pages
 * ({@link DateTexts}) alike: month names and zone abbreviations (data files under
 * {@code src/main/resources/extract/dates/}), the 12-hour clock, the Buddhist era, the years a page's
 * date may fall in, and how a found time is written.
 */
public final class DateGrammar {

    private static final String BASE = "/extract/dates/";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /** Years a publish date may fall in: other four-digit numbers only look like years. */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    /** Thai dates count years in the Buddhist era, 543 years ahead. */
    private static final int BUDDHIST_ERA_OFFSET = 543;
    /** A year beyond this is a Buddhist-era year. */
    private static final int LAST_GREGORIAN_YEAR = 2400;
    /** A two-digit year is a Thai habit, counted in the Buddhist era: 68 is B.E. 2568. */
    private static final int BUDDHIST_CENTURY = 2500;

    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, ZoneOffset> ZONES = zones();

    private DateGrammar() {
    }

    /** The month a name or abbreviation stands for ("Jan", "มกราคม", "ม.ค."), or 0. */
    public static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
    }

    /** The month names of a script, longest first, as a regular expression matching any one literally. */
    public static String monthNames(UnicodeScript script) {
        return alternation(MONTHS.keySet().stream().filter(n -> UnicodeScript.of(n.codePointAt(0)) == script).toList());
    }

    /** Every month name, longest first, as a regular expression matching any one literally. */
    public static String monthNames() {
        return alternation(new ArrayList<>(MONTHS.keySet()));
    }

    /** The offset of a zone abbreviation ("EST", "ICT", "GMT"), if it is one. */
    public static Optional<ZoneOffset> zone(String abbreviation) {
        return Optional.ofNullable(ZONES.get(abbreviation));
    }

    /** The zone abbreviations, longest first, as a regular expression matching any one literally. */
    public static String zoneAbbreviations() {
        return alternation(new ArrayList<>(ZONES.keySet()));
    }

    /** The hour on the 24-hour clock of an hour written with "am" / "pm" ({@code ampm} null: as written). */
    public static int hourOfDay(int hour, String ampm) {
        if (ampm != null) {
            String a = ampm.toLowerCase(Locale.ROOT);
            if (a.startsWith("p") && hour < 12) {
                return hour + 12;
            }
            if (a.startsWith("a") && hour == 12) {
                return 0;
            }
        }
        return hour;
    }

    /** The Gregorian year of a written year: a Buddhist-era year ("2568") moved back. */
    public static int gregorianYear(int year) {
        return year > LAST_GREGORIAN_YEAR ? year - BUDDHIST_ERA_OFFSET : year;
    }

    /** The year of a two-digit year, which only Thai dates write: in the Buddhist era ("68" is 2568). */
    public static int buddhistYearOfTwoDigits(int year) {
        return BUDDHIST_CENTURY + year;
    }

    /** Whether a date of this (Gregorian) year can be a page's date. */
    public static boolean isPlausibleYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The moment of a calendar date, null when there is no such day (a version number "2.31.2020"). */
    static OffsetDateTime at(int year, int month, int day, LocalTime time, ZoneOffset zone) {
        try {
            return LocalDate.of(year, month, day).atTime(time).atOffset(zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** ISO-8601 with offset, to the second: "2025-01-19T23:21:00+07:00". */
    public static String format(OffsetDateTime time) {
        return time.format(ISO);
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new HashMap<>();
        for (String line : lines("months.txt")) {
            String[] parts = line.split("\t");
            for (String name : parts[1].split("\\|")) {
                months.put(name.toLowerCase(Locale.ROOT), Integer.parseInt(parts[0].trim()));
            }
        }
        return Map.copyOf(months);
    }

    private static Map<String, ZoneOffset> zones() {
        Map<String, ZoneOffset> zones = new LinkedHashMap<>();
        for (String line : lines("zones.txt")) {
            String[] parts = line.split("\t");
            zones.put(parts[0].trim(), ZoneOffset.of(parts[1].trim()));
        }
        return Map.copyOf(zones);
    }

    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = DateGrammar.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
