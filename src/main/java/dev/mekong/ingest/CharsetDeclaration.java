package dev.mekong.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset an HTML page declares for itself: {@code <meta charset>}, {@code <meta http-equiv
 * content="…; charset=…">} or {@code <?xml … encoding="…"?>}, within the first few kilobytes, as browsers
 * do. The declaration is only a claim: {@link CharsetDetector} checks it against the bytes.
 */
final class CharsetDeclaration {

    /** How far into the file a declaration is looked for. */
    static final int SCAN_LIMIT = 8192;

    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']?([a-z0-9._:\\-]{1,40})");
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([a-z0-9._:\\-]{1,40})");
    private static final int MAX_TAG_LENGTH = 1000;

    private CharsetDeclaration() {
    }

    /** The declared charset label, lower-cased, as written in the page (e.g. {@code gb2312}). */
    static Optional<String> find(byte[] bytes) {
        // Latin-1 maps every byte to one char, so positions and ASCII markup survive whatever the encoding.
        String head = new String(bytes, 0, Math.min(bytes.length, SCAN_LIMIT), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return Optional.of(xml.group(1));
        }
        int from = 0;
        while (true) {
            int start = head.indexOf("<meta", from);
            if (start < 0) {
                return Optional.empty();
            }
            int end = head.indexOf('>', start);
            if (end < 0) {
                end = Math.min(head.length(), start + MAX_TAG_LENGTH);
            }
            String tag = head.substring(start, Math.min(end, start + MAX_TAG_LENGTH));
            Matcher charset = META_CHARSET.matcher(tag);
            if (charset.find()) {
                return Optional.of(charset.group(1));
            }
            from = start + 5;
        }
    }
}
