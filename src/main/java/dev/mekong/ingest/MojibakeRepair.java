package dev.mekong.ingest;

import dev.mekong.language.LanguageFacts;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Undoes mojibake left in text that decoded cleanly, for text copies and HTML pages alike: UTF-8 once
 * read as windows-1252 or Latin-1 ("Investorâ€™s"), and a whole page of legacy Chinese bytes once read
 * as windows-1252 or Latin-9. ({@link CharsetDetector} undoes mojibake that fills the input while it
 * chooses the charset; this repairs what it leaves, such as a few broken runs among good text.) The
 * single-byte charsets are {@link WindowsLatin1}'s.
 */
public final class MojibakeRepair {

    /** Latin-1 characters a page of legacy Chinese mojibake is made of, at least: fewer prove nothing. */
    private static final int MIN_LEGACY_EVIDENCE = 200;

    private MojibakeRepair() {
    }

    /** The text with both kinds of mojibake undone; text without any is returned as it is. */
    public static String repair(String text) {
        return repairUtf8(repairLegacyChinese(text));
    }

    /**
     * Undoes UTF-8 text that was once decoded as Latin-1 or Windows-1252 ("Investorâ€™s" for
     * "Investor’s"): each run of a lead byte character and continuation characters that re-encodes to a
     * valid UTF-8 sequence is replaced by the character it encodes. Other text is left alone.
     */
    static String repairUtf8(String s) {
        StringBuilder out = null;
        int i = 0;
        int copied = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            // Lead bytes of Latin, Vietnamese and punctuation characters only: other pairs of Latin-1
            // letters are too often real text.
            int need = c >= 0xC2 && c <= 0xC6 ? 1 : c == 0xE1 || c == 0xE2 ? 2 : 0;
            if (need == 0 || i + need >= s.length()) {
                i++;
                continue;
            }
            int cp = c & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07);
            boolean ok = true;
            for (int k = 1; k <= need && ok; k++) {
                int b = continuationByte(s.charAt(i + k));
                if (b < 0) {
                    ok = false;
                } else {
                    cp = (cp << 6) | (b & 0x3F);
                }
            }
            int min = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000;
            if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, i).appendCodePoint(cp);
            i += need + 1;
            copied = i;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * Undoes a whole page of legacy Chinese bytes (GBK/GB18030 or Big5) that was once decoded as
     * Latin-1/Windows-1252 or Latin-9: a page full of "Ž¬³€±»ÓÎ" and no Han characters. The characters
     * are turned back into their bytes and decoded with the legacy charset that yields clean Chinese; a
     * page that does not fit that pattern exactly is returned unchanged.
     */
    static String repairLegacyChinese(String s) {
        int latin = 0;
        int cjk = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (WindowsLatin1.WINDOWS_1252.canProduce(c) || WindowsLatin1.LATIN_9.canProduce(c))) {
                latin++;
            } else if (isCjk(c)) {
                cjk++;
            }
        }
        if (latin < MIN_LEGACY_EVIDENCE || cjk * 20 > latin) {
            return s;
        }
        String best = s;
        long bestHan = 0;
        for (WindowsLatin1 singleByte : new WindowsLatin1[]{WindowsLatin1.WINDOWS_1252, WindowsLatin1.LATIN_9}) {
            byte[] bytes = new byte[s.length()];
            int unmappable = 0;
            for (int i = 0; i < s.length(); i++) {
                int b = singleByte.byteOf(s.charAt(i));
                if (b < 0) {
                    unmappable++;
                    b = '?';
                }
                bytes[i] = (byte) b;
            }
            if (unmappable * 100 > latin) {
                continue;
            }
            for (String name : new String[]{"GB18030", "Big5"}) {
                String decoded = new String(bytes, Charset.forName(name));
                // Wrongly mapped bytes land on rare characters; count the common ones (GB2312 or Big5).
                CharsetEncoder gb = Charset.forName("GB2312").newEncoder();
                CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
                long han = decoded.chars().filter(c -> isCjk(c) && (gb.canEncode((char) c) || big5.canEncode((char) c))).count();
                long bad = decoded.chars().filter(c -> c == 0xFFFD).count();
                if (han * 4 >= latin && bad * 50 <= han && han > bestHan) {
                    best = decoded;
                    bestHan = han;
                }
            }
        }
        return best;
    }

    /** The byte a character stood for when it is a UTF-8 continuation byte seen through Latin-1/1252, else -1. */
    private static int continuationByte(char c) {
        int b = WindowsLatin1.WINDOWS_1252.byteOf(c);
        return b >= 0x80 && b <= 0xBF ? b : -1;
    }

    private static boolean isCjk(int cp) {
        return LanguageFacts.isIdeographic(Character.UnicodeScript.of(cp));
    }
}
