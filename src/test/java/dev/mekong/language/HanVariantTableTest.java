package dev.mekong.language;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped table of simplified and traditional forms is what ICU4J's transliterators say today. When
 * ICU is upgraded and this fails, the rebuilt rows are in target/han-variants.tsv: put them under the
 * comment header of src/main/resources/language/han-variants.tsv.
 */
class HanVariantTableTest {

    private static final int[][] IDEOGRAPH_RANGES = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

    @Test
    void tableMatchesIcu() throws IOException {
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        Transliterator toSimplified = Transliterator.getInstance("Hant-Hans");
        StringBuilder simplified = new StringBuilder();
        StringBuilder traditional = new StringBuilder();
        for (int[] range : IDEOGRAPH_RANGES) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                String ch = new String(Character.toChars(cp));
                if (!toTraditional.transliterate(ch).equals(ch)) {
                    simplified.append(ch);
                }
                if (!toSimplified.transliterate(ch).equals(ch)) {
                    traditional.append(ch);
                }
            }
        }
        List<String[]> shipped = Resources.table(HanVariant.TABLE, 2);
        Path rebuilt = Path.of(System.getProperty("mekong.project.dir", "."), "target", "han-variants.tsv");
        Files.createDirectories(rebuilt.getParent());
        Files.writeString(rebuilt, "simplified\t" + simplified + "\ntraditional\t" + traditional + "\n",
                StandardCharsets.UTF_8);

        assertThat(shipped).hasSize(2);
        assertThat(shipped.get(0)).containsExactly("simplified", simplified.toString());
        assertThat(shipped.get(1)).containsExactly("traditional", traditional.toString());
    }

    @Test
    void variantComesFromTheCharacters() {
        HanVariant variant = new HanVariant();
        assertThat(variant.tag("数字经济")).isEqualTo("zh-Hans");
        assertThat(variant.tag("數字經濟")).isEqualTo("zh-Hant");
        assertThat(variant.tag("中国")).isEqualTo("zh-Hans");
        assertThat(variant.tag("中國")).isEqualTo("zh-Hant");
        assertThat(variant.tag("中文")).isEqualTo("zh-Hans");
    }
}
