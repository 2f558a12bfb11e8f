package dev.mekong.site;

import com.ibm.icu.text.Transliterator;
import dev.mekong.model.Sha256;

import java.util.Locale;
import java.util.Set;

/**
 * URL slugs: any script transliterated to ASCII (Han to pinyin, Thai to Latin, Vietnamese without
 * diacritics), reduced to {@code [a-z0-9-]}, bounded, never empty. Because nothing but lowercase
 * letters, digits and single inner dashes survives, a slug cannot climb directories, hide a NUL or a
 * bidi override, or name a Windows device. Category and tag segments stay ASCII too, romanized rather
 * than native script percent-encoded ({@link Taxonomy} says why); a taxonomy file may give its own slug.
 */
public final class Slugs {

    /** Longest transliterated part kept before the id suffix, in characters. */
    static final int MAX_TEXT_LENGTH = 60;
    /** Characters of the article id appended to every article slug. */
    static final int ID_LENGTH = 8;

    private static final Transliterator TO_ASCII =
            Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    private static final Set<String> WINDOWS_DEVICE_NAMES = Set.of(
            "con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slugs() {
    }

    /**
     * The slug of an article: its transliterated title plus a short form of its id, so two articles with
     * the same headline still get different URLs. The store calls this once and keeps the result.
     */
    public static String slug(String title, String id) {
        String text = segment(title);
        return text.isEmpty() ? "article-" + shortId(id, title) : text + "-" + shortId(id, title);
    }

    /** The bounded slug of a text, without an id: may be empty when nothing survives. */
    public static String segment(String text) {
        return notADevice(cut(transliterate(text)));
    }

    /**
     * The path segment of a category page: never empty, and when the name had to be cut, a short hash of
     * the whole name is appended, so two long names sharing their first {@value #MAX_TEXT_LENGTH}
     * characters still get two pages. Whatever the script, the segment is ASCII: at most
     * {@value #MAX_TEXT_LENGTH} + 1 + {@value #ID_LENGTH} bytes, far below any file system's name limit.
     */
    public static String categorySegment(String name) {
        String whole = transliterate(name);
        if (whole.isEmpty()) {
            return slug(name, null);
        }
        String cut = cut(whole);
        return cut.equals(whole) ? notADevice(cut) : cut + "-" + hash(name);
    }

    private static String transliterate(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String ascii = text;
        if (!isAscii(text)) { // ASCII is left as it is (lower-cased below): no transliteration to pay for
            synchronized (TO_ASCII) {
                ascii = TO_ASCII.transliterate(text);
            }
        }
        return ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** At most {@value #MAX_TEXT_LENGTH} characters, cut at a dash where one is near the end. */
    private static String cut(String slug) {
        if (slug.length() > MAX_TEXT_LENGTH) {
            int dash = slug.lastIndexOf('-', MAX_TEXT_LENGTH);
            return slug.substring(0, dash > MAX_TEXT_LENGTH / 2 ? dash : MAX_TEXT_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    private static String notADevice(String slug) {
        return WINDOWS_DEVICE_NAMES.contains(slug) ? slug + "-x" : slug;
    }

    /** True when a string is already a slug this class could have produced. */
    public static boolean isSafe(String slug) {
        return slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= MAX_TEXT_LENGTH + 20
                && !WINDOWS_DEVICE_NAMES.contains(slug);
    }

    private static String shortId(String id, String title) {
        String clean = id == null ? "" : id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (clean.length() >= 4) {
            return clean.length() <= ID_LENGTH ? clean : clean.substring(0, ID_LENGTH);
        }
        // No usable id: derive one from the title so the slug is still stable and non-empty.
        return hash(id + "\u0000" + title);
    }

    private static String hash(String text) {
        return Sha256.hex(text).substring(0, ID_LENGTH);
    }
}
