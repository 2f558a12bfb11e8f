package dev.mekong.ingest;

import java.nio.charset.Charset;
import java.util.HashMap;
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
