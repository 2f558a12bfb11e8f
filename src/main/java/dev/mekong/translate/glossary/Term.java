package dev.mekong.translate.glossary;

/**
 * One glossary rule for a language pair: {@code source} must come out as {@code target}. A
 * do-not-translate entry has {@code target} equal to {@code source}.
 */
public record Term(String source, String target) {

    public Term {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("glossary term without source text");
        }
        target = target == null || target.isBlank() ? source : target;
    }

    public boolean doNotTranslate() {
        return source.equals(target);
    }
}
