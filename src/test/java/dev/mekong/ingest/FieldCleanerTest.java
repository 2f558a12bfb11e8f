package dev.mekong.ingest;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FieldCleanerTest {

    @Test
    void aFieldTakenAsCleanIsExactlyWhatTheWholeCleaningGivesForEveryCharacterOfTheBmp() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String ch = String.valueOf((char) c);
            for (String text : List.of(ch, "a" + ch + "b", "ก" + ch + "\u0E48", "e" + ch + "\u0301", "\r\n" + ch)) {
                assertThat(FieldCleaner.text(text)).as("U+%04X in %s", c, text).isEqualTo(FieldCleaner.cleaned(text));
            }
        }
        for (String text : List.of("𠀀 and 𝒳", "lone \uD800 high", "lone \uDC00 low", "\uDBFF\uDFFF last", "cafe\u0301",
                "Hà Nội – “quoted” — 中文，ไทย", "")) {
            assertThat(FieldCleaner.text(text)).as(text).isEqualTo(FieldCleaner.cleaned(text));
        }
        assertThat(FieldCleaner.text("cafe\u0301")).isEqualTo("caf\u00E9");
    }

    @Test
    void aOneLineFieldLosesControlsBidiOverridesIsolatesAndLoneSurrogates() {
        assertThat(FieldCleaner.line("nul\u0000name\u202Eexe.txt")).isEqualTo("nulnameexe.txt");
        assertThat(FieldCleaner.line("\u2066isolated\u2069 \u202Aembedded\u202C \u202Doverride")).isEqualTo("isolated embedded override");
        assertThat(FieldCleaner.line("bell\u0007 escape\u001B[31m delete\u007F")).isEqualTo("bell escape[31m delete");
        assertThat(FieldCleaner.line("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone  high, lone  low");
        assertThat(FieldCleaner.line("not\uFFFE a\uFFFF char\uFDD0")).isEqualTo("not a char");
    }

    @Test
    void aOneLineFieldHasLineBreaksAndTabsAsOneSpace() {
        assertThat(FieldCleaner.line("  Flood\r\n\twarning \n for\u2028the delta  ")).isEqualTo("Flood warning for the delta");
    }

    @Test
    void keepsWhatIsText() {
        assertThat(FieldCleaner.line("נהר \u200Fמקונג\u200E 😀 𝐀 Việt ข่าว 新闻")).isEqualTo("נהר \u200Fמקונג\u200E 😀 𝐀 Việt ข่าว 新闻");
        assertThat(FieldCleaner.line("dentist\u0092s")).isEqualTo("dentist’s");
        assertThat(FieldCleaner.line("Vie\u0302\u0323t")).isEqualTo("Việt");
    }

    @Test
    void blockTextKeepsLineBreaksAndTabs() {
        assertThat(FieldCleaner.text("row\tcell\u0000\nnext\u202E line\r\n")).isEqualTo("row\tcell\nnext line\n");
    }

    @Test
    void nullStaysNull() {
        assertThat(FieldCleaner.line(null)).isNull();
        assertThat(FieldCleaner.text(null)).isNull();
        assertThat(FieldCleaner.clean((Version) null)).isNull();
    }

    @Test
    void cleansEveryFieldOfARecord() {
        String dirty = "a\u0000\u202Eb\tc";
        Block block = new Block(Block.TABLE, dirty, List.of("x\ty\u0000", "z\u2067"), "https://x/\u0000i.png", "en\u202E");
        Article article = new Article("id", "slug", 1, new Source("f.json", "sha", "json", "UTF-8", 1),
                new Language("en\u0000", 0.9),
                new Metadata(dirty, "2025-01-19T23:21:00+08:00\u0000", dirty, List.of(dirty, "\u0000"), dirty,
                        List.of("News\u202E", "\u2066\u2069", "River\nDelta"), "https://x/\u0000", "https://x/i\u0000.png"),
                List.of(block), List.of(new Removed(dirty, "rule\u0000")),
                Map.of("vi", new Version(Version.MACHINE, "pseudo\u0000", "vi", dirty, List.of(Block.paragraph("p\u0000\nq")))));

        Article clean = FieldCleaner.clean(article);

        assertThat(clean.language()).isEqualTo(new Language("en", 0.9));
        assertThat(clean.meta()).isEqualTo(new Metadata("ab c", "2025-01-19T23:21:00+08:00", "ab c", List.of("ab c"), "ab c",
                List.of("News", "River Delta"), "https://x/", "https://x/i.png"));
        assertThat(clean.blocks()).containsExactly(new Block(Block.TABLE, "ab\tc", List.of("x\ty", "z"), "https://x/i.png", "en"));
        assertThat(clean.removed()).containsExactly(new Removed("ab\tc", "rule"));
        assertThat(clean.versions()).isEqualTo(Map.of("vi",
                new Version(Version.MACHINE, "pseudo", "vi", "ab c", List.of(Block.paragraph("p\nq")))));
        assertThat(clean.source()).isEqualTo(article.source());
        assertThat(FieldCleaner.clean(clean)).isEqualTo(clean);
    }
}
