package dev.mekong.extract.meta;

import dev.mekong.extract.Cues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads publisher, authors, editor and category path out of single lines of a page: "来源:中国新闻网",
 * "(记者 刘育英)", "By Jane Doe", "Biên tập: …", "首页 » 财经 » 经济观察". The label words are cues
 * (sections {@code source}, {@code author}, {@code editor}, {@code home}).
 */
public class MetadataLineParser {

    /** What ends a labelled value: a separator, a wide gap, a date, a bracket. */
    private static final Pattern VALUE_END = Pattern.compile(
            "\\s*(?:[|｜│【】\\[\\]]|\\s{2,}|\\d{4}\\s*[-/.年]|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{1,2}:\\d{2}|[，,;；]|\\s[-–—]\\s|$)");
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s*(?:»|›|>|→|/|\\\\|＞|〉|»)\\s*");
    private static final Pattern PAREN = Pattern.compile("[（(]([^（()）]{2,60})[）)]");

    private static final Pattern LABEL_COLON = Pattern.compile("^\\s*[:：]\\s*");

    private final Cues cues;
    /** What separates the names of a Chinese byline: punctuation, a space, a word for "and" in any language. */
    private final Pattern cjkNameSplit;
    /** What separates the names of another byline: a comma or semicolon, "&", a word for "and" but the Chinese. */
    private final Pattern nameSplit;
    /** A secondary role ("通讯员 钟夏波") and everything after it: not the article's authors. */
    private final Pattern secondaryRole;
    /** A word after the name of an English-style byline that starts something else: "By Jane Doe on 4 March". */
    private final Pattern afterBylineName;
    /**
     * A line opening with a copyright sign or phrase (cues {@code holder}), the years, and the holder's name:
     * "© 2025 Báo Miền Tây Điện tử.", "Copyright © 2003-2023 中国新闻网 版权所有", "Bản quyền thuộc về Báo …".
     */
    private final Pattern copyrightLine;
    /** What ends a holder's name besides {@link #VALUE_END}: a sentence's full stop, a rights-reserved phrase. */
    private final Pattern holderEnd;

