package dev.mekong.translate.text;

import java.util.List;

/**
 * The check an engine's output failed, as the build's warnings count it. Recognised from the reason's
 * wording, so a rejection remembered in the translation memory (which keeps only the reason) is counted
 * like a fresh one.
 */
public enum RejectionKind {
    EMPTY("empty", List.of(OutputValidator.EMPTY, OutputValidator.NO_TEXT)),
    PLACEHOLDERS("placeholders", List.of(OutputValidator.PLACEHOLDER, OutputValidator.UNEXPECTED_PLACEHOLDER,
            OutputValidator.MARKUP)),
    ECHO("echo", List.of(OutputValidator.ECHO)),
    WRONG_SCRIPT("wrong script", List.of(OutputValidator.WRONG_SCRIPT)),
    BAD_LENGTH("bad length", List.of(OutputValidator.BAD_LENGTH)),
    WRONG_LANGUAGE("wrong language", List.of(OutputValidator.WRONG_LANGUAGE)),
    OTHER("other", List.of());

    private final String label;
    private final List<String> reasonStarts;

    RejectionKind(String label, List<String> reasonStarts) {
        this.label = label;
        this.reasonStarts = reasonStarts;
    }

    /** How a person reads it in a warning: "wrong script". */
    public String label() {
        return label;
    }

    public static RejectionKind of(String reason) {
        for (RejectionKind kind : values()) {
            if (kind.reasonStarts.stream().anyMatch(reason::startsWith)) {
                return kind;
            }
        }
        return OTHER;
    }
}
