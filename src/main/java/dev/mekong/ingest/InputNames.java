package dev.mekong.ingest;

import dev.mekong.model.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The names of the files the pipeline writes for an input beside the input's own name: its archived copy
 * ({@code HHmmssSSS-NAME}) and its quarantined copy ({@code NAME}, {@code NAME.reason.txt}, and the
 * time-stamped names an earlier one is kept under). File systems limit a name to 255 bytes, so a long
 * input name is shortened to {@value #MAX_BYTES} bytes, which leaves room for those prefixes and suffixes:
 * the extension is kept and a short hash of the whole name keeps two long names apart.
 */
public final class InputNames {

    /** 255 bytes less the longest addition: {@code .reason.txt} plus a {@code .yyyyMMddTHHmmss.SSS} stamp. */
    public static final int MAX_BYTES = 200;

    private static final int MAX_EXTENSION_BYTES = 16;

    /** Stands for each byte of a name that is not UTF-8 (Java reads such a byte as U+FFFD). */
    private static final String UNDECODABLE = "_";

    /** An instance only for the route, which calls {@link #bounded} on a bean (routes/ingest.camel.yaml). */
    public InputNames() {
    }

    /**
     * The input name itself when it is short enough, else its start, a hash of it and its extension;
     * bytes that are not UTF-8 become {@value #UNDECODABLE}.
     */
    public static String bounded(String name) {
        String readable = name.replace("\uFFFD", UNDECODABLE);
        if (bytes(readable) <= MAX_BYTES) {
            return readable;
        }
        String hash = "~" + HexFormat.of().formatHex(Sha256.digest(name), 0, 4);
        int dot = readable.lastIndexOf('.');
        String extension = dot > 0 && bytes(readable.substring(dot)) <= MAX_EXTENSION_BYTES ? readable.substring(dot) : "";
        String stem = readable.substring(0, readable.length() - extension.length());
        return truncate(stem, MAX_BYTES - bytes(hash) - bytes(extension)) + hash + extension;
    }

    private static String truncate(String text, int maxBytes) {
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int cp : text.codePoints().toArray()) {
            String c = Character.toString(cp);
            used += bytes(c);
            if (used > maxBytes) {
                break;
            }
            kept.append(c);
        }
        return kept.toString();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
