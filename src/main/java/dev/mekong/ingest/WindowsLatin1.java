package dev.mekong.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverse of decoding with a single-byte Western charset: characters back to the bytes they came from.
 * Mojibake is made with windows-1252 (or Latin-1, which leaves 0x80–0x9F as C1 controls) or with
 * ISO-8859-15, whose € Š š Ž ž Œ œ Ÿ sit where Latin-1 has ¤ ¦ ¨ ´ ¸ ¼ ½ ¾.
 */
final class WindowsLatin1 {

    static final WindowsLatin1 WINDOWS_1252 = new WindowsLatin1(Charset.forName("windows-1252"), true);
    static final WindowsLatin1 LATIN_9 = new WindowsLatin1(Charset.forName("ISO-8859-15"), false);

    private final Map<Character, Byte> bytesByChar = new HashMap<>();
    /** The non-ASCII characters this charset produces, for counting them without a map look-up each. */
    private final BitSet producedNonAscii = new BitSet(0x10000);

    private WindowsLatin1(Charset charset, boolean controlsPassThrough) {
        if (controlsPassThrough) {
            for (int b = 0x80; b <= 0x9F; b++) {
                bytesByChar.put((char) b, (byte) b);
            }
        }
        byte[] all = new byte[128];
        for (int i = 0; i < 128; i++) {
            all[i] = (byte) (0x80 + i);
        }
        String decoded = CountingDecoder.decode(charset, all).text();
        for (int i = 0; i < 128; i++) {
            if (decoded.charAt(i) != '\uFFFD') {
                bytesByChar.put(decoded.charAt(i), (byte) (0x80 + i));
            }
        }
        bytesByChar.keySet().forEach(c -> producedNonAscii.set(c));
    }

    /**
     * How many characters of {@code text} are non-ASCII ones this charset produces: the number of non-ASCII
     * bytes {@link #runs} give back, and of {@link #originalBytes} where those are not null.
     */
    int producedNonAsciiCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (producedNonAscii.get(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** The bytes whose decoding is {@code text}, or null if it has characters this charset cannot produce. */
    byte[] originalBytes(String text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[i] = (byte) c;
            } else {
                Byte b = bytesByChar.get(c);
                if (b == null) {
                    return null;
                }
                out[i] = b;
            }
        }
        return out;
    }

    /** The byte this charset decodes to {@code c}, or -1 when it produces no such character. */
    int byteOf(char c) {
        if (c < 0x80) {
            return c;
        }
        Byte b = bytesByChar.get(c);
        return b == null ? -1 : b & 0xFF;
    }

    /**
     * A maximal stretch of text this charset can produce, from {@code start} (inclusive) to {@code end}
     * (exclusive), with the bytes it came from.
     */
    record Run(int start, int end, byte[] bytes) {
    }

    /** The maximal runs of {@code text} made only of characters this charset can produce, in order. */
    List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !canProduce(text.charAt(i))) {
                if (i > start) {
                    runs.add(new Run(start, i, originalBytes(text.substring(start, i))));
                }
                start = i + 1;
            }
        }
        return runs;
    }

    boolean canProduce(char c) {
        return c < 0x80 || bytesByChar.containsKey(c);
    }

    static int nonAsciiCount(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b < 0) {
                count++;
            }
        }
        return count;
    }
}
