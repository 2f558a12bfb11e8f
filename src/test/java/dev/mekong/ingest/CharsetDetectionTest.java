package dev.mekong.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static dev.mekong.ingest.Samples.encode;
import static org.assertj.core.api.Assertions.assertThat;

class CharsetDetectionTest {

    private final InputDecoder decoder = new InputDecoder();

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    // --- byte-order marks ---

    @Test
    void utf8Bom() {
        DecodedInput in = decoder.decode("a.txt", concat(bytes(0xEF, 0xBB, 0xBF), "新闻 news".getBytes(StandardCharsets.UTF_8)));
        assertThat(in.text()).isEqualTo("新闻 news\n");
        assertThat(in.charset()).isEqualTo("UTF-8 (BOM)");
    }

    @Test
    void utf16LittleEndianBom() {
        DecodedInput in = decoder.decode("a.txt", concat(bytes(0xFF, 0xFE), "ข่าว news".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(in.text()).isEqualTo("ข่าว news\n");
        assertThat(in.charset()).isEqualTo("UTF-16LE (BOM)");
    }

    @Test
    void utf16BigEndianBom() {
        DecodedInput in = decoder.decode("a.txt", concat(bytes(0xFE, 0xFF), "Tin tức".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(in.text()).isEqualTo("Tin tức\n");
        assertThat(in.charset()).isEqualTo("UTF-16BE (BOM)");
    }

    @Test
    void utf32LittleEndianBom() {
        DecodedInput in = decoder.decode("a.txt", concat(bytes(0xFF, 0xFE, 0, 0), "新聞".getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
        assertThat(in.text()).isEqualTo("新聞\n");
        assertThat(in.charset()).isEqualTo("UTF-32LE (BOM)");
    }

    @Test
    void bomOverridesDeclaration() {
        byte[] page = concat(bytes(0xEF, 0xBB, 0xBF), "<meta charset=\"gbk\"><p>中文</p>".getBytes(StandardCharsets.UTF_8));
        DecodedInput in = decoder.decode("a.html", page);
        assertThat(in.text()).isEqualTo("<meta charset=\"gbk\"><p>中文</p>");
        assertThat(in.charset()).isEqualTo("UTF-8 (BOM)");
    }

    // --- plain UTF-8 ---

    @Test
    void validUtf8() {
        DecodedInput in = decoder.decode("a.txt", "Hà Nội 河内 ฮานอย".getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo("Hà Nội 河内 ฮานอย\n");
        assertThat(in.charset()).isEqualTo("UTF-8 (valid UTF-8)");
    }

    // --- declared charsets in HTML ---

    @Test
    void metaCharsetGbkDecodesAsGb18030() {
        byte[] page = concat("<html><head><meta charset=\"gbk\"></head><body><p>".getBytes(StandardCharsets.US_ASCII),
                encode("国务院召开会议", "GB18030"), "</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        DecodedInput in = decoder.decode("a.html", page);
        assertThat(in.text()).isEqualTo("<html><head><meta charset=\"gbk\"></head><body><p>国务院召开会议</p></body></html>");
        assertThat(in.charset()).isEqualTo("GB18030 (declared gbk)");
    }

    @Test
    void httpEquivGb2312WithCharacterOutsideGb2312() {
        // 镕 is in GBK but not GB2312: pages labelled gb2312 rely on the superset.
        byte[] page = concat("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" /><p>".getBytes(StandardCharsets.US_ASCII),
                encode("朱镕基会见记者", "GB18030"), "</p>".getBytes(StandardCharsets.US_ASCII));
        DecodedInput in = decoder.decode("a.html", page);
        assertThat(in.text()).endsWith("<p>朱镕基会见记者</p>");
        assertThat(in.charset()).isEqualTo("GB18030 (declared gb2312)");
    }

    @Test
    void xmlDeclarationBig5() {
        byte[] page = concat("<?xml version=\"1.0\" encoding=\"big5\"?><html><p>".getBytes(StandardCharsets.US_ASCII),
                encode("行政院召開記者會", "Big5"), "</p></html>".getBytes(StandardCharsets.US_ASCII));
        DecodedInput in = decoder.decode("a.xhtml", page);
        assertThat(in.text()).endsWith("<p>行政院召開記者會</p></html>");
        assertThat(in.charset()).isEqualTo("Big5 (declared)");
    }

    @Test
    void tis620DeclarationDecodesAsWindows874() {
        byte[] page = concat("<meta charset=tis-620><p>".getBytes(StandardCharsets.US_ASCII),
                encode("ข่าวเศรษฐกิจ", "TIS-620"), bytes(0x85), "</p>".getBytes(StandardCharsets.US_ASCII));
        DecodedInput in = decoder.decode("a.html", page);
        assertThat(in.text()).isEqualTo("<meta charset=tis-620><p>ข่าวเศรษฐกิจ…</p>");
        assertThat(in.charset()).isEqualTo("windows-874 (declared tis-620)");
    }

    @Test
    void windows1258DeclarationComposesTones() {
        byte[] page = concat("<meta charset=\"windows-1258\"><p>".getBytes(StandardCharsets.US_ASCII),
                Samples.windows1258("Việt Nam đẩy mạnh đầu tư"), "</p>".getBytes(StandardCharsets.US_ASCII));
        DecodedInput in = decoder.decode("a.html", page);
        assertThat(in.text()).isEqualTo("<meta charset=\"windows-1258\"><p>Việt Nam đẩy mạnh đầu tư</p>");
        assertThat(in.charset()).isEqualTo("windows-1258 (declared)");
    }

    @Test
    void declaredUtf8ThatIsNotUtf8FallsThroughToDetection() {
        byte[] page = concat("<meta charset=\"utf-8\"><p>".getBytes(StandardCharsets.US_ASCII),
                encode("国务院今天召开常务会议，研究部署进一步扩大对外开放的政策措施。", "GB18030"),
                "</p>".getBytes(StandardCharsets.US_ASCII));
        DecodedInput in = decoder.decode("a.html", page);
        assertThat(in.text()).isEqualTo("<meta charset=\"utf-8\"><p>国务院今天召开常务会议，研究部署进一步扩大对外开放的政策措施。</p>");
        assertThat(in.charset()).isEqualTo("GB18030 (statistical, declared utf-8 did not fit)");
    }

    @Test
    void declaredGbkThatIsReallyUtf8() {
        byte[] page = ("<meta charset=\"gbk\"><p>国务院召开会议</p>").getBytes(StandardCharsets.UTF_8);
        DecodedInput in = decoder.decode("a.html", page);
        assertThat(in.text()).isEqualTo("<meta charset=\"gbk\"><p>国务院召开会议</p>");
        assertThat(in.charset()).isEqualTo("UTF-8 (valid UTF-8, declared gbk ignored)");
    }

    @Test
    void declaredGbkThatIsReallyBig5() {
        byte[] page = concat("<meta charset=\"gbk\"><p>".getBytes(StandardCharsets.US_ASCII),
                encode(Samples.TRADITIONAL, "Big5"), "</p>".getBytes(StandardCharsets.US_ASCII));
        DecodedInput in = decoder.decode("a.html", page);
        assertThat(in.text()).isEqualTo("<meta charset=\"gbk\"><p>" + Samples.TRADITIONAL + "</p>");
        assertThat(in.charset()).isEqualTo("Big5 (statistical, declared gbk did not fit)");
    }

    @Test
    void asciiPageKeepsItsDeclaration() {
        DecodedInput in = decoder.decode("a.html", "<meta charset=\"big5\"><p>News</p>".getBytes(StandardCharsets.US_ASCII));
        assertThat(in.charset()).isEqualTo("Big5 (declared)");
    }

    @Test
    void declarationOutsideTheScoredSetIsTrustedWhenItDecodesCleanly() {
        byte[] page = concat("<meta charset=\"windows-1251\"><p>".getBytes(StandardCharsets.US_ASCII),
                encode("Новости", "windows-1251"), "</p>".getBytes(StandardCharsets.US_ASCII));
        DecodedInput in = decoder.decode("a.html", page);
        assertThat(in.text()).isEqualTo("<meta charset=\"windows-1251\"><p>Новости</p>");
        assertThat(in.charset()).isEqualTo("windows-1251 (declared)");
    }

    @Test
    void declarationIsIgnoredInPlainText() {
        byte[] text = concat("<meta charset=\"utf-8\">\n".getBytes(StandardCharsets.US_ASCII), encode(Samples.SIMPLIFIED, "GB18030"));
        assertThat(decoder.decode("a.txt", text).charset()).isEqualTo("GB18030 (statistical)");
    }

    // --- no declaration: statistics ---

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "SIMPLIFIED, GB18030, GB18030 (statistical)",
            "TRADITIONAL, Big5, Big5 (statistical)",
            "TRADITIONAL, GB18030, GB18030 (statistical)",
            "THAI, TIS-620, windows-874 (statistical)",
            "FRENCH, windows-1252, windows-1252 (statistical)",
    })
    void legacySamplesWithoutDeclaration(String sample, String charset, String expected) throws Exception {
        String text = (String) Samples.class.getDeclaredField(sample).get(null);
        DecodedInput in = decoder.decode("a.txt", encode(text, charset));
        assertThat(in.text()).isEqualTo(Samples.normalized(text));
        assertThat(in.charset()).isEqualTo(expected);
    }

    @Test
    void vietnameseInWindows1258WithCombiningTones() {
        DecodedInput in = decoder.decode("a.txt", Samples.windows1258(Samples.VIETNAMESE));
        assertThat(in.text()).isEqualTo(Samples.normalized(Samples.VIETNAMESE));
        assertThat(in.charset()).isEqualTo("windows-1258 (statistical)");
    }

    @Test
    void singleSmartQuoteInEnglishIsWindows1252() {
        DecodedInput in = decoder.decode("a.txt", bytes('I', 't', 0x92, 's', ' ', 'o', 'k'));
        assertThat(in.text()).isEqualTo("It’s ok\n");
        assertThat(in.charset()).isEqualTo("windows-1252 (statistical)");
    }

    @Test
    void hkscsCharacterPicksBig5Hkscs() {
        // Cantonese 嘅 喺 咗 are in HKSCS only; plain Big5 cannot decode their bytes.
        String cantonese = "特區政府今日公布新措施，市民話：「呢個政策嘅細節我哋喺網上睇咗。」";
        DecodedInput in = decoder.decode("a.txt", encode(cantonese, "Big5-HKSCS"));
        assertThat(in.text()).isEqualTo(cantonese + "\n");
        assertThat(in.charset()).isEqualTo("Big5-HKSCS (statistical)");
    }

    @Test
    void truncatedUtf8KeepsUtf8() {
        byte[] full = "国务院今天召开常务会议，研究部署进一步扩大对外开放的政策措施。".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        DecodedInput in = decoder.decode("a.txt", cut);
        assertThat(in.text()).isEqualTo("国务院今天召开常务会议，研究部署进一步扩大对外开放的政策措施\uFFFD\n");
        assertThat(in.charset()).isEqualTo("UTF-8 (statistical, 1 undecodable byte sequence replaced)");
    }

    // --- mojibake saved as UTF-8 ---

    @Test
    void gbkReadAsWindows1252AndSavedAsUtf8IsRepaired() {
        String mojibake = new String(encode("国务院今天召开常务会议，研究部署扩大对外开放。", "GB18030"), java.nio.charset.Charset.forName("windows-1252"));
        DecodedInput in = decoder.decode("a.html", ("<title>" + mojibake + "</title>").getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo("<title>国务院今天召开常务会议，研究部署扩大对外开放。</title>");
        assertThat(in.charset()).isEqualTo("GB18030 (statistical, repaired from mojibake saved as UTF-8)");
    }

    @Test
    void gbkReadAsLatin9AndSavedAsUtf8IsRepaired() {
        // 长 is B3 A4: Latin-9 reads A4 as €, where windows-1252 has ¤
        String mojibake = new String(encode("船长被游轮公司认定责任，贴近海岸让同事望家乡", "GB18030"), java.nio.charset.Charset.forName("ISO-8859-15"));
        DecodedInput in = decoder.decode("a.txt", mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo("船长被游轮公司认定责任，贴近海岸让同事望家乡\n");
        assertThat(in.charset()).isEqualTo("GB18030 (statistical, repaired from mojibake saved as UTF-8)");
    }

    @Test
    void utf8ReadAsLatin1AndSavedAgainIsRepaired() {
        String mojibake = new String("It’s “done” — Việt Nam".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        DecodedInput in = decoder.decode("a.txt", mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo("It’s “done” — Việt Nam\n");
        assertThat(in.charset()).isEqualTo("UTF-8 (statistical, repaired from mojibake saved as UTF-8)");
    }

    @Test
    void windows1252PunctuationLeftAsC1ControlsIsRepaired() {
        String mojibake = "It\u0092s the \u0093final\u0094 offer \u0097 and it\u0092s \u0093firm\u0094, \u0093yes\u0094";
        DecodedInput in = decoder.decode("a.txt", mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo("It’s the “final” offer — and it’s “firm”, “yes”\n");
        assertThat(in.charset()).isEqualTo("windows-1252 (statistical, repaired from mojibake saved as UTF-8)");
    }

    @Test
    void realWesternTextIsNotMistakenForMojibake() {
        String french = "Le ministre a déclaré à l'Assemblée : « Ça suffit ! » Où est la réforme promise en été ?";
        DecodedInput in = decoder.decode("a.txt", french.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo(french + "\n");
        assertThat(in.charset()).isEqualTo("UTF-8 (valid UTF-8)");
    }

    // --- mojibake runs mixed with other characters, saved as UTF-8 ---

    private static String readAs(String text, String legacy, String mojibakeCharset) {
        String mojibake = new String(encode(text, legacy), java.nio.charset.Charset.forName(mojibakeCharset));
        assertThat(mojibake).doesNotContain("\uFFFD");
        return mojibake;
    }

    @Test
    void gbkReadAsWindows1252WithBulletsAndAsciiLinesIsRepairedRunByRun() {
        String mojibake = "[logo]\n"
                + "\u25CF " + readAs("国务院今天召开常务会议", "GB18030", "windows-1252") + "\n"
                + "Updated 2012-01-17 17:04\n"
                + "\u25CF " + readAs("研究部署扩大对外开放，推动经济发展。", "GB18030", "windows-1252") + " \u25A1\n"
                + "Source: Xinhua\n";
        DecodedInput in = decoder.decode("a.txt", mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo("[logo]\n● 国务院今天召开常务会议\nUpdated 2012-01-17 17:04\n"
                + "● 研究部署扩大对外开放，推动经济发展。 □\nSource: Xinhua\n");
        assertThat(in.charset()).isEqualTo("GB18030 (statistical, mojibake runs saved as UTF-8 repaired)");
    }

    @Test
    void gbkReadAsLatin9WithGenuineCurlyQuotesIsRepairedRunByRun() {
        // ‘ and ’ are not Latin-9 characters: they split the runs and stay as they are.
        String mojibake = "  \u2022 " + readAs("正文", "GB18030", "ISO-8859-15") + "\n"
                + readAs("我不想扮演", "GB18030", "ISO-8859-15") + "‘" + readAs("泰坦尼克号", "GB18030", "ISO-8859-15")
                + "’" + readAs("船长的角色，不得不在充斥冰山的海面航行。", "GB18030", "ISO-8859-15") + "\n";
        DecodedInput in = decoder.decode("a.txt", mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo("  • 正文\n我不想扮演‘泰坦尼克号’船长的角色，不得不在充斥冰山的海面航行。\n");
        assertThat(in.charset()).isEqualTo("GB18030 (statistical, mojibake runs saved as UTF-8 repaired)");
    }

    @Test
    void softHyphenDroppedFromMojibakeIsRestored() {
        // 协 is D0 AD: Latin-9 reads AD as a soft hyphen, which the tool that drew the text left out.
        String mojibake = readAs("意大利游轮又译歌诗达协和号，运营商为科斯塔公司。", "GB18030", "ISO-8859-15");
        assertThat(mojibake).contains("\u00AD");
        String dropped = "\u25CF " + mojibake.replace("\u00AD", "") + "\n";
        DecodedInput in = decoder.decode("a.txt", dropped.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo("● 意大利游轮又译歌诗达协和号，运营商为科斯塔公司。\n");
        assertThat(in.charset()).isEqualTo("GB18030 (statistical, mojibake runs saved as UTF-8 repaired)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "● Le ministre a déclaré à l'Assemblée : « Ça suffit ! » → Où est la réforme promise en été ?",
            "✓ Die Bürgermeisterin äußerte sich „überrascht“ über die Größe der Demonstration in München.",
            "¿Qué pasó? ¡El niño español ganó el campeonato en Peñíscola! 😀 Año tras año, señor.",
            "● Thủ tướng Chính phủ đã phê duyệt đề án phát triển kinh tế – xã hội vùng đồng bằng sông Cửu Long.",
            "● It’s the “final” offer — and it’s “firm”, said the café’s owner in Zürich → Genève.",
    })
    void westernAndVietnameseTextWithOtherSymbolsIsNotMistakenForMixedMojibake(String text) {
        DecodedInput in = decoder.decode("a.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo(text + "\n");
        assertThat(in.charset()).isEqualTo("UTF-8 (valid UTF-8)");
    }

    @Test
    void vietnameseDecodedFromWindows1258IsNotMistakenForMixedMojibake() {
        // windows-1258 writes tones as combining marks: those are not windows-1252 characters and split the runs.
        String vietnamese = "Thu\u0309 tươ\u0301ng đa\u0303 phê duyê\u0323t đê\u0300 a\u0301n pha\u0301t triê\u0309n "
                + "kinh tê\u0301 vu\u0300ng đô\u0300ng bă\u0300ng sông Cư\u0309u Long năm nay.";
        String decoded = new String(encode(vietnamese, "windows-1258"), java.nio.charset.Charset.forName("windows-1258"));
        DecodedInput in = decoder.decode("a.txt", decoded.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo(java.text.Normalizer.normalize(decoded, java.text.Normalizer.Form.NFC) + "\n");
        assertThat(in.charset()).isEqualTo("UTF-8 (valid UTF-8)");
    }

    // --- UTF-16 without BOM ---

    @Test
    void utf16LittleEndianWithoutBomByZeroBytes() {
        DecodedInput in = decoder.decode("a.txt", "Breaking news: markets rise".getBytes(StandardCharsets.UTF_16LE));
        assertThat(in.text()).isEqualTo("Breaking news: markets rise\n");
        assertThat(in.charset()).isEqualTo("UTF-16LE (zero-byte pattern)");
    }

    @Test
    void utf16BigEndianWithoutBomByZeroBytes() {
        DecodedInput in = decoder.decode("a.txt", "Tin nóng: thị trường tăng".getBytes(StandardCharsets.UTF_16BE));
        assertThat(in.text()).isEqualTo("Tin nóng: thị trường tăng\n");
        assertThat(in.charset()).isEqualTo("UTF-16BE (zero-byte pattern)");
    }

    @Test
    void chineseUtf16WithoutBomOrZeroBytesByStatistics() {
        String text = Samples.SIMPLIFIED.replace("\n", "").replace("3", "三").replace("5", "五").replace(" ", "，");
        DecodedInput in = decoder.decode("a.txt", text.getBytes(StandardCharsets.UTF_16LE));
        assertThat(in.text()).isEqualTo(text + "\n");
        assertThat(in.charset()).isEqualTo("UTF-16LE (statistical)");
    }
}
