package dev.mekong.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeRepairTest {

    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        String broken = new String("Investor’s “guide – café".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(MojibakeRepair.repairUtf8(broken)).isEqualTo("Investor’s “guide – café");
        String viaLatin1 = new String("“guide”".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(MojibakeRepair.repairUtf8(viaLatin1)).isEqualTo("“guide”");
        assertThat(MojibakeRepair.repairUtf8("naïve Ångström, 2 × 3")).isEqualTo("naïve Ångström, 2 × 3");
    }

    @Test
    void gbkReadAsLatin9IsRepairedAndPlainTextIsLeftAlone() {
        String original = "意大利游轮运营商首席执行官十六日认定，船长人为失误导致游轮搁浅。".repeat(10);
        String broken = new String(original.getBytes(Charset.forName("GB18030")), Charset.forName("ISO-8859-15"));
        assertThat(MojibakeRepair.repairLegacyChinese(broken)).isEqualTo(original);
        String french = "Les élèves étaient très déçus, à cause de la pluie très forte et du froid. ".repeat(20);
        assertThat(MojibakeRepair.repairLegacyChinese(french)).isEqualTo(french);
    }

    @Test
    void aTextCopyAndAnHtmlPageAreRepairedWhenDecodedAStructuredInputIsNot() {
        String line = "The investorâ€™s guide to the harbour ferries, from the first boat to the last.\n";
        InputDecoder decoder = new InputDecoder();
        String repaired = "The investor’s guide to the harbour ferries, from the first boat to the last.";
        assertThat(decoder.decode("page.txt", line.getBytes(StandardCharsets.UTF_8)).text()).contains(repaired);
        assertThat(decoder.decode("page.html", ("<p>" + line + "</p>").getBytes(StandardCharsets.UTF_8)).text()).contains(repaired);
        assertThat(decoder.decode("notes.md", line.getBytes(StandardCharsets.UTF_8)).text()).contains("investorâ€™s");
    }
}
