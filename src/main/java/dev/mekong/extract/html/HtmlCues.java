package dev.mekong.extract.html;

import org.jsoup.nodes.Element;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The cue words the extractor relies on, loaded once from the data files under
 * {@code src/main/resources/extract/html/}: class/id cues, line-level cues and metadata labels.
 */
final class HtmlCues {

    static final String CONTENT = "content";

    private static final String BASE = "/extract/html/";
    private static final HtmlCues INSTANCE = new HtmlCues();
    private static final String NO_RULE = "";
    /** Short texts whose line rule is remembered; past this many the memory starts afresh. */
    private static final int REMEMBERED_LINES = 50_000;

    /** A line-level rule: the patterns fire only on blocks no longer than {@code maxChars}. */
    record LineRule(String rule, int maxChars, Pattern pattern) {
    }

    private record WordCue(String word, boolean prefix) {
        boolean matches(String token) {
            return prefix ? token.startsWith(word) : token.equals(word);
        }
    }

    private static WordCue wordCue(String w) {
        return w.endsWith("*") ? new WordCue(w.substring(0, w.length() - 1), true) : new WordCue(w, false);
    }

    /** Rule id to its cue words, in priority order (the content rule first). */
    private final Map<String, List<WordCue>> classCues = new LinkedHashMap<>();
    /** Rule id to cues of several words ("author+box"), each firing only when all its words are present. */
    private final Map<String, List<List<WordCue>>> wordSets = new LinkedHashMap<>();
    /** Rule ids in priority order, and each token's best rule (negative, and positive), memoized. */
    private final List<String> ruleOrder = new ArrayList<>();
    private final Map<String, String> tokenRule = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<LineRule> lineRules = new ArrayList<>();
    /** The longest text any line rule applies to. */
    private final int longestRule;
    /** The line rule, or {@link #NO_RULE}, of short block texts seen lately ({@link #lineRule}). */
    private final Map<String, String> lineRuleOf = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> labels = new HashMap<>();
    private final Pattern labelPrefix;
    private final Map<String, Pattern> inlineLabels = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> adLinkMarkers;
    private final Map<String, Pattern> mentionedLabels = new java.util.concurrent.ConcurrentHashMap<>();

    private HtmlCues() {
        for (String line : lines("class-cues.txt")) {
            int colon = line.indexOf(':');
            List<WordCue> words = new ArrayList<>();
            List<List<WordCue>> pairs = new ArrayList<>();
            for (String w : line.substring(colon + 1).trim().split("\\s+")) {
                if (w.contains("+")) {
                    pairs.add(Arrays.stream(w.split("\\+")).map(HtmlCues::wordCue).toList());
                } else {
                    words.add(wordCue(w));
                }
            }
            classCues.put(line.substring(0, colon).trim(), words);
            if (!pairs.isEmpty()) {
                wordSets.put(line.substring(0, colon).trim(), pairs);
            }
            ruleOrder.add(line.substring(0, colon).trim());
        }
        LineRuleBuilder current = null;
        List<LineRuleBuilder> builders = new ArrayList<>();
        for (String line : lines("line-cues.txt")) {
            if (line.startsWith("[")) {
                String[] head = line.substring(1, line.indexOf(']')).trim().split("\\s+");
                current = new LineRuleBuilder(head[0], Integer.parseInt(head[1]));
                builders.add(current);
            } else if (current != null) {
                current.patterns.add("(?:" + line + ")");
            }
        }
        builders.forEach(b -> lineRules.add(new LineRule(b.rule, b.maxChars, Pattern.compile(String.join("|", b.patterns),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS))));
        longestRule = lineRules.stream().mapToInt(LineRule::maxChars).max().orElse(0);
        String kind = null;
        for (String line : lines("labels.txt")) {
            if (line.startsWith("[")) {
                kind = line.substring(1, line.indexOf(']')).trim();
            } else if (kind != null) {
                labels.computeIfAbsent(kind, k -> new ArrayList<>()).add(line.toLowerCase(Locale.ROOT));
            }
        }
        labels.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
        adLinkMarkers = lines("ad-links.txt").stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        labelPrefix = Pattern.compile("^[\\s(（【\\[]*");
    }

