package dev.mekong.translate.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.cli.MekongCommand;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Version;
import dev.mekong.site.ArticleStore;
import dev.mekong.translate.ChainTranslator;
import dev.mekong.translate.Translators;
import dev.mekong.translate.memory.Tmx;
import dev.mekong.translate.memory.TranslationMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewRoundTripTest {

    @TempDir
    Path content;

    private Article article() {
        return new Article("a1", "budget", 1, null, new Language("en", 0.99),
                new Metadata("Budget approved", null, null, null, null, null, null, null),
                List.of(Block.paragraph("The council approved the budget.")), null, null);
    }

    /** The pseudo build writes the article record and the memory, as the pipeline would. */
    private void pseudoBuild() throws Exception {
        ChainTranslator pseudo = Translators.fromSettings(Map.of("mekong.translator", "pseudo"), Map.of(), content, null);
        Article a = article();
        Version th = pseudo.translate(a, "th");
        Files.createDirectories(content.resolve("articles"));
        new ObjectMapper().writeValue(content.resolve("articles/a1.json").toFile(), a.withVersions(Map.of("th", th)));
    }

    @Test
    void exportedMachineSegmentsComeBackReviewedAndTheNextBuildPublishesThemWithoutALabel() throws Exception {
        pseudoBuild();
        Path xlf = content.resolve("th.xlf");
        int exit = MekongCommand.commandLine().execute("translations", "export", "--lang", "th",
                "--content", content.toString(), "--out", xlf.toString());
        assertThat(exit).isZero();
        String exported = Files.readString(xlf);
        assertThat(exported)
                .contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"th\">")
                .contains("<file id=\"f-a1\" original=\"a1\">")
                .contains("<segment state=\"translated\" subState=\"mekong:machine\">")
                .contains("<source>The council approved the budget.</source>")
                .contains("<target>[Ţĥé çöüñçíļ áþþŕöṽéđ ţĥé ƀüđĝéţ. ~~~~~~~~~~~~]</target>");

        // The reviewer fixes both segments and marks them reviewed.
        String reviewed = exported.replace("state=\"translated\" subState=\"mekong:machine\"", "state=\"reviewed\"")
                .replace("[Ţĥé çöüñçíļ áþþŕöṽéđ ţĥé ƀüđĝéţ. ~~~~~~~~~~~~]", "สภาอนุมัติงบประมาณแล้ว")
                .replace("[Ɓüđĝéţ áþþŕöṽéđ ~~~~~~]", "อนุมัติงบประมาณ");
        Files.writeString(xlf, reviewed);
        assertThat(MekongCommand.commandLine().execute("translations", "import", "--content", content.toString(),
                xlf.toString())).isZero();

        ChainTranslator rebuild = Translators.fromSettings(Map.of("mekong.translator", "pseudo"), Map.of(), content, null);
        Version th = rebuild.translate(article(), "th");
        assertThat(th.status()).isEqualTo(Version.REVIEWED);
        assertThat(th.title()).isEqualTo("อนุมัติงบประมาณ");
        assertThat(th.blocks()).containsExactly(Block.paragraph("สภาอนุมัติงบประมาณแล้ว"));
        assertThat(rebuild.stats().snapshot().charactersSent()).isZero();

        Map<String, String> nothingLeft = Xliff.export(new ArticleStore(content).all(), "th",
                TranslationMemory.open(content.resolve("translation-memory.jsonl")));
        assertThat(nothingLeft).isEmpty();
    }

    @Test
    void untranslatedSegmentsAreExportedAsInitialWithoutTarget() throws Exception {
        Map<String, String> docs = Xliff.export(List.of(article()), "vi", TranslationMemory.inMemory());
        assertThat(docs.get("en")).contains("<segment state=\"initial\">\n        <source>Budget approved</source>\n      </segment>");
    }

    @Test
    void segmentsNotMarkedReviewedAreLeftOut() throws Exception {
        Path xlf = content.resolve("in.xlf");
        Files.writeString(xlf, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"vi\">"
                + "<file id=\"f\"><unit id=\"u1\"><segment state=\"translated\"><source>Hello</source><target>Xin chào</target>"
                + "</segment></unit><unit id=\"u2\"><segment state=\"final\"><source>Thanks</source><target>Cảm ơn</target>"
                + "</segment></unit></file></xliff>");
        TranslationMemory memory = TranslationMemory.inMemory();
        Xliff.ImportResult result = Xliff.importFile(xlf, memory);
        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(memory.reviewed("Thanks", "en", "vi")).map(e -> e.target()).contains("Cảm ơn");
    }

    @Test
    void tmxExportReimportsTheSameMemory() throws Exception {
        pseudoBuild();
        TranslationMemory memory = TranslationMemory.open(content.resolve("translation-memory.jsonl"));
        StringWriter tmx = new StringWriter();
        Tmx.export(memory, tmx);
        assertThat(tmx.toString()).contains("<tmx version=\"1.4\">")
                .contains("<tuv xml:lang=\"en\"><seg>Budget approved</seg></tuv>")
                .contains("<prop type=\"x-mekong-engine\">pseudo</prop>");

        Path file = content.resolve("m.tmx");
        Files.writeString(file, tmx.toString());
        TranslationMemory copy = TranslationMemory.inMemory();
        assertThat(Tmx.importFile(file, copy)).isEqualTo(new Tmx.ImportResult(2, 0));
        assertThat(copy.entries()).containsExactlyInAnyOrderElementsOf(memory.entries());
    }

    @Test
    void tmxFromAnotherToolIsTakenAsReviewed() throws Exception {
        Path file = content.resolve("other.tmx");
        Files.writeString(file, "<tmx version=\"1.4\"><header srclang=\"en\" segtype=\"sentence\" datatype=\"plaintext\""
                + " o-tmf=\"x\" adminlang=\"en\" creationtool=\"x\" creationtoolversion=\"1\"/><body><tu>"
                + "<tuv xml:lang=\"en\"><seg>Hello</seg></tuv><tuv xml:lang=\"th\"><seg>สวัสดี</seg></tuv></tu></body></tmx>");
        TranslationMemory memory = TranslationMemory.inMemory();
        assertThat(Tmx.importFile(file, memory)).isEqualTo(new Tmx.ImportResult(1, 0));
        assertThat(memory.reviewed("Hello", "en", "th")).isPresent();
    }

    @Test
    void tmxUnitsWithAnEmptyTargetAreLeftOutCountedAndNeverPublished() throws Exception {
        Path file = content.resolve("other.tmx");
        Files.writeString(file, "<tmx version=\"1.4\"><header srclang=\"en\" segtype=\"sentence\" datatype=\"plaintext\""
                + " o-tmf=\"x\" adminlang=\"en\" creationtool=\"x\" creationtoolversion=\"1\"/><body>"
                + "<tu><tuv xml:lang=\"en\"><seg>Budget approved</seg></tuv><tuv xml:lang=\"th\"><seg>อนุมัติงบประมาณ</seg></tuv></tu>"
                + "<tu><tuv xml:lang=\"en\"><seg>The council approved the budget.</seg></tuv><tuv xml:lang=\"th\"><seg></seg></tuv></tu>"
                + "<tu><tuv xml:lang=\"en\"><seg>Thanks</seg></tuv><tuv xml:lang=\"th\"><seg> \n </seg></tuv></tu>"
                + "</body></tmx>");
        var cli = MekongCommand.commandLine();
        var previous = System.out;
        var captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        int exit;
        try {
            exit = cli.execute("translations", "tmx-import", "--content", content.toString(), file.toString());
        } finally {
            System.setOut(previous);
        }

        assertThat(exit).isZero();
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(file + ": 1 translation units added, 2 with an empty target left out\n");
        TranslationMemory memory = TranslationMemory.open(content.resolve("translation-memory.jsonl"));
        assertThat(memory.reviewed("The council approved the budget.", "en", "th")).isEmpty();
        Version th = Translators.fromSettings(Map.of(), Map.of(), content, null).translate(article(), "th");
        assertThat(th.title()).isEqualTo("อนุมัติงบประมาณ");
        assertThat(th.blocks()).containsExactly(Block.paragraph("The council approved the budget.").withLang("en"));
    }

    @Test
    void theMemoryRefusesAnEmptyTranslationAndSkipsOneInItsFile() throws Exception {
        TranslationMemory memory = TranslationMemory.inMemory();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> memory.put(
                        dev.mekong.translate.memory.MemoryEntry.reviewed("Thanks", "en", "th", " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(memory.size()).isZero();

        Path file = content.resolve("translation-memory.jsonl");
        Files.writeString(file, "{\"hash\":\"x\",\"src\":\"en\",\"tgt\":\"th\",\"engine\":\"human\",\"glossary\":\"-\","
                + "\"status\":\"reviewed\",\"source\":\"Thanks\",\"target\":\"\"}\n");
        assertThat(TranslationMemory.open(file).size()).isZero();
    }

    @Test
    void reviewedXliffSegmentsWithAnEmptyTargetAreLeftOutAndCounted() throws Exception {
        Path xlf = content.resolve("in.xlf");
        Files.writeString(xlf, "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"vi\">"
                + "<file id=\"f\"><unit id=\"u1\"><segment state=\"reviewed\"><source>Hello</source><target> </target>"
                + "</segment></unit><unit id=\"u2\"><segment state=\"final\"><source>Thanks</source><target>Cảm ơn</target>"
                + "</segment></unit></file></xliff>");
        TranslationMemory memory = TranslationMemory.inMemory();
        Xliff.ImportResult result = Xliff.importFile(xlf, memory);
        assertThat(result.applied()).isEqualTo(1);
        assertThat(result.emptyTargets()).isEqualTo(1);
        assertThat(memory.reviewed("Hello", "en", "vi")).isEmpty();
    }
}
