package dev.mekong.pipeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The pipeline's configuration, read once from Camel's properties (application.properties, --config,
 * -D and environment overrides). Defaults live in application.properties only; a missing key here is a
 * configuration error, reported with the key's name.
 */
public record Settings(
        Path inbox,
        Path site,
        Path content,
        Path quarantine,
        Path archive,
        boolean keepInputs,
        List<String> languages,
        String translator,
        long maxInputBytes,
        double minLanguageConfidence,
        boolean quarantineUncertainLanguage,
        List<String> inboxIgnore,
        int maxHtmlDepth,
        int maxParagraphChars,
        int maxCategoryDepth,
        int maxCategoryChars,
        int maxTags,
        int maxTagChars,
        RemovedInputs.Limit retireLimit,
        boolean standby,
        long standbyPollMillis) {

    public static Settings from(Function<String, String> properties) {
        Function<String, String> required = key -> {
            String value = properties.apply(key);
            if (value == null) {
                throw new IllegalArgumentException("missing configuration key " + key);
            }
            return value.trim();
        };
        List<String> languages = Arrays.stream(required.apply("mekong.languages").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("mekong.languages must name at least one language");
        }
        return new Settings(
                path(required, "mekong.inbox"),
                path(required, "mekong.site"),
                path(required, "mekong.content"),
                path(required, "mekong.quarantine"),
                path(required, "mekong.archive"),
                bool(required, "mekong.keep-inputs"),
                languages,
                required.apply("mekong.translator"),
                number(required, "mekong.max-input-bytes"),
                decimal(required, "mekong.language.min-confidence"),
                bool(required, "mekong.language.quarantine-uncertain"),
                InboxFilter.patterns(required.apply("mekong.inbox-ignore")),
                Math.toIntExact(Math.min(Integer.MAX_VALUE, number(required, "mekong.max-html-depth"))),
                Math.toIntExact(Math.min(Integer.MAX_VALUE, number(required, "mekong.max-paragraph-chars"))),
                Math.toIntExact(Math.min(Integer.MAX_VALUE, number(required, "mekong.max-category-depth"))),
                Math.toIntExact(Math.min(Integer.MAX_VALUE, number(required, "mekong.max-category-chars"))),
                Math.toIntExact(Math.min(Integer.MAX_VALUE, number(required, "mekong.max-tags"))),
                Math.toIntExact(Math.min(Integer.MAX_VALUE, number(required, "mekong.max-tag-chars"))),
                new RemovedInputs.Limit(decimal(required, "mekong.retire.max-share"),
                        Math.toIntExact(Math.min(Integer.MAX_VALUE, number(required, "mekong.retire.min-count"))),
                        bool(required, "mekong.retire.allow-mass")),
                bool(required, "mekong.ingest.standby"),
                number(required, "mekong.ingest.standby-poll-ms"));
    }

    private static Path path(Function<String, String> props, String key) {
        String value = props.apply(key);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(key + " must name a folder");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    private static boolean bool(Function<String, String> props, String key) {
        String value = props.apply(key);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, not '" + value + "'");
        };
    }

    private static long number(Function<String, String> props, String key) {
        try {
            long value = Long.parseLong(props.apply(key));
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a positive whole number, not '" + props.apply(key) + "'");
        }
    }

    private static double decimal(Function<String, String> props, String key) {
        try {
            double value = Double.parseDouble(props.apply(key));
            if (value < 0 || value > 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number between 0 and 1, not '" + props.apply(key) + "'");
        }
    }
}