    private static final class LineRuleBuilder {
        final String rule;
        final int maxChars;
        final List<String> patterns = new ArrayList<>();

        LineRuleBuilder(String rule, int maxChars) {
            this.rule = rule;
            this.maxChars = maxChars;
        }
    }

    static HtmlCues get() {
        return INSTANCE;
    }

    private static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = HtmlCues.class.getResourceAsStream(BASE + name)) {
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

    /** Words of an element's class, id, role and ARIA label, split as the data file describes. */
    static List<String> cueTokens(Element e) {
        List<String> tokens = new ArrayList<>();
        for (String name : e.className().split("\\s+")) {
            if (!isTaxonomyClass(name)) {
                split(name, tokens);
            }
        }
        if (!isHeadingAnchor(e)) {
            split(e.id(), tokens);
        }
        split(e.attr("role"), tokens);
        split(e.attr("itemprop"), tokens);
        return tokens;
    }

    /**
     * Whether the element is a heading whose id is spelled from its own text ("language-design" on
     * "Language Design"): editors generate such ids as link targets, so their words are the heading's
     * topic, not a layout cue.
     */
    private static boolean isHeadingAnchor(Element e) {
        if (e.id().isEmpty() || !(e.normalName().length() == 2 && e.normalName().charAt(0) == 'h'
                && Character.isDigit(e.normalName().charAt(1)))) {
            return false;
        }
        List<String> idWords = new ArrayList<>();
        split(e.id(), idWords);
        List<String> textWords = new ArrayList<>();
        split(e.text(), textWords);
        List<String> significant = idWords.stream().filter(w -> w.length() > 1).toList();
        return !significant.isEmpty() && textWords.containsAll(significant);
    }

    /**
     * Classes that name the article's own taxonomy (WordPress writes category-travel, tag-ferries,
     * author-jane on the article element): their words are the site's topics, not layout cues.
     */
    private static boolean isTaxonomyClass(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("category-") || n.startsWith("tag-") || n.startsWith("author-") || n.startsWith("postid-")
                || n.startsWith("term-") || n.startsWith("topic-") || n.startsWith("section-");
    }

    private static void split(String s, List<String> out) {
        if (s.isEmpty()) {
            return;
        }
        StringBuilder word = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = Character.isLetter(c);
            if (!letter || (Character.isUpperCase(c) && Character.isLowerCase(prev))) {
                if (word.length() > 0) {
                    out.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
            }
            if (letter) {
                word.append(c);
            }
            prev = c;
        }
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
        }
    }

    /** The negative rule a single token names ("" for none). */
    private String ruleOfToken(String token) {
        return tokenRule.computeIfAbsent(token, t -> {
            for (Map.Entry<String, List<WordCue>> rule : classCues.entrySet()) {
                if (rule.getKey().equals(CONTENT)) {
                    continue;
                }
                for (WordCue cue : rule.getValue()) {
                    if (cue.matches(t)) {
                        return rule.getKey();
                    }
                }
            }
            return "";
        });
    }

    /** The highest-priority negative rule any token names, or null. */
    String negativeRule(List<String> tokens) {
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String token : tokens) {
            String rule = ruleOfToken(token);
            if (!rule.isEmpty()) {
                int rank = ruleOrder.indexOf(rule);
                if (rank < bestRank) {
                    best = rule;
                    bestRank = rank;
                }
            }
        }
        for (Map.Entry<String, List<List<WordCue>>> rule : wordSets.entrySet()) {
            int rank = ruleOrder.indexOf(rule.getKey());
            if (rank < bestRank && rule.getValue().stream().anyMatch(set -> set.stream()
                    .allMatch(cue -> tokens.stream().anyMatch(cue::matches)))) {
                best = rule.getKey();
                bestRank = rank;
            }
        }
        return best;
    }

    boolean isPositive(List<String> tokens) {
        for (String token : tokens) {
            for (WordCue cue : classCues.get(CONTENT)) {
                if (cue.matches(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The id of the first line rule that fires on this block text, or null. A page's chrome repeats on
     * every page of its site (menus, share rows, footers): the answer for each short text is remembered,
     * as searching every rule's alternatives costs more than the rest of extracting a page.
     */
    String lineRule(String text) {
        if (text.length() > longestRule) {
            return null; // longer than every rule's limit
        }
        String known = lineRuleOf.get(text);
        if (known == null) {
            if (lineRuleOf.size() >= REMEMBERED_LINES) {
                lineRuleOf.clear();
            }
            known = Objects.requireNonNullElse(searchLineRules(text), NO_RULE);
            lineRuleOf.put(text, known);
        }
        return known.equals(NO_RULE) ? null : known;
    }

    private String searchLineRules(String text) {
        int length = text.length();
        for (LineRule rule : lineRules) {
            if (length > rule.maxChars()) {
                continue;
            }
            if (rule.pattern().matcher(text).find()) {
                return rule.rule();
            }
        }
        return null;
    }

    /**
     * When the text starts with a label of this kind ("记者", "By", "来源"), the rest after the label and
     * an optional colon; else null. A label made of letters must end at a word boundary.
     */
    String afterLabel(String kind, String text) {
        String t = labelPrefix.matcher(text).replaceFirst("");
        String lower = t.toLowerCase(Locale.ROOT);
        for (String label : labels.getOrDefault(kind, List.of())) {
            if (!lower.startsWith(label)) {
                continue;
            }
            String rest = t.substring(label.length());
            boolean wordLabel = Character.isLetter(label.charAt(label.length() - 1)) && !Texts.isCjk(label.codePointAt(label.length() - 1))
                    && !Texts.isThai(label.charAt(label.length() - 1));
            if (wordLabel && !rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0))) {
                continue;
            }
            rest = rest.replaceFirst("^\\s*[:：/／]?\\s*", "");
            return rest;
        }
        return null;
    }

    /**
     * Like {@link #afterLabel}, but the label may also stand inside the line after a space or separator,
     * as long as a colon follows it ("2025年1月19日 来源：新华社 作者：李明").
     */
    String afterLabelAnywhere(String kind, String text) {
        String atStart = afterLabel(kind, text);
        if (atStart != null) {
            return atStart;
        }
        Pattern p = inlineLabels.computeIfAbsent(kind, k -> Pattern.compile("(?:^|[\\s|｜/(（【\\[])(?:"
                + String.join("|", labels.getOrDefault(k, List.of()).stream().map(Pattern::quote).toList())
                + ")\\s*[:：]\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        java.util.regex.Matcher m = p.matcher(text);
        return m.find() ? text.substring(m.end()) : null;
    }

    /**
     * Whether a label of this kind stands anywhere in the text as a word of its own, with or without a
     * colon ("109 Comments | Last Updated: March 1, 2019", "[Updated Dec 3, 2025]").
     */
    boolean mentionsLabel(String kind, String text) {
        Pattern p = mentionedLabels.computeIfAbsent(kind, k -> Pattern.compile("(?<![\\p{L}\\p{M}])(?:"
                + String.join("|", labels.getOrDefault(k, List.of()).stream().map(Pattern::quote).toList())
                + ")(?![\\p{IsLatin}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        return p.matcher(text).find();
    }

    /** Whether a link goes through an ad server's click tracker (its URL holds a listed marker). */
    boolean isAdLink(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        for (String marker : adLinkMarkers) {
            if (h.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    boolean isLabel(String kind, String text) {
        return labels.getOrDefault(kind, List.of()).contains(Texts.normalizeSpace(text).toLowerCase(Locale.ROOT));
    }
}
