package dev.mekong.ingest;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.text.Normalizer;

/** Short news-like texts written for these tests, and the encoders that turn them into legacy bytes. */
final class Samples {

    static final String SIMPLIFIED = """
            新华社北京3月5日电 国务院今天召开常务会议，研究部署进一步扩大对外开放的政策措施。会议指出，
            要加快建设现代化产业体系，推动科技创新和产业创新深度融合，支持企业扩大投资。
            """;

    static final String TRADITIONAL = """
            中央社台北5日電 行政院今天召開記者會表示，為因應國際經濟情勢變化，政府將推動多項產業升級計畫，
            並加強與東南亞國家的貿易合作，預計明年上半年完成相關法規修正。
            """;

    static final String THAI = """
            กรุงเทพฯ 5 มี.ค. - นายกรัฐมนตรีกล่าวว่า รัฐบาลจะเร่งส่งเสริมการท่องเที่ยวและการลงทุนจากต่างประเทศ
            เพื่อกระตุ้นเศรษฐกิจในปีนี้ โดยเฉพาะในภาคตะวันออกเฉียงเหนือ
            """;

    static final String VIETNAMESE = """
            Hà Nội, ngày 5 tháng 3 - Thủ tướng Chính phủ cho biết năm nay Việt Nam sẽ đẩy mạnh đầu tư vào
            hạ tầng giao thông và chuyển đổi số, nhằm thúc đẩy tăng trưởng kinh tế bền vững.
            """;

    static final String FRENCH = """
            Le gouvernement a présenté mercredi un projet de loi sur l'énergie. « Nous devons accélérer »,
            a déclaré la ministre, qui espère un vote à l'Assemblée avant l'été.
            """;

    private Samples() {
    }

    static byte[] encode(String text, String charset) {
        try {
            CharsetEncoder encoder = Charset.forName(charset).newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("sample not encodable in " + charset, e);
        }
    }

    /**
     * windows-1258 as Windows writes Vietnamese: the letters with circumflex, breve and horn (and đ) are
     * single bytes, the five tones are combining marks after them.
     */
    static byte[] windows1258(String text) {
        return encode(splitTones(text), "windows-1258");
    }

    /** Like {@link #windows1258}, with '?' for characters windows-1258 lacks (for whole corpus pages). */
    static byte[] windows1258Lenient(String text) {
        try {
            ByteBuffer bytes = Charset.forName("windows-1258").newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .encode(CharBuffer.wrap(splitTones(text)));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("replacing encoder cannot fail", e);
        }
    }

    private static String splitTones(String text) {
        StringBuilder split = new StringBuilder();
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder tones = new StringBuilder();
        StringBuilder base = new StringBuilder();
        for (char c : decomposed.toCharArray()) {
            if (c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323') {
                tones.append(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                base.append(c);
            } else {
                split.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
                base.setLength(0);
                tones.setLength(0);
                base.append(c);
            }
        }
        split.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        return split.toString();
    }

    /** The plain-text normal form of a sample: what the decoder must return. */
    static String normalized(String text) {
        return new TextNormalizer().normalizePlainText(text);
    }
}
