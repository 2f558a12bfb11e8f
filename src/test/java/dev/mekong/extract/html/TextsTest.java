package dev.mekong.extract.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void chineseCountsByCharacterNotByWord() {
        assertThat(Texts.weightedLength("市图书馆")).isEqualTo(4 * Texts.CJK_WEIGHT);
        assertThat(Texts.weightedLength("a b\u3000c")).isEqualTo(3);
    }

    @Test
    void normalizeSpaceHandlesIdeographicAndNoBreakSpaces() {
        assertThat(Texts.normalizeSpace("\u3000\u3000本报讯\u00A0 记者\u200B王明 ")).isEqualTo("本报讯 记者王明");
    }

    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        String broken = new String("Investor’s “guide – café".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(Texts.repairMojibake(broken)).isEqualTo("Investor’s “guide – café");
        String viaLatin1 = new String("“guide”".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(Texts.repairMojibake(viaLatin1)).isEqualTo("“guide”");
        assertThat(Texts.repairMojibake("naïve Ångström, 2 × 3")).isEqualTo("naïve Ångström, 2 × 3");
    }

    @Test
    void gbkReadAsLatin9IsRepairedAndPlainTextIsLeftAlone() {
        String original = "意大利游轮运营商首席执行官十六日认定，船长人为失误导致游轮搁浅。".repeat(10);
        String broken = new String(original.getBytes(Charset.forName("GB18030")), Charset.forName("ISO-8859-15"));
        assertThat(Texts.repairLegacyMojibake(broken)).isEqualTo(original);
        String french = "Les élèves étaient très déçus, à cause de la pluie très forte et du froid. ".repeat(20);
        assertThat(Texts.repairLegacyMojibake(french)).isEqualTo(french);
    }
}
