package dev.mekong.ingest;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;
import dev.mekong.model.Version;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Cleans every text field of an article record, whatever made it: an extractor (JSON and YAML escapes
 * such as {@code \u0000} are decoded after {@link TextNormalizer} saw the raw input), a stored record or a
 * translation engine. A NUL, a lone surrogate or a U+FFFE makes every RSS and Atom feed invalid XML; a
 * bidi override (U+202E) turns the rest of a title around on every page that shows it.
 * <p>
 * Every field gets what {@link TextNormalizer} gives raw input (line endings as {@code \n}, invisible
 * characters and C0 controls out, C1 controls as the windows-1252 characters they stood for, NFC) and
 * loses bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069; the marks LRM, RLM and ALM
 * stay), lone surrogates and noncharacters. Block, list and removed texts keep {@code \n} and {@code \t}
 * (a table row's cells are tab-separated); one-line fields (title, metadata, authors, categories, tags) have
 * each run of line breaks and tabs made one space and are stripped; an author, category or tag left empty is
 * dropped, and a tag given twice is kept once.
 */
public final class FieldCleaner {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final Pattern LINE_BREAKS = Pattern.compile("[ ]*[\n\t][\n\t ]*");

    private FieldCleaner() {
    }

    public static Article clean(Article article) {
        Map<String, Version> versions = new LinkedHashMap<>();
        article.versions().forEach((code, version) -> versions.put(code, clean(version)));
        Language language = article.language() == null ? null
                : new Language(line(article.language().tag()), article.language().confidence());
        return new Article(article.id(), article.slug(), article.revision(), article.source(), language,
                clean(article.meta()), blocks(article.blocks()),
                article.removed().stream().map(r -> new Removed(text(r.text()), line(r.rule()))).toList(), versions);
    }

    public static Version clean(Version version) {
        return version == null ? null : new Version(line(version.status()), line(version.engine()), line(version.lang()),
                line(version.title()), blocks(version.blocks()), version.input());
    }

    private static Metadata clean(Metadata meta) {
        return meta == null ? null : new Metadata(line(meta.title()), line(meta.published()), line(meta.publisher()),
                lines(meta.authors()), line(meta.editor()), lines(meta.category()), line(meta.canonicalUrl()),
                line(meta.image()), distinct(lines(meta.tags())), meta.draft(), line(meta.translationKey()),
                line(meta.titleConfidence()));
    }

    private static List<Block> blocks(List<Block> blocks) {
        return blocks.stream().map(b -> new Block(line(b.type()), text(b.text()),
                b.items() == null ? null : b.items().stream().map(FieldCleaner::text).toList(),
                line(b.src()), line(b.lang()), line(b.alt()))).toList();
    }

    private static List<String> lines(List<String> values) {
        return values.stream().map(FieldCleaner::line).filter(Objects::nonNull).filter(s -> !s.isEmpty()).toList();
    }

    /** Tags are a set: the first spelling of each kept, in order. */
    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    /** A field of several lines (block text): {@code \n} and {@code \t} kept. Null stays null. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        // nearly every field is clean already (records are cleaned when stored, and cleaned again when read)
        return isClean(value) ? value : cleaned(value);
    }

    /** {@link #text} without the look for a field that is clean already. */
    static String cleaned(String value) {
        String characters = NORMALIZER.cleanCharacters(value);
        StringBuilder out = new StringBuilder(characters.length());
        for (int i = 0; i < characters.length(); ) {
            int cp = characters.codePointAt(i);
            if (!isBidiControl(cp) && !isLoneSurrogate(cp) && !isNoncharacter(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** A one-line field (a title): {@link #text}, then line breaks and tabs as one space, stripped. */
    public static String line(String value) {
        String text = text(value);
        return text == null ? null : LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }

    /**
     * True when {@link #cleaned} would give the text back as it is: in NFC, and every character one that
     * every step keeps (printable ASCII, line feed, tab, and all of the BMP but controls, the soft hyphen, the
     * General Punctuation block, surrogates, noncharacters and U+FEFF; those are left to the whole cleaning).
     */
    private static boolean isClean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean kept = c < 0x80 ? c >= 0x20 && c < 0x7F || c == '\n' || c == '\t'
                    : c >= 0xA0 && c < 0x2000 && c != 0xAD
                    || c >= 0x2070 && c < Character.MIN_SURROGATE
                    || c > Character.MAX_SURROGATE && c < 0xFDD0
                    || c > 0xFDEF && c < 0xFFFE && c != 0xFEFF;
            if (!kept) {
                return false;
            }
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC);
    }

    /** A surrogate code point: codePointAt returns one only where it has no partner. */
    private static boolean isLoneSurrogate(int cp) {
        return cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
    }

    /** Embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069. */
    private static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** U+FDD0–U+FDEF and the last two code points of every plane: never characters, not allowed in XML. */
    private static boolean isNoncharacter(int cp) {
        return cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
    }
}
