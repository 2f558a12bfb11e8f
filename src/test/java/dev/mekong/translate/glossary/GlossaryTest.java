package dev.mekong.translate.glossary;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Version;
import dev.mekong.translate.ChainTranslator;
import dev.mekong.translate.TranslationIssue;
import dev.mekong.translate.Translators;
import dev.mekong.translate.memory.MemoryEntry;
import dev.mekong.translate.memory.TranslationMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryTest {

    @TempDir
    Path dir;

    @Test
    void csvWithHeaderQuotesWildcardsAndDoNotTranslate() throws Exception {
        Path csv = dir.resolve("g.csv");
        Files.writeString(csv, "source_lang,target_lang,source,target\n"
                + "*,*,Mekong Post,\n"
                + "zh,en,湄公河委员会,\"Mekong River Commission\"\n"
                + "en,th,\"Council, City\",สภาเมือง\n");
        Glossary g = GlossaryLoader.load(List.of(csv));
        assertThat(g.forPair("zh-Hans", "en").terms()).containsExactly(new Term("Mekong Post", "Mekong Post"),
                new Term("湄公河委员会", "Mekong River Commission"));
        assertThat(g.forPair("en", "th").terms()).containsExactly(new Term("Mekong Post", ""), new Term("Council, City", "สภาเมือง"));
        assertThat(g.forPair("zh-Hant", "th").terms()).containsExactly(new Term("Mekong Post", ""));
        assertThat(g.forPair("vi", "th").version()).isEqualTo(g.forPair("zh", "th").version()).isNotEqualTo("-");
        assertThat(Glossary.empty().forPair("vi", "th").version()).isEqualTo("-");
    }

    @Test
    void tbxConceptsGiveEveryLanguagePair() throws Exception {
        Path tbx = dir.resolve("g.tbx");
        Files.writeString(tbx, "<?xml version=\"1.0\"?><!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">"
                + "<martif type=\"TBX-Basic\" xml:lang=\"en\"><text><body><termEntry id=\"c1\">"
                + "<langSet xml:lang=\"en\"><tig><term>city council</term></tig></langSet>"
                + "<langSet xml:lang=\"th\"><tig><term>สภาเมือง</term></tig></langSet>"
                + "<langSet xml:lang=\"zh\"><tig><term>市议会</term></tig></langSet>"
                + "</termEntry></body></text></martif>");
        Glossary g = GlossaryLoader.load(List.of(tbx));
        assertThat(g.entries()).hasSize(6);
        assertThat(g.forPair("zh-Hans", "th").terms()).containsExactly(new Term("市议会", "สภาเมือง"));
        assertThat(g.forPair("en", "zh").terms()).containsExactly(new Term("city council", "市议会"));
    }

    @Test
    void termsAreAppliedToEveryEngineAndAChangedGlossaryIsANewMemoryKey() throws Exception {
        Path csv = dir.resolve("g.csv");
        Files.writeString(csv, "en,*,Mekong Post,\n");
        Map<String, String> settings = Map.of("mekong.translator", "pseudo", "mekong.translate.glossaries", csv.toString());
        Article article = new Article("a", "a", 1, null, new Language("en", 0.9), null,
                List.of(Block.paragraph("The Mekong Post reports.")), null, null);

        Version th = Translators.fromSettings(settings, Map.of(), dir, null).translate(article, "th");
        assertThat(th.blocks().get(0).text()).isEqualTo("[Ţĥé Mekong Post ŕéþöŕţš. ~~~~~]");

        Files.writeString(csv, "en,*,Mekong Post,\nen,*,reports,reports\n");
        ChainTranslator changed = Translators.fromSettings(settings, Map.of(), dir, null);
        assertThat(changed.translate(article, "th").blocks().get(0).text()).isEqualTo("[Ţĥé Mekong Post reports. ~~~]");
        assertThat(changed.stats().snapshot().segmentsFromMemory()).isZero();
    }

    @Test
    void aReviewedTranslationWithoutARequiredTermIsFlagged() throws Exception {
        Path csv = dir.resolve("g.csv");
        Files.writeString(csv, "en,th,Mekong Post,Mekong Post\n");
        TranslationMemory memory = TranslationMemory.open(dir.resolve("translation-memory.jsonl"));
        memory.put(MemoryEntry.reviewed("The Mekong Post reports.", "en", "th", "หนังสือพิมพ์แม่โขงรายงาน"));
        memory.sync();
        Article article = new Article("a", "a", 1, null, new Language("en", 0.9), null,
                List.of(Block.paragraph("The Mekong Post reports.")), null, null);

        ChainTranslator.Result result = Translators.fromSettings(Map.of("mekong.translator", "none",
                "mekong.translate.glossaries", csv.toString()), Map.of(), dir, null).translateWithReport(article, "th");

        assertThat(result.version().status()).isEqualTo(Version.REVIEWED);
        assertThat(result.issues()).containsExactly(new TranslationIssue(TranslationIssue.GLOSSARY, "a", "th", null,
                "The Mekong Post reports.", "required term \"Mekong Post\" for \"Mekong Post\" missing"));
    }
}
