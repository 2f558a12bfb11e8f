package dev.mekong.site;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One site language with everything presentation needs: its ICU locale (from the bundle's
 * {@code locale} key, else from the code itself, so a new language needs no code), its own name, its
 * writing direction and its UI strings.
 */
record SiteLanguage(String code, ULocale locale, String name, boolean rtl, Map<String, String> strings) {

    private static final Map<String, String> LANGUAGE_AND_SCRIPT = new ConcurrentHashMap<>();
    /** Parsed UI message patterns by locale and pattern; used through clones, as formats are not thread-safe. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    static SiteLanguage of(String code, Path templatesFolder) {
        Map<String, String> strings = UiStrings.load(code, templatesFolder);
        // A bundle may refine the locale (th: Buddhist calendar); one inherited from English never applies.
        String localeTag = strings.get("locale");
        ULocale locale = localeTag == null || !sameLanguage(localeTag, code)
                ? ULocale.forLanguageTag(code) : ULocale.forLanguageTag(localeTag);
        String name = LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
                .languageDisplayName(locale.getLanguage());
        if (name.isEmpty() || name.equals(locale.getLanguage())) {
            name = code;
        }
        return new SiteLanguage(code, locale, name, locale.getCharacterOrientation().equals("right-to-left"),
                strings);
    }

    /** The name of a language as written mid-sentence in this language: "tiếng Trung", "Chinese". */
    String languageName(String tag) {
        return LocaleDisplayNames.getInstance(locale, DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE)
                .languageDisplayName(ULocale.forLanguageTag(tag).getLanguage());
    }

    String text(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalStateException("UI string " + key + " missing for " + code + " and in English");
        }
        return value;
    }

    String format(String key, Object... args) {
        MessageFormat format = FORMATS.computeIfAbsent(locale + "\u0000" + text(key), k -> new MessageFormat(text(key), locale));
        return ((MessageFormat) format.clone()).format(args);
    }

    /**
     * True when two BCP-47 tags name the same language in the same script (zh and zh-Hans do; zh-Hans
     * and zh-Hant do not), so a {@code lang} attribute is only added where it tells the reader something.
     */
    static boolean sameLanguage(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equalsIgnoreCase(b) || languageAndScript(a).equals(languageAndScript(b));
    }

    private static String languageAndScript(String tag) {
        return LANGUAGE_AND_SCRIPT.computeIfAbsent(tag, t -> {
            ULocale full = ULocale.addLikelySubtags(ULocale.forLanguageTag(t));
            return full.getLanguage() + "-" + full.getScript();
        });
    }
}
