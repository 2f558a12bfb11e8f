package dev.mekong.translate;

/**
 * Something a build report should show about one segment.
 *
 * @param kind    {@link #FAILED} (no engine produced a publishable translation: the original is shown),
 *                {@link #REJECTED} (one engine's output failed validation; another may have succeeded),
 *                {@link #GLOSSARY} (a required term is missing from the published translation)
 * @param article article id
 * @param target  target language
 * @param engine  engine concerned, or null
 * @param segment the source segment, shortened
 * @param detail  what went wrong
 */
public record TranslationIssue(String kind, String article, String target, String engine, String segment,
                               String detail) {

    public static final String FAILED = "failed";
    public static final String REJECTED = "rejected";
    public static final String GLOSSARY = "glossary";

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
