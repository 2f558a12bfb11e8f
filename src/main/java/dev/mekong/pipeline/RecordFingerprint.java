package dev.mekong.pipeline;

import dev.mekong.model.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything besides an input's own bytes that shapes the article record made from it, as one hash. An
 * input is skipped as unchanged ({@link UnchangedInputs}) only while both its bytes and this fingerprint are
 * the ones it was read with; a different fingerprint means every input is read again.
 *
 * <p>The parts, each hashed on its own so that a change can be named:
 * <ul>
 *   <li>{@code record-format}: {@link #RECORD_FORMAT}, the version of the code that decodes, extracts,
 *   detects and translates;</li>
 *   <li>every {@code mekong.*} setting (site languages, translator chain, engine URLs and models,
 *   validation tolerances, language confidence, input limits, the memory file …), except the keys listed
 *   in {@link #NOT_SHAPING}: the list is of what does <em>not</em> count, so a new setting counts until
 *   someone decides otherwise, which costs a re-read, never a stale record;</li>
 *   <li>for the settings that name files ({@link #FILE_KEYS}: site rules, glossaries), the files' bytes.</li>
 * </ul>
 * Not a part: the translation memory's contents (it grows every build; reviewed translations reach stored
 * records through {@link ReviewDrop}), and budget or dry-run settings, whose effect shows in the record
 * itself (an incomplete translation is never vouched for, see {@link UnchangedInputs}).
 */
public final class RecordFingerprint {

    /**
     * Bump when a code change makes different records from the same bytes and settings (decoding,
     * extraction, language detection, translation): every cached input is then read again once.
     */
    static final int RECORD_FORMAT = 7; // 2: tags, draft, translationKey and supplied versions (Version.input); 3: mojibake repair at decoding; 4: titleConfidence (a doubted title replaced by the first sentence); 5: a declared language trusted when the text agrees; 6: images copied into content/media (media: references), a lead image not repeated in the body; 7: a figure's own alt kept (Block.alt)

    /**
     * Settings that do not shape a record: folders, polling, threads and stage endpoints, retirement, the site's look, the test hooks,
     * and how engines are called (timeouts, rates, retries, keys, budgets): exact keys (and their sub-keys),
     * or prefixes where they end in a dot or a dash;
     * a key {@code mekong.translate.ENGINE.NAME} is matched by its last part against {@link #ENGINE_CALLING}.
     */
    static final List<String> NOT_SHAPING = List.of("mekong.inbox", "mekong.site", "mekong.content",
            "mekong.quarantine", "mekong.archive", "mekong.keep-inputs", "mekong.mode", "mekong.mode-", "mekong.retire.",
            "mekong.poll-delay", "mekong.read-lock-", "mekong.inbox-ignore", "mekong.test.",
            // how many threads, which endpoints between the stages, how often a watch renders, waiting as a
            // standby, and where the translation runs (this process or workers over a broker) change when a
            // record is made, not what it holds
            "mekong.workers", "mekong.stage.", "mekong.render.", "mekong.ingest.", "mekong.transport", "mekong.jms.");

    /**
     * The site's settings that decide what the image capture stores in a record (copied or linked
     * images): unlike the rest of {@code mekong.site.*}, they shape records.
     */
    static final Set<String> IMAGE_CAPTURE = Set.of("mekong.site.copy-images", "mekong.site.fetch-images",
            "mekong.site.image-fetch-timeout-ms", "mekong.site.image-max-bytes", "mekong.site.image-max-pixels");

    private static final Set<String> ENGINE_CALLING = Set.of("delay-ms", "timeout-ms", "concurrency", "rate", "retries",
            "backoff-ms", "backoff-max-ms", "retry-after-max-ms", "max-wait-ms", "breaker-failures", "breaker-open-ms",
            "api-key", "budget-chars", "dry-run");

    /** Settings naming files (comma-separated) whose bytes shape records. */
    static final Set<String> FILE_KEYS = Set.of("mekong.extract.site-rules", "mekong.translate.glossaries");

    private final SortedMap<String, String> parts;

    private RecordFingerprint(SortedMap<String, String> parts) {
        this.parts = Collections.unmodifiableSortedMap(parts);
    }

    /** The fingerprint of these settings ({@code mekong.*} keys as resolved); files are read now. */
    public static RecordFingerprint of(Map<String, String> settings) {
        SortedMap<String, String> parts = new TreeMap<>();
        parts.put("record-format", Sha256.hex(Integer.toString(RECORD_FORMAT).getBytes(StandardCharsets.UTF_8)));
        settings.forEach((key, value) -> {
            if (key.startsWith("mekong.") && shapes(key)) {
                String text = value == null ? "" : value.strip();
                parts.put(key, FILE_KEYS.contains(key) ? filesHash(key, text) : Sha256.hex(text.getBytes(StandardCharsets.UTF_8)));
            }
        });
        return new RecordFingerprint(parts);
    }

    /** Rebuilds a fingerprint from its parts, as {@link InputIndex} stored them. */
    static RecordFingerprint ofParts(Map<String, String> parts) {
        return new RecordFingerprint(new TreeMap<>(parts));
    }

    static boolean shapes(String key) {
        if (IMAGE_CAPTURE.contains(key)) {
            return true;
        }
        for (String excluded : NOT_SHAPING) {
            if (key.equals(excluded) || (excluded.endsWith(".") || excluded.endsWith("-") ? key.startsWith(excluded)
                    : key.startsWith(excluded + "."))) {
                return false;
            }
        }
        return !(key.startsWith("mekong.translate.") && ENGINE_CALLING.contains(key.substring(key.lastIndexOf('.') + 1)));
    }

    /** Each part's hash, by name. */
    public Map<String, String> parts() {
        return parts;
    }

    /** One hash of all the parts. */
    public String hash() {
        StringBuilder text = new StringBuilder();
        parts.forEach((name, hash) -> text.append(name).append('=').append(hash).append('\n'));
        return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The names of the parts that differ from an earlier fingerprint's (added and removed ones included). */
    public List<String> changedSince(RecordFingerprint earlier) {
        TreeMap<String, String> all = new TreeMap<>(earlier.parts);
        all.putAll(parts);
        List<String> changed = new ArrayList<>();
        for (String name : all.keySet()) {
            if (!Objects.equals(parts.get(name), earlier.parts.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    private static String filesHash(String key, String files) {
        StringBuilder text = new StringBuilder();
        for (String file : files.split(",")) {
            if (file.isBlank()) {
                continue;
            }
            try {
                text.append(Sha256.hex(Files.readAllBytes(Path.of(file.strip())))).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(key + ": cannot read " + file.strip(), e);
            }
        }
        return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
