package dev.mekong.translate.text;

import java.util.List;

/**
 * A segment with its protected spans (numbers, URLs, inline markup, glossary terms) replaced by
 * placeholder tokens. Internally a placeholder is one private-use character ({@link #token(int)}), so
 * segmentation and length measures treat it as a single symbol; a {@link PlaceholderStyle} renders it
 * in whatever form an engine keeps intact.
 *
 * @param source       the original segment text
 * @param template     the text with every protected span replaced by its token
 * @param placeholders the protected spans, in order of appearance; index i is token i
 */
public record ProtectedText(String source, String template, List<Placeholder> placeholders) {

    private static final char FIRST_TOKEN = '\uE000';
    private static final int MAX_TOKENS = 6400;

    public ProtectedText {
        placeholders = List.copyOf(placeholders);
    }

    /**
     * @param original    the protected text as it appears in the source
     * @param replacement what the placeholder becomes in the translation (a glossary term's target)
     * @param kind        why it is protected
     * @param opener      for a closing tag, the index of its opening tag; else -1
     */
    public record Placeholder(String original, String replacement, Kind kind, int opener) {
    }

    public enum Kind { MARKUP, URL, EMAIL, NUMBER, TERM }

    public static char token(int index) {
        if (index >= MAX_TOKENS) {
            throw new IllegalArgumentException("too many placeholders in one segment: " + index);
        }
        return (char) (FIRST_TOKEN + index);
    }

    public static boolean isToken(char c) {
        return c >= FIRST_TOKEN && c < FIRST_TOKEN + MAX_TOKENS;
    }

    public static int indexOf(char token) {
        return token - FIRST_TOKEN;
    }

    /** Replaces every token of a (validated) translated template by its placeholder's replacement. */
    public String restore(String translatedTemplate) {
        StringBuilder out = new StringBuilder(translatedTemplate.length() + 32);
        for (int i = 0; i < translatedTemplate.length(); i++) {
            char c = translatedTemplate.charAt(i);
            if (isToken(c) && indexOf(c) < placeholders.size()) {
                out.append(placeholders.get(indexOf(c)).replacement());
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the template has something to translate besides placeholders, spaces and punctuation. */
    public boolean hasTranslatableText() {
        return template.codePoints().anyMatch(cp -> Character.isLetter(cp) && !isToken((char) cp));
    }
}