    public MetadataLineParser(Cues cues) {
        this.cues = cues;
        List<String> and = cues.written("and");
        this.cjkNameSplit = Pattern.compile("\\s*(?:、|,|，|;|；|/|" + words(and) + "|\\s)\\s*");
        this.nameSplit = Pattern.compile("\\s*(?:,|;|&|" + words(and.stream().filter(w -> !isCjk(w)).toList()) + ")\\s*");
        this.secondaryRole = Pattern.compile(cues.alternation("role") + ".*$");
        this.afterBylineName = Pattern.compile("\\s+" + cues.alternation("bylineend") + "\\b.*$", Pattern.CASE_INSENSITIVE);
        this.copyrightLine = Pattern.compile("^\\s*(?:©|\\(c\\)|" + cues.alternation("holder") + ")(?:\\s*(?:©|copyright))*"
                + "\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.holderEnd = Pattern.compile("\\s*(?:\\.(?:\\s|$)|" + cues.alternation("reserved") + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The words as alternatives of a pattern, each Latin word standing as a word of its own ("and", not "band"). */
    private static String words(List<String> words) {
        return words.stream().map(w -> Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN
                ? "\\b" + Pattern.quote(w) + "\\b" : Pattern.quote(w)).collect(Collectors.joining("|"));
    }

    /** The value after a publisher/source label: "来源:中国新闻网" → 中国新闻网. */
    public Optional<String> source(String line) {
        return labelled(line, "source");
    }

    /**
     * The holder a copyright line names, years and a rights-reserved phrase left out: "© 2025 Báo Miền Tây
     * Điện tử. Ghi rõ nguồn …" → Báo Miền Tây Điện tử. Empty when what follows is no name.
     */
    public Optional<String> copyrightHolder(String line) {
        Matcher copyright = copyrightLine.matcher(line);
        if (!copyright.matches()) {
            return Optional.empty();
        }
        String value = copyright.group(1);
        Matcher reserved = holderEnd.matcher(value);
        if (reserved.find()) {
            value = value.substring(0, reserved.start());
        }
        Matcher end = VALUE_END.matcher(value);
        String holder = (end.find() ? value.substring(0, end.start()) : value).strip();
        return looksLikeName(holder) ? Optional.of(holder) : Optional.empty();
    }

    /** The editor after an editor label: "网络编辑:王琳" → 王琳, "【责任编辑:张三】" → 张三. */
    public Optional<String> editor(String line) {
        return labelled(line, "editor");
    }

    /**
     * Authors named by a byline: a reporter in brackets "(记者 刘育英)", a label with a colon "作者:…",
     * or an English/Thai/Vietnamese lead word "By …", "โดย …" at the start of a short line.
     */
    public List<String> authors(String line) {
        String folded = Cues.fold(line.strip());
        Matcher paren = PAREN.matcher(line);
        while (paren.find()) {
            String inside = paren.group(1).strip();
            Optional<String> cue = cues.prefix("author", Cues.fold(inside));
            if (cue.isPresent() && isCjk(cue.get())) {
                return names(inside.substring(cue.get().length()));
            }
        }
        Optional<String> value = labelled(line, "author");
        if (value.isPresent()) {
            return names(value.get());
        }
        Optional<String> lead = cues.prefix("author", folded);
        if (lead.isPresent() && !isCjk(lead.get()) && line.strip().length() <= 80) {
            String rest = line.strip().substring(lead.get().length()).strip();
            Matcher end = VALUE_END.matcher(rest);
            String name = end.find() ? rest.substring(0, end.start()) : rest;
            name = afterBylineName.matcher(name).replaceAll("").strip();
            if (looksLikeName(name)) {
                return names(name);
            }
        }
        return List.of();
    }

    /**
     * The category path of a breadcrumb line, home crumb dropped: "首页 » 财经 » 经济观察" → [财经, 经济观察].
     * Empty when the line is not a breadcrumb (fewer than two short crumbs joined by separators).
     */
    public List<String> breadcrumb(String line) {
        String stripped = line.replace('\u00A0', ' ').replace('\u3000', ' ').strip().replaceAll("^[•·*]\\s*", "");
        String[] parts = BREADCRUMB_SEPARATOR.split(stripped);
        if (parts.length < 2 || !BREADCRUMB_SEPARATOR.matcher(stripped).find()) {
            return List.of();
        }
        List<String> crumbs = new ArrayList<>();
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty() || p.length() > 30 || p.split("\\s+").length > 5 || p.matches(".*[。.!?！？]$")) {
                return List.of();
            }
            crumbs.add(p);
        }
        if (!crumbs.isEmpty() && isHome(crumbs.get(0))) {
            crumbs.remove(0);
        }
        if (!crumbs.isEmpty() && cues.isHeading("article", Cues.fold(crumbs.get(crumbs.size() - 1)))) {
            crumbs.remove(crumbs.size() - 1);
        }
        return crumbs;
    }

    public boolean isHome(String crumb) {
        return cues.isHeading("home", Cues.fold(crumb.strip()));
    }

    private Optional<String> labelled(String line, String section) {
        Cues.Folded mapped = Cues.foldMapped(line);
        String folded = mapped.text();
        for (String cue : cues.section(section)) {
            int at = folded.indexOf(cue);
            while (at >= 0) {
                int after = mapped.originalIndex(at + cue.length());
                String rest = line.substring(Math.min(after, line.length()));
                Matcher colon = LABEL_COLON.matcher(rest);
                boolean startsWord = at == 0 || !Character.isLetter(folded.charAt(at - 1)) || isCjk(cue);
                if (startsWord && colon.find()) {
                    String value = rest.substring(colon.end());
                    Matcher end = VALUE_END.matcher(value);
                    String v = end.find() ? value.substring(0, end.start()).strip() : value.strip();
                    if (!v.isEmpty() && v.length() <= 40) {
                        return Optional.of(v);
                    }
                }
                at = folded.indexOf(cue, at + 1);
            }
        }
        return Optional.empty();
    }

    private List<String> names(String value) {
        String v = secondaryRole.matcher(value.strip()).replaceAll("").strip();
        Set<String> out = new LinkedHashSet<>();
        boolean cjk = !v.isEmpty() && isCjk(v.substring(0, 1));
        if (cjk) {
            for (String n : cjkNameSplit.split(v)) {
                if (!n.isBlank() && n.length() <= 8) {
                    out.add(n.strip());
                }
            }
        } else {
            for (String n : nameSplit.split(v)) {
                if (!n.isBlank()) {
                    out.add(n.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean looksLikeName(String s) {
        if (s.isEmpty() || s.length() > 60) {
            return false;
        }
        String[] words = s.split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || !Character.isLowerCase(w.codePointAt(0)))) {
                capitalised++;
            }
        }
        // Latin-script names are capitalised ("By the end of the year" is no byline); Thai has no case
        return words.length <= 8 && capitalised * 2 > words.length && !Character.isLowerCase(s.codePointAt(0))
                && !s.matches(".*[.!?。！？]$");
    }

    private static boolean isCjk(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
