package dev.mekong.translate.text;

import dev.mekong.language.LanguageDetector;
import dev.mekong.model.Language;
import dev.mekong.translate.text.ProtectedText.Placeholder;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Decides whether an engine's output may be published. Checks, in order: not empty; every placeholder
 * back exactly once and no foreign one; markup closed after it was opened; not the source echoed back;
 * some letters in the target language's script (whatever the length); a plausible length for the
 * language pair; and, when a detector is available and the text is long enough to judge, written in the
 * target language. Each reason starts with one of the constants below ({@link RejectionKind} counts by them). Placeholders may move relative to each other (word
 * order differs between languages: "2025年3月5日" is "March 5, 2025"), but a closing tag may not
 * come before its opening tag.
 */
public final class OutputValidator {

    static final String EMPTY = "empty output";
    static final String NO_TEXT = "output has no text";
    static final String PLACEHOLDER = "placeholder ";
    static final String UNEXPECTED_PLACEHOLDER = "unexpected placeholder ";
    static final String MARKUP = "markup ";
    static final String ECHO = "source echoed back";
    static final String WRONG_SCRIPT = "wrong script";
    static final String BAD_LENGTH = "implausible length";
    static final String WRONG_LANGUAGE = "output looks like";

    private final LanguageDetector detector;
    private final double ratioTolerance;
    private final int minCharsForRatio;
    private final int minCharsForDetection;
    private final double detectionConfidence;

    /**
     * @param detector             re-detects the output's language; null to skip that check
     * @param ratioTolerance       accepted factor between the actual and the expected length ratio
     * @param minCharsForRatio     segments with fewer source letters skip the ratio check
     * @param minCharsForDetection outputs with fewer letters skip the language check
     */
    public OutputValidator(LanguageDetector detector, double ratioTolerance, int minCharsForRatio,
                           int minCharsForDetection) {
        this.detector = detector;
        this.ratioTolerance = ratioTolerance;
        this.minCharsForRatio = minCharsForRatio;
        this.minCharsForDetection = minCharsForDetection;
        this.detectionConfidence = 0.5;
    }

    /** Structural checks only: what every hop of every engine (pseudo included) must satisfy. */
    public Optional<String> checkPlaceholders(ProtectedText input, String outputTemplate) {
        List<Placeholder> expected = input.placeholders();
        int[] position = new int[expected.size()];
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < outputTemplate.length(); i++) {
            char c = outputTemplate.charAt(i);
            if (!ProtectedText.isToken(c)) {
                continue;
            }
            int index = ProtectedText.indexOf(c);
            if (index >= expected.size()) {
                return Optional.of(UNEXPECTED_PLACEHOLDER + (index + 1));
            }
            if (position[index] >= 0) {
                return Optional.of(PLACEHOLDER + (index + 1) + " (" + expected.get(index).original() + ") duplicated");
            }
            position[index] = i;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (position[i] < 0) {
                return Optional.of(PLACEHOLDER + (i + 1) + " (" + expected.get(i).original() + ") missing");
            }
            int opener = expected.get(i).opener();
            if (opener >= 0 && position[opener] > position[i]) {
                return Optional.of(MARKUP + expected.get(i).original() + " moved before its opening tag");
            }
        }
        return Optional.empty();
    }

    /**
     * Full check of a final output template.
     *
     * @param linguistic false for engines whose output is not a real language (pseudo): only the
     *                   structural checks apply
     * @return the reason for rejecting the output, or empty when it may be published
     */
    public Optional<String> check(ProtectedText input, String outputTemplate, String sourceTag, String targetTag,
                                  boolean linguistic) {
        if (outputTemplate == null || outputTemplate.isBlank()) {
            return Optional.of(EMPTY);
        }
        Optional<String> structural = checkPlaceholders(input, outputTemplate);
        if (structural.isPresent() || !linguistic) {
            return structural;
        }
        int sourceLetters = letters(input.template());
        int outputLetters = letters(outputTemplate);
        if (sourceLetters > 0 && outputLetters == 0) {
            return Optional.of(NO_TEXT + ", only placeholders or punctuation");
        }
        if (!LanguageProfiles.primary(sourceTag).equals(LanguageProfiles.primary(targetTag))
                && normalized(outputTemplate).equals(normalized(input.template()))) {
            return Optional.of(ECHO + " untranslated");
        }
        Optional<Character.UnicodeScript> script = LanguageProfiles.get().script(targetTag);
        if (script.isPresent() && outputLetters > 0 && letters(outputTemplate, script.get()) == 0) {
            String name = script.get().name();
            return Optional.of(WRONG_SCRIPT + ": no " + name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT)
                    + " letters in the output");
        }
        OptionalDouble expected = LanguageProfiles.get().expectedLengthRatio(sourceTag, targetTag);
        if (expected.isPresent() && sourceLetters >= minCharsForRatio) {
            double ratio = (double) outputLetters / sourceLetters;
            double want = expected.getAsDouble();
            if (ratio < want / ratioTolerance || ratio > want * ratioTolerance) {
                return Optional.of(String.format(java.util.Locale.ROOT,
                        BAD_LENGTH + ": %d letters for %d (ratio %.2f, expected about %.2f)",
                        outputLetters, sourceLetters, ratio, want));
            }
        }
        if (detector != null && outputLetters >= minCharsForDetection) {
            Language detected = detector.detect(input.restore(outputTemplate));
            if (!detected.isUndetermined() && detected.confidence() >= detectionConfidence
                    && !detected.primary().equalsIgnoreCase(LanguageProfiles.primary(targetTag))) {
                return Optional.of(WRONG_LANGUAGE + " " + detected.tag() + ", not " + targetTag);
            }
        }
        return Optional.empty();
    }

    static int letters(String text) {
        return letters(text, null);
    }

    /** Letters of {@code text} outside placeholders, only those of {@code script} unless it is null. */
    private static int letters(String text, Character.UnicodeScript script) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) && !ProtectedText.isToken((char) cp)
                    && (script == null || Character.UnicodeScript.of(cp) == script)) {
                count++;
            }
            i += Character.charCount(cp);
        }
        return count;
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
