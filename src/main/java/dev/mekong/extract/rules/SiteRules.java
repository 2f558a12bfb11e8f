package dev.mekong.extract.rules;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * User-supplied per-site extraction rules, read from a YAML file (configuration key
 * {@value #CONFIG_KEY}; unset means no rules). Each site is picked by host (HTML pages: the canonical
 * or og:url host; subdomains match too) or by a signature, a regular expression found in the page text.
 * It may add drop patterns (lines to remove, each with the rule name recorded for it), keep patterns
 * (lines that are article text whatever the built-in rules say) and title / date patterns (group 1
 * when the pattern has a group, else the whole match). The built-in rules never need them.
 * <pre>
 * sites:
 *   - name: example-news
 *     hosts: [example.com]
 *     signature: "Example News Network"
 *     drop:
 *       - rule: promo
 *         pattern: "^Subscribe to our daily briefing"
 *     keep: ["^Editor's note:"]
 *     title: "^Headline: (.+)$"
 *     date: "Posted (\\d{4}-\\d{2}-\\d{2})"
 * </pre>
 */
public final class SiteRules {

    public static final String CONFIG_KEY = "mekong.extract.site-rules";

    private static final SiteRules NONE = new SiteRules(List.of());

    /** A line pattern that removes matching lines, recorded under {@code rule}. */
    public record Drop(String rule, Pattern pattern) {
    }

    /** The rules of one site. Title and date patterns are null when not given. */
    public record Site(String name, List<String> hosts, Pattern signature, List<Drop> drops, List<Pattern> keeps,
                       Pattern title, Pattern date) {

        /** The host is one of the site's hosts or a subdomain of one. */
        public boolean matchesHost(String host) {
            if (host == null || host.isBlank()) {
                return false;
            }
            String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            return hosts.stream().anyMatch(s -> h.equals(s) || h.endsWith("." + s));
        }

        public boolean matchesText(String text) {
            return signature != null && text != null && signature.matcher(text).find();
        }

        /** The drop rule that removes this line, if any. */
        public Optional<String> dropRule(String line) {
            return drops.stream().filter(d -> d.pattern().matcher(line).find()).map(Drop::rule).findFirst();
        }

        public boolean keeps(String line) {
            return keeps.stream().anyMatch(p -> p.matcher(line).find());
        }

        /** The title found in this line by the title pattern. */
        public Optional<String> titleIn(String line) {
            return capture(title, line);
        }

        /** The date text found in this line by the date pattern. */
        public Optional<String> dateIn(String line) {
            return capture(date, line);
        }

        private static Optional<String> capture(Pattern p, String line) {
            if (p == null) {
                return Optional.empty();
            }
            Matcher m = p.matcher(line);
            if (!m.find()) {
                return Optional.empty();
            }
            String v = (m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group()).strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
    }

    private final List<Site> sites;

    public SiteRules(List<Site> sites) {
        this.sites = List.copyOf(sites);
    }

    /** No site rules: what the extractors use unless configured. */
    public static SiteRules none() {
        return NONE;
    }

    public List<Site> sites() {
        return sites;
    }

    public boolean isEmpty() {
        return sites.isEmpty();
    }

    /**
     * The site whose host matches (when a host is known), else the first whose signature occurs in the
     * page text.
     */
    public Optional<Site> find(String host, String text) {
        Optional<Site> byHost = sites.stream().filter(s -> s.matchesHost(host)).findFirst();
        return byHost.isPresent() ? byHost : sites.stream().filter(s -> s.matchesText(text)).findFirst();
    }

    /** Reads a rules file; {@link IllegalArgumentException} names the site and field that is wrong. */
    public static SiteRules load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses YAML rules; {@code origin} names the source in error messages. */
    public static SiteRules parse(String yaml, String origin) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return none();
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("sites") instanceof List<?> list)) {
            throw new IllegalArgumentException(origin + ": expected a top-level 'sites:' list");
        }
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                throw new IllegalArgumentException(origin + ": sites[" + i + "] is not a mapping");
            }
            sites.add(site(entry, origin + ": sites[" + i + "]"));
        }
        return new SiteRules(sites);
    }

    private static Site site(Map<?, ?> entry, String where) {
        String name = entry.get("name") == null ? where : String.valueOf(entry.get("name"));
        String at = where + " (" + name + ")";
        List<String> hosts = strings(entry.get("hosts"), at + ".hosts").stream()
                .map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "")).toList();
        Pattern signature = pattern(entry.get("signature"), at + ".signature");
        if (hosts.isEmpty() && signature == null) {
            throw new IllegalArgumentException(at + ": give 'hosts' or a 'signature' to say which pages the rules are for");
        }
        List<Drop> drops = new ArrayList<>();
        Object dropList = entry.get("drop");
        if (dropList != null) {
            if (!(dropList instanceof List<?> items)) {
                throw new IllegalArgumentException(at + ".drop: expected a list");
            }
            for (int k = 0; k < items.size(); k++) {
                Object item = items.get(k);
                String w = at + ".drop[" + k + "]";
                if (item instanceof Map<?, ?> m) {
                    String rule = m.get("rule") == null ? "site-rule" : String.valueOf(m.get("rule"));
                    drops.add(new Drop("site:" + name + ":" + rule, required(pattern(m.get("pattern"), w + ".pattern"), w + ".pattern")));
                } else {
                    drops.add(new Drop("site:" + name, required(pattern(item, w), w)));
                }
            }
        }
        List<Pattern> keeps = new ArrayList<>();
        List<String> keepStrings = strings(entry.get("keep"), at + ".keep");
        for (int k = 0; k < keepStrings.size(); k++) {
            keeps.add(pattern(keepStrings.get(k), at + ".keep[" + k + "]"));
        }
        return new Site(name, hosts, signature, drops, keeps, pattern(entry.get("title"), at + ".title"),
                pattern(entry.get("date"), at + ".date"));
    }

    private static List<String> strings(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        if (value instanceof String s) {
            return List.of(s);
        }
        throw new IllegalArgumentException(where + ": expected a string or a list of strings");
    }

    private static Pattern pattern(Object value, String where) {
        if (value == null) {
            return null;
        }
        try {
            return Pattern.compile(String.valueOf(value), Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + ": bad regular expression: " + e.getDescription(), e);
        }
    }

    private static Pattern required(Pattern p, String where) {
        if (p == null) {
            throw new IllegalArgumentException(where + ": pattern missing");
        }
        return p;
    }
}
