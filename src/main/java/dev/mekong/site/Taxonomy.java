package dev.mekong.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's categories and tags as terms ({@code mekong.site.taxonomy}): a term written in any language
 * (财经, Business, Kinh doanh, ธุรกิจ) is one term, with a label and a URL slug per site language, so
 * articles filed under any of its spellings land on the same term page in every language.
 *
 * <p>The mapping file is UTF-8 text, one term a line, its fields separated by tabs (labels may hold
 * spaces); blank lines and lines starting with {@code #} are skipped:
 * <pre>
 * category	zh=财经	en=Business	vi=Kinh doanh	th=ธุรกิจ	th.slug=business
 * tag	en=Election	vi=Bầu cử	also=Elections
 * </pre>
 * The first field is {@code category} or {@code tag}; then {@code LANG=label} (the label in that language,
 * also a spelling that means the term), {@code LANG.slug=slug} (its URL segment there, which wins over the
 * one made from the label) and {@code also=spelling} (another spelling, shown nowhere). Spellings match
 * whatever their case and Unicode normal form. A language without a label shows the term's first label.
 *
 * <p>Slugs made from labels are ASCII ({@link Slugs#categorySegment}): Vietnamese without diacritics
 * (đ to d), Chinese in pinyin, Thai romanized. Native-script segments, percent-encoded, were the other
 * choice; they were not taken because every other URL of the site is ASCII already, an ASCII segment is
 * one file name on every file system and server (no NFC/NFD or encoding mismatch between the file on disk
 * and the URL asked for), and it stays readable when a link is copied into mail or chat, where a Thai or
 * Chinese segment turns into a run of %E0%B8... An editor who wants a better romanization writes a slug.
 */
final class Taxonomy {

    enum Kind {
        CATEGORY, TAG
    }

    /**
     * One term of the mapping file.
     *
     * @param key    the same in every language, never a URL segment ({@code =} + the line number)
     * @param labels by language code, in file order
     * @param slugs  the slugs the file gives, by language code
     */
    record Term(Kind kind, String key, Map<String, String> labels, Map<String, String> slugs) {

        /** The label in a language; the first label where the file gives none for it. */
        String label(String code) {
            String label = labels.get(code);
            return label != null ? label : labels.values().iterator().next();
        }

        /** The language of {@link #label}. */
        String labelLanguage(String code) {
            return labels.containsKey(code) ? code : labels.keySet().iterator().next();
        }

        /** The URL segment in a language: the file's slug, else one made from the label. */
        String slug(String code) {
            String slug = slugs.get(code);
            return slug != null ? slug : Slugs.categorySegment(label(code));
        }
    }

    static final Taxonomy EMPTY = new Taxonomy(Map.of(), Map.of());

    /** By kind, by normalized spelling. */
    private final Map<Kind, Map<String, Term>> bySpelling;
    private final Map<String, Term> byKey;

    private Taxonomy(Map<Kind, Map<String, Term>> bySpelling, Map<String, Term> byKey) {
        this.bySpelling = bySpelling;
        this.byKey = byKey;
    }

    /** The file {@code mekong.site.taxonomy} names, or none. */
    static Taxonomy load(SiteConfig config) {
        if (config.taxonomy().isEmpty()) {
            return EMPTY;
        }
        Path file = Path.of(config.taxonomy());
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the taxonomy file " + file + " (" + SiteConfig.KEY_TAXONOMY + ")", e);
        }
    }

    /**
     * Reads a mapping file; {@code source} names it in errors.
     *
     * @throws IllegalArgumentException naming the file and the line of the first mistake
     */
    static Taxonomy parse(String text, String source) {
        Map<Kind, Map<String, Term>> bySpelling = new LinkedHashMap<>();
        Map<String, Term> byKey = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 1; n <= lines.length; n++) {
            String line = lines[n - 1];
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            Kind kind = switch (fields[0].trim()) {
                case "category" -> Kind.CATEGORY;
                case "tag" -> Kind.TAG;
                default -> throw error(source, n, "starts with '" + fields[0].trim()
                        + "'; a line starts with category or tag, then tab-separated fields");
            };
            Map<String, String> labels = new LinkedHashMap<>();
            Map<String, String> slugs = new LinkedHashMap<>();
            List<String> spellings = new ArrayList<>();
            for (int f = 1; f < fields.length; f++) {
                String field = fields[f].trim();
                if (field.isEmpty()) {
                    continue;
                }
                int eq = field.indexOf('=');
                if (eq <= 0) {
                    throw error(source, n, "field '" + field + "' is not NAME=VALUE (LANG=label, LANG.slug=slug or also=spelling)");
                }
                String name = field.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                String value = field.substring(eq + 1).trim();
                if (value.isEmpty()) {
                    throw error(source, n, "field '" + name + "' is empty");
                }
                if (name.equals("also")) {
                    spellings.add(value);
                } else if (name.endsWith(".slug") && name.substring(0, name.length() - 5).matches(SiteConfig.LANGUAGE_CODE)) {
                    if (!Slugs.isSafe(value)) {
                        throw error(source, n, "slug '" + value + "' is not lowercase a-z, 0-9 and single inner dashes");
                    }
                    slugs.put(name.substring(0, name.length() - 5), value);
                } else if (name.matches(SiteConfig.LANGUAGE_CODE)) {
                    if (labels.put(name, value) != null) {
                        throw error(source, n, "two labels for language " + name);
                    }
                    spellings.add(value);
                } else {
                    throw error(source, n, "unknown field '" + name + "' (LANG=label, LANG.slug=slug or also=spelling)");
                }
            }
            if (labels.isEmpty()) {
                throw error(source, n, "gives no label (LANG=label)");
            }
            Term term = new Term(kind, "=" + n, labels, slugs);
            Map<String, Term> ofKind = bySpelling.computeIfAbsent(kind, k -> new HashMap<>());
            for (String spelling : spellings) {
                Term before = ofKind.putIfAbsent(normalize(spelling), term);
                if (before != null && before != term) {
                    throw error(source, n, "'" + spelling + "' already means the " + kind.name().toLowerCase(Locale.ROOT)
                            + " of line " + before.key().substring(1));
                }
            }
            byKey.put(term.key(), term);
        }
        return new Taxonomy(bySpelling, byKey);
    }

    private static IllegalArgumentException error(String source, int line, String message) {
        return new IllegalArgumentException("taxonomy " + source + " line " + line + ": " + message);
    }

    private static String normalize(String spelling) {
        return Normalizer.normalize(spelling.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The term a category or tag written this way means, or null when the file does not map it. */
    Term find(Kind kind, String written) {
        Map<String, Term> ofKind = bySpelling.get(kind);
        return ofKind == null || written == null ? null : ofKind.get(normalize(written));
    }

    /** The key of a written term, the same in every language: a mapped term's, else its own segment. */
    String key(Kind kind, String written, String segment) {
        Term term = find(kind, written);
        return term == null ? segment : term.key();
    }

    /** The URL segment in a language of a term by its {@link #key}. */
    String segment(String key, String code) {
        Term term = byKey.get(key);
        return term == null ? key : term.slug(code);
    }

    /** The URL segments in a language of a trail of keys. */
    List<String> segments(List<String> keys, String code) {
        return keys.stream().map(k -> segment(k, code)).toList();
    }

    /** Where a term stands in the file (line number), for menus ordered as the editor wrote them; else max. */
    int order(String key) {
        return byKey.containsKey(key) ? Integer.parseInt(key.substring(1)) : Integer.MAX_VALUE;
    }
}
