package dev.mekong.translate;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Version;
import dev.mekong.translate.engine.EngineException;
import dev.mekong.translate.engine.PseudoEngine;
import dev.mekong.translate.memory.MemoryEntry;
import dev.mekong.translate.memory.TranslationMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChainTranslatorTest {

    private static final String P1 = "The city council approved the new budget on Monday.";
    private static final String P2 = "Spending on schools rises by 12 percent, see https://example.org/budget.";
    private static final String P3 = "The mayor said the vote was close.";

    @TempDir
    Path content;

    private ChainTranslator translator(RecordingEngine engine) {
        return ChainTranslator.builder(engine.name())
                .engine(engine, RecordingEngine.settings(engine.name()))
                .memory(TranslationMemory.open(content.resolve("translation-memory.jsonl")))
                .build();
    }

    @Test
    void noneKeepsTheOriginalBlocksWithTheirLanguageAndMarksThemUntranslated() {
        Article article = new Article("z", "z", 1, null, new Language("zh-Hans", 0.98),
                new Metadata("标题", null, null, null, null, null, null, null),
                List.of(Block.paragraph("第一段。"), Block.paragraph("An English quote.").withLang("en")), null, null);
        ChainTranslator none = Translators.fromSettings(Map.of(), Map.of(), content, null);

        Version th = none.translate(article, "th");

        assertThat(none.name()).isEqualTo("none");
        assertThat(th.status()).isEqualTo(Version.UNTRANSLATED);
        assertThat(th.lang()).isEqualTo("zh-Hans");
        assertThat(th.title()).isEqualTo("标题");
        assertThat(th.blocks()).containsExactly(Block.paragraph("第一段。"), Block.paragraph("An English quote.").withLang("en"));
        assertThat(none.stats().snapshot().charactersSent()).isZero();
        assertThat(none.stats().snapshot().segmentsUntranslated()).isEqualTo(3);
    }

    @Test
    void anArticleAlreadyInTheTargetLanguageIsTheSource() {
        Article article = new Article("z", "z", 1, null, new Language("zh-Hant", 0.98), null,
                List.of(Block.paragraph("第一段。")), null, null);
        Version zh = translator(new RecordingEngine("fake", RecordingEngine::rot13)).translate(article, "zh");
        assertThat(zh.status()).isEqualTo(Version.SOURCE);
        assertThat(zh.lang()).isEqualTo("zh-Hant");
    }

    @Test
    void pseudoAccentsExpandsAndBracketsButKeepsNumbersUrlsAndMarkup() {
        ChainTranslator pseudo = Translators.fromSettings(Map.of("mekong.translator", "pseudo"), Map.of(), content, null);
        Version th = pseudo.translate(Articles.english("Read <b>page</b> 12 at https://example.org now."), "th");

        assertThat(th.status()).isEqualTo(Version.MACHINE);
        assertThat(th.engine()).isEqualTo("pseudo");
        assertThat(th.lang()).isEqualTo("th");
        assertThat(th.title()).isEqualTo("[Çöüñçíļ áþþŕöṽéš ƀüđĝéţ ~~~~~~~~~]");
        assertThat(th.blocks().get(0).text()).isEqualTo("[Ŕéáđ <b>þáĝé</b> 12 áţ https://example.org ñöŵ. ~~~~~~~~~]");
    }

    @Test
    void whatOneArticleCostsIsCountedApartOnlyWhileItIsTranslated() {
        ChainTranslator chain = translator(new RecordingEngine("fake", RecordingEngine::rot13));
        chain.translate(Articles.english(P3), "es");
        TranslationStats spent = new TranslationStats();

        Version es = chain.counting(spent, () -> chain.translate(Articles.english(P1, P2), "es"));

        assertThat(es.status()).isEqualTo(Version.MACHINE);
        TranslationStats.EngineFigures article = spent.snapshot().engines().get("fake");
        TranslationStats.EngineFigures build = chain.stats().snapshot().engines().get("fake");
        assertThat(article.charactersSent()).isPositive();
        assertThat(article.requests()).isPositive();
        assertThat(build.charactersSent()).as("the build counts both articles")
                .isGreaterThan(article.charactersSent());
        chain.translate(Articles.english("Another sentence after the article."), "es");
        assertThat(spent.snapshot().engines().get("fake")).as("nothing counted after it").isEqualTo(article);
    }

    @Test
    void aSecondTranslationOfTheSameArticleMakesNoEngineCall() {
        RecordingEngine engine = new RecordingEngine("fake", RecordingEngine::rot13);
        translator(engine).translate(Articles.english(P1, P2, P3), "es");
        assertThat(engine.received).hasSize(4);

        RecordingEngine again = new RecordingEngine("fake", RecordingEngine::rot13);
        ChainTranslator rebuilt = translator(again);
        Version es = rebuilt.translate(Articles.english(P1, P2, P3), "es");

        assertThat(again.received).isEmpty();
        assertThat(rebuilt.stats().snapshot().charactersSent()).isZero();
        assertThat(rebuilt.stats().snapshot().segmentsFromMemory()).isEqualTo(4);
        assertThat(es.status()).isEqualTo(Version.MACHINE);
        assertThat(es.engine()).isEqualTo("fake");
        assertThat(es.blocks().get(0).text()).isEqualTo(RecordingEngine.rot13(P1));
    }

    @Test
    void changingOneParagraphResendsOnlyThatParagraph() {
        translator(new RecordingEngine("fake", RecordingEngine::rot13)).translate(Articles.english(P1, P2, P3), "es");

        RecordingEngine engine = new RecordingEngine("fake", RecordingEngine::rot13);
        translator(engine).translate(Articles.english(P1, "Spending on parks falls.", P3), "es");

        assertThat(engine.received).containsExactly("Spending on parks falls.");
    }

    @Test
    void theMemoryFileIsSortedOneSegmentPerLineOnceCompactedAndStable() throws Exception {
        ChainTranslator build = translator(new RecordingEngine("fake", RecordingEngine::rot13));
        build.translate(Articles.english(P3, P1), "es");
        build.newBuild();
        assertThat(build.memory().compactIfGrown()).isTrue();
        Path file = content.resolve("translation-memory.jsonl");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3).isSortedAccordingTo(java.util.Comparator.comparing(
                l -> l.substring(l.indexOf("\"hash\""), l.indexOf("\"engine\""))));
        assertThat(lines.get(0)).startsWith("{\"hash\":\"").contains("\"src\":\"en\",\"tgt\":\"es\",\"engine\":\"fake\"")
                .contains("\"status\":\"machine\"");

        translator(new RecordingEngine("fake", RecordingEngine::rot13)).translate(Articles.english(P1, P3), "es");
        assertThat(Files.readAllLines(file)).isEqualTo(lines);
    }

    @Test
    void reviewedTranslationsWinOverEnginesAndMakeTheVersionReviewed() {
        TranslationMemory memory = TranslationMemory.open(content.resolve("translation-memory.jsonl"));
        memory.put(MemoryEntry.reviewed("Council approves budget", "en", "es", "El consejo aprueba el presupuesto"));
        memory.put(MemoryEntry.reviewed(P1, "en", "es", "El ayuntamiento aprobó el nuevo presupuesto el lunes."));
        memory.sync();
        RecordingEngine engine = new RecordingEngine("fake", RecordingEngine::rot13);

        Version es = translator(engine).translate(Articles.english(P1), "es");

        assertThat(engine.received).isEmpty();
        assertThat(es.status()).isEqualTo(Version.REVIEWED);
        assertThat(es.engine()).isNull();
        assertThat(es.title()).isEqualTo("El consejo aprueba el presupuesto");
    }

    @Test
    void aFailingEngineFallsBackToTheNextInTheChain() {
        RecordingEngine down = new RecordingEngine("down", RecordingEngine::rot13)
                .failingWith(new EngineException(EngineException.Kind.REJECTED, "down answered HTTP 400"));
        RecordingEngine up = new RecordingEngine("up", RecordingEngine::rot13);
        ChainTranslator chain = ChainTranslator.builder("down,up")
                .engine(down, RecordingEngine.settings("down")).engine(up, RecordingEngine.settings("up")).build();

        Version es = chain.translate(Articles.english(P1), "es");

        assertThat(es.status()).isEqualTo(Version.MACHINE);
        assertThat(es.engine()).isEqualTo("up");
        assertThat(down.received).hasSize(2);
        assertThat(up.received).hasSize(2);
    }

    @Test
    void whenEveryEngineFailsTheVersionIsUntranslatedAndTheFailureReported() {
        RecordingEngine down = new RecordingEngine("down", RecordingEngine::rot13)
                .failingWith(new EngineException(EngineException.Kind.REJECTED, "down answered HTTP 400"));
        ChainTranslator chain = ChainTranslator.builder("down").engine(down, RecordingEngine.settings("down")).build();

        ChainTranslator.Result result = chain.translateWithReport(Articles.english(P1), "es");

        assertThat(result.version().status()).isEqualTo(Version.UNTRANSLATED);
        assertThat(result.version().lang()).isEqualTo("en");
        assertThat(result.version().blocks()).containsExactly(Block.paragraph(P1));
        assertThat(result.issues()).extracting(TranslationIssue::kind).containsOnly(TranslationIssue.FAILED);
        assertThat(result.issues().get(0).detail()).isEqualTo("down answered HTTP 400");
    }

    @Test
    void aRejectedOutputIsRememberedSoARebuildDoesNotPayForItAgain() {
        RecordingEngine engine = new RecordingEngine("fake", t -> t.contains("mayor") ? t : RecordingEngine.rot13(t));
        translator(engine).translate(Articles.english(P1, P3), "es");

        RecordingEngine again = new RecordingEngine("fake", t -> t.contains("mayor") ? t : RecordingEngine.rot13(t));
        ChainTranslator rebuilt = translator(again);
        ChainTranslator.Result result = rebuilt.translateWithReport(Articles.english(P1, P3), "es");

        assertThat(again.received).isEmpty();
        assertThat(rebuilt.stats().snapshot().charactersSent()).isZero();
        assertThat(result.version().blocks().get(1)).isEqualTo(Block.paragraph(P3).withLang("en"));
        assertThat(result.issues()).extracting(TranslationIssue::detail)
                .anySatisfy(d -> assertThat(d).contains("rejected earlier: source echoed back untranslated"));
        java.io.StringWriter tmx = new java.io.StringWriter();
        try {
            dev.mekong.translate.memory.Tmx.export(rebuilt.memory(), tmx);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(tmx.toString()).doesNotContain("mayor");
    }

    @Test
    void aRejectedBlockKeepsItsOriginalTextAndLanguageWhileOthersAreTranslated() {
        // Echoes only the paragraph about the mayor: that output must not be published.
        RecordingEngine engine = new RecordingEngine("fake", t -> t.contains("mayor") ? t : RecordingEngine.rot13(t));
        ChainTranslator.Result result = translator(engine).translateWithReport(Articles.english(P1, P3), "es");

        assertThat(result.version().status()).isEqualTo(Version.PARTIAL);
        assertThat(result.version().blocks().get(0)).isEqualTo(Block.paragraph(RecordingEngine.rot13(P1)));
        assertThat(result.version().blocks().get(1)).isEqualTo(Block.paragraph(P3).withLang("en"));
        assertThat(result.issues()).extracting(TranslationIssue::kind)
                .containsExactly(TranslationIssue.REJECTED, TranslationIssue.FAILED);
        assertThat(result.issues().get(0).detail()).isEqualTo("source echoed back untranslated");
    }

    /** Thai for the title; the paragraph about the mayor echoed; the rest "translated" into Latin letters. */
    private static String thaiTitleOnly(String text) {
        return text.equals("Council approves budget") ? "สภาอนุมัติงบประมาณ"
                : text.contains("mayor") ? text : RecordingEngine.rot13(text);
    }

    @Test
    void outputsInTheWrongScriptOrEchoedAreCountedPerEngineAndLanguageAndTheVersionIsPartial() {
        ChainTranslator chain = translator(new RecordingEngine("fake", ChainTranslatorTest::thaiTitleOnly));

        Version th = chain.translate(Articles.english(P1, P3), "th");

        assertThat(th.status()).isEqualTo(Version.PARTIAL);
        assertThat(th.title()).isEqualTo("สภาอนุมัติงบประมาณ");
        assertThat(th.blocks()).containsExactly(Block.paragraph(P1).withLang("en"), Block.paragraph(P3).withLang("en"));
        assertThat(chain.stats().snapshot().rejectionWarnings()).containsExactly("translation: fake → th: 2 of 3 segments "
                + "rejected (echo 1, wrong script 1); those segments stay untranslated (the original is shown)");
    }

    @Test
    void segmentsAnotherEngineTranslatedAreWarnedAboutButTheVersionIsComplete() {
        RecordingEngine wrongScript = new RecordingEngine("latin", ChainTranslatorTest::thaiTitleOnly);
        RecordingEngine thai = new RecordingEngine("thai", t -> "ข่าว " + t.length());
        ChainTranslator chain = ChainTranslator.builder("latin,thai").memory(TranslationMemory.inMemory())
                .engine(wrongScript, RecordingEngine.settings("latin")).engine(thai, RecordingEngine.settings("thai"))
                .validation(100, 20, 40).build();

        Version th = chain.translate(Articles.english(P1, P3), "th");

        assertThat(th.status()).isEqualTo(Version.MACHINE);
        assertThat(th.engine()).isEqualTo("latin,thai");
        assertThat(chain.stats().snapshot().rejectionWarnings()).containsExactly("translation: latin → th: 2 of 3 segments "
                + "rejected (echo 1, wrong script 1); another engine translated them");
    }

    @Test
    void pivotsThroughEnglishWhenTheEngineLacksThePair() {
        RecordingEngine viaEnglish = new RecordingEngine("fake", t -> "ก" + t) {
            @Override
            public boolean supports(String sourceTag, String targetTag) {
                return sourceTag.equals("en") || targetTag.equals("en");
            }
        };
        Article zh = new Article("z", "z", 1, null, new Language("zh-Hans", 0.98), null,
                List.of(Block.paragraph("市议会周一批准了新预算。")), null, null);
        ChainTranslator chain = ChainTranslator.builder("fake").engine(viaEnglish, RecordingEngine.settings("fake"))
                .validation(100, 20, 40).build();

        Version th = chain.translate(zh, "th");

        assertThat(viaEnglish.pairs).containsExactly("zh-Hans>en", "en>th");
        assertThat(th.blocks().get(0).text()).isEqualTo("กก市议会周一批准了新预算。");
    }

    @Test
    void dryRunCountsWhatWouldBeSentAndSendsNothing() {
        RecordingEngine engine = new RecordingEngine("fake", RecordingEngine::rot13);
        ChainTranslator dry = ChainTranslator.builder("fake").engine(engine, RecordingEngine.settings("fake"))
                .dryRun(true).build();

        Version es = dry.translate(Articles.english(P1), "es");

        assertThat(engine.received).isEmpty();
        assertThat(es.status()).isEqualTo(Version.UNTRANSLATED);
        assertThat(dry.stats().snapshot().engines().get("fake").charactersDryRun())
                .isEqualTo("Council approves budget".length() + P1.length());
    }

    @Test
    void theBudgetStopsSendingOnceSpent() {
        RecordingEngine engine = new RecordingEngine("fake", RecordingEngine::rot13) {
            @Override
            public int maxBatchItems() {
                return 1;
            }
        };
        ChainTranslator limited = ChainTranslator.builder("fake").engine(engine, RecordingEngine.settings("fake"))
                .budget(60).build();

        ChainTranslator.Result result = limited.translateWithReport(Articles.english(P1, P3), "es");

        assertThat(engine.received).containsExactly("Council approves budget", P3);
        assertThat(result.issues()).extracting(TranslationIssue::detail)
                .containsExactly("character budget of 60 for this build spent");
        assertThat(limited.newBuild().charactersSent()).isEqualTo(23 + P3.length());
        assertThat(limited.stats().snapshot().charactersSent()).isZero();
    }
}
