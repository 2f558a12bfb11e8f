package dev.mekong.language;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of a text that says something about its language: letters counted by script, the Han
 * characters, and the Latin words. URLs, e-mail addresses, dates, numbers (and words glued to digits
 * such as 5G or COVID-19) and punctuation are dropped first.
 */
final class TextEvidence {

    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)\\S+"
            + "|\\b[\\p{Alnum}-]+(?:\\.[\\p{Alnum}-]+)*\\.(?:com|org|net|gov|edu|int|info|io|biz|asia)\\b(?:/\\S*)?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)+",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** The characters every {@link #CJK_DATE} ends with one of. */
    private static final String CJK_DATE_UNITS = "年月日号时点分秒";
    /** 2025年1月19日, 1月19日, 19日电: numeric dates written with CJK unit characters. */
    private static final Pattern CJK_DATE = Pattern.compile(
            "\\d+\\s*年(?:\\s*\\d+\\s*月)?(?:\\s*\\d+\\s*[日号])?|\\d+\\s*月(?:\\s*\\d+\\s*[日号])?|\\d+\\s*[日号时点分秒]");
    /**
     * Unit symbols ({@code language/units.txt}) after a number, with or without a space, or after a
     * slash: 500 km, 2,5 kg, 38 °C, đồng/kg. Longest first, so that km/h goes before km.
     */
    private static final Pattern UNIT = unitPattern();
    /** Numbers and the Latin letters glued to them (5G, 4K, COVID-19, 23h21, 1st). */
    private static final Pattern NUMBER = Pattern.compile("[\\p{IsLatin}\\p{Nd}]*\\p{Nd}[\\p{IsLatin}\\p{Nd}]*");

    /** Fewest lower-case Latin words that make running text rather than a quoted loanword. */
    private static final int MIN_RUNNING_LATIN_WORDS = 2;

    private final String cleaned;
    private final Map<UnicodeScript, Integer> letters;
    private final String han;
    private final List<String> latinWords;
    private final int lowerCaseLatinLetters;

    private TextEvidence(String cleaned, Map<UnicodeScript, Integer> letters, String han, List<String> latinWords,
                         int lowerCaseLatinLetters) {
        this.lowerCaseLatinLetters = lowerCaseLatinLetters;
        this.cleaned = cleaned;
        this.letters = letters;
        this.han = han;
        this.latinWords = latinWords;
    }

    static TextEvidence of(String text) {
        String cleaned = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        // each pattern is only searched for in a text with a character it cannot match without (a search
        // that fails backtracks over every word); a replacement only brings in spaces
        if (cleaned.indexOf('@') >= 0) {
            cleaned = EMAIL.matcher(cleaned).replaceAll(" ");
        }
        if (cleaned.indexOf('.') >= 0 || cleaned.indexOf(':') >= 0) {
            cleaned = URL.matcher(cleaned).replaceAll(" ");
        }
        boolean digits = cleaned.codePoints().anyMatch(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER);
        if (digits && cleaned.chars().anyMatch(c -> CJK_DATE_UNITS.indexOf(c) >= 0)) {
            cleaned = CJK_DATE.matcher(cleaned).replaceAll(" ");
        }
        if (digits || cleaned.indexOf('/') >= 0) {
            cleaned = UNIT.matcher(cleaned).replaceAll(" ");
        }
        if (digits) {
            cleaned = NUMBER.matcher(cleaned).replaceAll(" ");
        }

        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        StringBuilder han = new StringBuilder();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < cleaned.length()) {
            int cp = cleaned.codePointAt(i);
            i += Character.charCount(cp);
            UnicodeScript script = UnicodeScript.of(cp);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            // Vowel signs of Thai, Lao, Khmer, Myanmar … are marks of their own script: they count.
            boolean letter = Character.isLetter(cp) || mark && script != UnicodeScript.INHERITED;
            if (letter) {
                letters.merge(script, 1, Integer::sum);
                if (script == UnicodeScript.HAN) {
                    han.appendCodePoint(cp);
                }
            }
            if (letter && script == UnicodeScript.LATIN || (isWordInner(cp) || mark) && word.length() > 0) {
                word.appendCodePoint(cp);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        List<String> lowerCase = words.stream()
                .filter(w -> Character.isLowerCase(w.codePointAt(0)) && !hasInnerCapital(w))
                .toList();
        int lowerCaseLatinLetters = lowerCase.size() < MIN_RUNNING_LATIN_WORDS ? 0 : lowerCase.stream()
                .mapToInt(w -> (int) w.codePoints().filter(Character::isLetter).count())
                .sum();
        return new TextEvidence(cleaned, letters, han.toString(), Collections.unmodifiableList(withoutAcronyms(words)),
                lowerCaseLatinLetters);
    }

    private static Pattern unitPattern() {
        List<String> units = new ArrayList<>();
        for (String line : Resources.lines("language/units.txt")) {
            units.addAll(List.of(line.strip().split("\\s+")));
        }
        units.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String unit : units) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(unit));
        }
        return Pattern.compile("(?:(?<=\\p{Nd})[ \\u00A0]?|/)(?:" + alternatives + ")(?![\\p{L}\\p{Nd}])");
    }

    /**
     * Acronyms (ASEAN, GMT, AI) belong to no language: words written all in capitals are dropped, unless
     * every word is (a headline set in capitals). So do brand names written with a capital inside
     * (iPhone, YouTube, TikTok, PlayStation): no language writes its words so. Words come back in lower case.
     */
    private static List<String> withoutAcronyms(List<String> words) {
        boolean someNotCapitals = words.stream().anyMatch(w -> !isAllCapitals(w));
        List<String> kept = new ArrayList<>(words.size());
        for (String word : words) {
            if ((!someNotCapitals || !isAllCapitals(word)) && !hasInnerCapital(word)) {
                kept.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return kept;
    }

    /** A capital right after a small letter: iPhone, eBay, McDonald; not l'État, not O'Neill. */
    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllCapitals(String word) {
        return word.codePointCount(0, word.length()) >= 2
                && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Apostrophes stay inside words (don't, l'état); hyphens split (Vietnamese cạc-tông, well-known). */
    private static boolean isWordInner(int cp) {
        return cp == '\'' || cp == '’';
    }

    private static void flush(StringBuilder word, List<String> words) {
        int end = word.length();
        while (end > 0 && isWordInner(word.charAt(end - 1))) {
            end--;
        }
        if (end > 0) {
            words.add(word.substring(0, end).replace('’', '\''));
        }
        word.setLength(0);
    }

    /** The text without URLs, e-mail addresses, dates and numbers. */
    String cleaned() {
        return cleaned;
    }

    /** Letters per script, the marks of a script (Thai vowel signs …) counted with it. */
    Map<UnicodeScript, Integer> letters() {
        return letters;
    }

    int letters(UnicodeScript script) {
        return letters.getOrDefault(script, 0);
    }

    /**
     * Letters of the Latin words written in lower case: running text, as opposed to the names, brands,
     * acronyms and capitalised titles that text in other scripts quotes in Latin letters. One such word
     * alone is a quoted loanword, not running text: 0.
     */
    int lowerCaseLatinLetters() {
        return lowerCaseLatinLetters;
    }

    /** The Han characters in order. */
    String han() {
        return han;
    }

    /** Latin-script words, lower case, NFC, apostrophes as ASCII. */
    List<String> latinWords() {
        return latinWords;
    }
}
