package dev.mekong.ingest;

import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Sha256;

import java.util.Locale;

/**
 * Bytes of an inbox file to normalised text: size check, charset detection ({@link CharsetDetector}),
 * checks that the result is text at all, then normalisation ({@link TextNormalizer}) and, for text copies
 * and HTML pages, mojibake repair ({@link MojibakeRepair}). Anything that cannot
 * become an article is rejected with a message for the quarantine reason file.
 */
public class InputDecoder {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Control characters beyond this share of the text (and more than a stray few) mean binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final int STRAY_CONTROLS_TOLERATED = 3;

    private final long maxBytes;
    private final CharsetDetector detector = new CharsetDetector();
    private final TextNormalizer normalizer = new TextNormalizer();

    public InputDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes inputs larger than this are rejected before decoding */
    public InputDecoder(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maximum input size must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public DecodedInput decode(String fileName, byte[] bytes) {
        InputFormat format = InputFormat.ofFileName(fileName);
        if (bytes.length > maxBytes) {
            throw new InputRejectedException("the file is " + describeSize(bytes.length)
                    + ", over the size limit of " + describeSize(maxBytes));
        }
        if (bytes.length == 0) {
            throw new InputRejectedException("the file is empty");
        }
        CharsetDetector.Detection detection = detector.detect(bytes, format == InputFormat.HTML);
        rejectBinary(detection.text());
        String text = format == InputFormat.TEXT
                ? normalizer.normalizePlainText(detection.text())
                : normalizer.normalizeMarkup(detection.text());
        if (format == InputFormat.TEXT || format == InputFormat.HTML) {
            // pages saved through a browser or a tool carry what it broke; structured inputs are written as they are
            text = MojibakeRepair.repair(text);
        }
        if (isBlank(text)) {
            throw new InputRejectedException("the file contains only whitespace, no text");
        }
        return new DecodedInput(fileName, format, text, detection.describe(), Sha256.hex(bytes), bytes.length);
    }

    /** Blank in the Unicode sense: no-break and ideographic spaces count as blank too. */
    private static boolean isBlank(String text) {
        return text.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static void rejectBinary(String text) {
        long controls = text.chars().filter(InputDecoder::isBinaryControl).count();
        if (controls > STRAY_CONTROLS_TOLERATED && controls > text.length() * MAX_CONTROL_SHARE) {
            throw new InputRejectedException("this looks like a binary file, not text (" + controls
                    + " control characters in " + text.length() + ")");
        }
    }

    /** C0 and C1 controls that never occur in text; tab, line feed, carriage return, VT and FF do. */
    private static boolean isBinaryControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C
                || c >= 0x7F && c <= 0x9F;
    }

    static String describeSize(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        if (bytes < 1024 * 1024) {
            return exact;
        }
        return String.format(Locale.ROOT, "%.1f MB (%s)", bytes / (1024.0 * 1024.0), exact);
    }
}
