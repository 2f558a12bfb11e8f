package dev.mekong.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cue words of site chrome, loaded from {@code extract/cues/LANG.txt} and merged over all languages
 * (a Vietnamese article may sit in a Chinese broadcaster's chrome). See {@code extract/cues/README.txt}.
 */
public final class Cues {

    public static final List<String> LANGUAGES = List.of("zh-Hans", "zh-Hant", "en", "vi", "th");

    private final Map<String, List<String>> bySection;
    /** The cues as the files write them, for patterns matched against the page's own text. */
    private final Map<String, List<String>> written;
    /** What may follow a heading cue on its line: punctuation, a count, an arrow, a "more" link. */
    private final Pattern headingRest;

    public Cues(Map<String, List<String>> bySection) {
        Map<String, List<String>> copy = new HashMap<>();
        bySection.forEach((k, v) -> copy.put(k, v.stream().map(Cues::fold)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()));
        this.bySection = Map.copyOf(copy);
        Map<String, List<String>> asWritten = new HashMap<>();
        bySection.forEach((k, v) -> asWritten.put(k, v.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()));
        this.written = Map.copyOf(asWritten);
        this.headingRest = Pattern.compile("[\\s:：>»›\\-–—|/()（）\\[\\]\\d+.]*" + alternation(section("more")) + "?[\\s>»›]*");
    }

    /** The built-in cues of every supported language. */
    public static Cues builtIn() {
        Map<String, List<String>> all = new HashMap<>();
        for (String lang : LANGUAGES) {
            String path = "/extract/cues/" + lang + ".txt";
            try (InputStream in = Cues.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + path);
                }
                parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Cues(all);
    }

    static void parse(BufferedReader reader, Map<String, List<String>> into) throws IOException {
        String section = null;
        String line;
        while ((line = reader.readLine()) != null) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]") && t.length() > 2 && t.indexOf(' ') < 0) {
                section = t.substring(1, t.length() - 1);
            } else if (section != null) {
                into.computeIfAbsent(section, k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** NFKC, lower case: how cues and lines are compared. */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * The folded text with, for each folded char, the index of the original char it came from, so that
     * a match found in the folded text can be cut out of the original.
     */
    public record Folded(String text, int[] origin) {
        public int originalIndex(int foldedIndex) {
            return foldedIndex >= origin.length ? origin.length == 0 ? 0 : origin[origin.length - 1] + 1 : origin[foldedIndex];
        }
    }

    public static Folded foldMapped(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 3 + 1];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String f = fold(new String(Character.toChars(cp)));
            for (int k = 0; k < f.length(); k++) {
                if (sb.length() >= origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[sb.length()] = i;
                sb.append(f.charAt(k));
            }
            i += Character.charCount(cp);
        }
        return new Folded(sb.toString(), java.util.Arrays.copyOf(origin, sb.length()));
    }

    public List<String> section(String name) {
        return bySection.getOrDefault(name, List.of());
    }

    /** The section's cues as the files write them (not folded), longest first. */
    public List<String> written(String section) {
        return written.getOrDefault(section, List.of());
    }

    /**
     * The section's cues as written, longest first, as a regular expression that matches any one of them
     * literally ("(?:views|阅读)"), for patterns that set cue words in a grammar of digits and brackets and
     * match the page's own text (the pattern's flags say whether case counts). An empty section matches nothing.
     */
    public String alternation(String section) {
        return alternation(written(section));
    }

    private static String alternation(List<String> cues) {
        return cues.isEmpty() ? "(?!)" : cues.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    /** The longest cue of the section the folded line starts with, followed by a non-letter (or the line end). */
    public Optional<String> prefix(String section, String foldedLine) {
        for (String cue : section(section)) {
            if (foldedLine.startsWith(cue) && boundaryAt(foldedLine, cue.length(), cue)) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }

    /** Whether the folded line, trailing spaces aside, ends with a cue of the section ("版权相关声明:"). */
    public boolean endsWith(String section, String foldedLine) {
        String line = foldedLine.strip();
        for (String cue : section(section)) {
            if (line.endsWith(cue) && (line.length() == cue.length() || !isLatinLetter(cue.charAt(0))
                    || !Character.isLetter(line.charAt(line.length() - cue.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** True when a cue of the section occurs anywhere in the folded line (word-bounded for Latin cues). */
    public boolean contains(String section, String foldedLine) {
        return count(section, foldedLine, 1) >= 1;
    }

    /** How many different cues of the section occur in the folded line, counting up to {@code enough}. */
    public int count(String section, String foldedLine, int enough) {
        int found = 0;
        for (String cue : section(section)) {
            if (found >= enough) {
                break;
            }
            if (occurs(cue, foldedLine)) {
                found++;
            }
        }
        return found;
    }

    private static boolean occurs(String cue, String foldedLine) {
        int at = foldedLine.indexOf(cue);
        while (at >= 0) {
            if ((at == 0 || !isLatinLetter(cue.charAt(0)) || !Character.isLetter(foldedLine.charAt(at - 1)))
                    && boundaryAt(foldedLine, at + cue.length(), cue)) {
                return true;
            }
            at = foldedLine.indexOf(cue, at + 1);
        }
        return false;
    }

    /** The whole line is one of the section's cues, allowing trailing punctuation, counts and arrows. */
    public boolean isHeading(String section, String foldedLine) {
        Optional<String> cue = prefix(section, foldedLine);
        if (cue.isEmpty()) {
            return false;
        }
        return headingRest.matcher(foldedLine.substring(cue.get().length())).matches();
    }

    /** A Latin-script cue must end at a word boundary ("Home" does not match "Homeowners"). */
    private static boolean boundaryAt(String line, int end, String cue) {
        if (end >= line.length()) {
            return true;
        }
        char last = cue.charAt(cue.length() - 1);
        return !isLatinLetter(last) || !Character.isLetterOrDigit(line.charAt(end));
    }

    private static boolean isLatinLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
