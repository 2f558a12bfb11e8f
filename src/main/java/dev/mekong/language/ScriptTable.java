package dev.mekong.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What each script says about the language: the scripts that name one language on their own, and the
 * BCP-47 tag and script of each OpenNLP language.
 */
final class ScriptTable {

    private final Map<UnicodeScript, String> soleLanguage = new EnumMap<>(UnicodeScript.class);
    private final Map<String, String> bcp47ByIso3 = new HashMap<>();
    private final Map<String, UnicodeScript> scriptByIso3 = new HashMap<>();
    private final Map<String, UnicodeScript> scriptByTag = new HashMap<>();

    ScriptTable() {
        for (String[] row : Resources.table("language/script-languages.tsv", 2)) {
            soleLanguage.put(UnicodeScript.valueOf(row[0]), row[1]);
        }
        for (String[] row : Resources.table("language/opennlp-languages.tsv", 3)) {
            UnicodeScript script = UnicodeScript.valueOf(row[2]);
            bcp47ByIso3.put(row[0], row[1]);
            scriptByIso3.put(row[0], script);
            scriptByTag.put(row[1], script);
        }
    }

    /** The language a script belongs to alone (Thai → th, Lao → lo …), or null. */
    String soleLanguage(UnicodeScript script) {
        return soleLanguage.get(script);
    }

    /** BCP-47 tag of an OpenNLP ISO 639-3 code, or null for a code the model does not have. */
    String bcp47(String iso3) {
        return bcp47ByIso3.get(iso3);
    }

    UnicodeScript script(String iso3) {
        return scriptByIso3.get(iso3);
    }

    /** The script a language is written in, by its primary BCP-47 subtag (zh → Han), or null. */
    UnicodeScript scriptOfTag(String primary) {
        return scriptByTag.get(primary);
    }
}
