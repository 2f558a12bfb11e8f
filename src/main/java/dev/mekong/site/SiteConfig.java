package dev.mekong.site;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the site looks like from the outside: its languages, address, title and where the editor's
 * report and the templates live.
 *
 * @param languages       site language codes in switcher order (zh, en, vi, th …); URLs use them
 * @param defaultLanguage the language of the root 404 page and of {@code x-default}
 * @param baseUrl         absolute URL the site is published under, ending in a slash
 * @param siteTitle       site name; null or blank means each language's bundle {@code site.title}
 * @param reportPath      folder of the build report inside the site, not linked from public pages
 * @param pageSize        articles per home page
 * @param templates       {@code classpath:templates} or a folder; a folder overrides only what it holds
 * @param listUntranslated true: a language's lists and feeds show every article, untranslated and partly
 *                        translated versions included; false: only its originals and complete translations
 * @param reportLanguage  the language of the build report's UI (a language code; English strings fill gaps)
 * @param taxonomy        the category and tag mapping file ({@link Taxonomy}); empty: none
 * @param imageWidths     widths of the smaller copies made of each JPEG and PNG image ({@link MediaPages}),
 *                        ascending, each once
 */
public record SiteConfig(
        List<String> languages,
        String defaultLanguage,
        String baseUrl,
        String siteTitle,
        String reportPath,
        int pageSize,
        String templates,
        boolean listUntranslated,
        String reportLanguage,
        String taxonomy,
        List<Integer> imageWidths) {

    public static final String CLASSPATH_TEMPLATES = "classpath:templates";

    /** Configuration keys, as in application.properties. */
    public static final String KEY_LANGUAGES = "mekong.languages";
    public static final String KEY_DEFAULT_LANGUAGE = "mekong.site.default-language";
    public static final String KEY_BASE_URL = "mekong.site.base-url";
    public static final String KEY_TITLE = "mekong.site.title";
    public static final String KEY_REPORT_PATH = "mekong.site.report-path";
    public static final String KEY_PAGE_SIZE = "mekong.site.page-size";
    public static final String KEY_TEMPLATES = "mekong.site.templates";
    public static final String KEY_LIST_UNTRANSLATED = "mekong.site.list-untranslated";
    public static final String KEY_REPORT_LANGUAGE = "mekong.site.report-language";
    public static final String KEY_IMAGE_WIDTHS = "mekong.site.image-widths";
    static final List<Integer> DEFAULT_IMAGE_WIDTHS = List.of(480, 960, 1600);
    public static final String KEY_TAXONOMY = "mekong.site.taxonomy";
    /** A site language code as URLs use it: the first segment of a language's pages. */
    static final String LANGUAGE_CODE = "[a-z]{2,3}(-[a-z0-9]{2,8})*";

    public SiteConfig {
        languages = languages.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).filter(l -> !l.isEmpty())
                .distinct().toList();
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one site language is needed");
        }
        for (String language : languages) {
            if (!language.matches(LANGUAGE_CODE)) {
                throw new IllegalArgumentException("not a language code usable in URLs: " + language);
            }
        }
        defaultLanguage = defaultLanguage == null || defaultLanguage.isBlank() ? languages.get(0)
                : defaultLanguage.trim().toLowerCase(Locale.ROOT);
        if (!languages.contains(defaultLanguage)) {
            throw new IllegalArgumentException("default language " + defaultLanguage + " is not among " + languages);
        }
        baseUrl = Objects.requireNonNullElse(baseUrl, "http://127.0.0.1:8080/").trim();
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        reportPath = Objects.requireNonNullElse(reportPath, "_report").replaceAll("^/+|/+$", "");
        if (!reportPath.matches("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*") || reportPath.contains("..")) {
            throw new IllegalArgumentException("report path must be a plain relative folder: " + reportPath);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException(KEY_PAGE_SIZE + " must be at least 1, not " + pageSize);
        }
        templates = templates == null || templates.isBlank() ? CLASSPATH_TEMPLATES : templates.trim();
        reportLanguage = reportLanguage == null || reportLanguage.isBlank() ? "en" : reportLanguage.trim().toLowerCase(Locale.ROOT);
        if (!reportLanguage.matches(LANGUAGE_CODE)) {
            throw new IllegalArgumentException(KEY_REPORT_LANGUAGE + " must be a language code, not '" + reportLanguage + "'");
        }
        taxonomy = taxonomy == null ? "" : taxonomy.trim();
        imageWidths = imageWidths == null ? DEFAULT_IMAGE_WIDTHS : imageWidths.stream().distinct().sorted().toList();
        if (imageWidths.stream().anyMatch(w -> w < 1 || w > 10_000)) {
            throw new IllegalArgumentException(KEY_IMAGE_WIDTHS + " must be widths from 1 to 10000 pixels, not " + imageWidths);
        }
    }

    /** With the default image widths. */
    public SiteConfig(List<String> languages, String defaultLanguage, String baseUrl, String siteTitle, String reportPath,
                      int pageSize, String templates, boolean listUntranslated, String reportLanguage, String taxonomy) {
        this(languages, defaultLanguage, baseUrl, siteTitle, reportPath, pageSize, templates, listUntranslated,
                reportLanguage, taxonomy, null);
    }

    /** Without a taxonomy file. */
    public SiteConfig(List<String> languages, String defaultLanguage, String baseUrl, String siteTitle, String reportPath,
                      int pageSize, String templates, boolean listUntranslated, String reportLanguage) {
        this(languages, defaultLanguage, baseUrl, siteTitle, reportPath, pageSize, templates, listUntranslated,
                reportLanguage, "");
    }

    public static SiteConfig defaults() {
        return new SiteConfig(List.of("zh", "en", "vi", "th"), null, null, null, null, 10, null, false, null);
    }

    /** Reads the keys above from any property source; missing keys keep their defaults. */
    public static SiteConfig from(Function<String, String> properties) {
        SiteConfig d = defaults();
        String languages = properties.apply(KEY_LANGUAGES);
        String pageSize = properties.apply(KEY_PAGE_SIZE);
        return new SiteConfig(
                languages == null ? d.languages() : Arrays.asList(languages.split(",")),
                properties.apply(KEY_DEFAULT_LANGUAGE),
                properties.apply(KEY_BASE_URL),
                properties.apply(KEY_TITLE),
                properties.apply(KEY_REPORT_PATH),
                pageSize == null ? d.pageSize() : pageSize(pageSize),
                properties.apply(KEY_TEMPLATES),
                flag(KEY_LIST_UNTRANSLATED, properties.apply(KEY_LIST_UNTRANSLATED)),
                properties.apply(KEY_REPORT_LANGUAGE),
                properties.apply(KEY_TAXONOMY),
                imageWidths(properties.apply(KEY_IMAGE_WIDTHS)));
    }

    /** A comma-separated list of widths; missing: the defaults, empty: none. */
    private static List<Integer> imageWidths(String value) {
        if (value == null) {
            return null;
        }
        List<Integer> widths = new java.util.ArrayList<>();
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                widths.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(KEY_IMAGE_WIDTHS + " must be widths in pixels separated by commas, not '"
                        + value + "'");
            }
        }
        return widths;
    }

    /** true or false, nothing else: a typo must not quietly mean false. Missing: false. */
    private static boolean flag(String key, String value) {
        return switch (value == null ? "false" : value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, not '" + value + "'");
        };
    }

    private static int pageSize(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(KEY_PAGE_SIZE + " must be a positive whole number, not '" + value + "'");
        }
    }

    public static SiteConfig from(Map<String, String> properties) {
        return from(properties::get);
    }

    public SiteConfig withTemplates(String templates) {
        return new SiteConfig(languages, defaultLanguage, baseUrl, siteTitle, reportPath, pageSize, templates,
                listUntranslated, reportLanguage, taxonomy, imageWidths);
    }

    public SiteConfig withTaxonomy(String taxonomy) {
        return new SiteConfig(languages, defaultLanguage, baseUrl, siteTitle, reportPath, pageSize, templates,
                listUntranslated, reportLanguage, taxonomy, imageWidths);
    }
}
