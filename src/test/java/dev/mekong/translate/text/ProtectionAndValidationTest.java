package dev.mekong.translate.text;

import dev.mekong.model.Language;
import dev.mekong.translate.glossary.Term;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProtectionAndValidationTest {

    private final Protector protector = new Protector();
    private final OutputValidator validator = new OutputValidator(null, 3.0, 20, 40);

    private static String wire(String braces) {
        return PlaceholderStyle.BRACES.parse(braces);
    }

    @Test
    void protectsMarkupUrlsEmailsTermsAndNumbersInOrder() {
        ProtectedText p = protector.protect("Visit <a href=\"x\">Mekong Post</a> at https://mekong.example/a?b=1, "
                + "mail news@mekong.example, 12.5% more", List.of(new Term("Mekong Post", "")));

        assertThat(PlaceholderStyle.BRACES.render(p.template())).isEqualTo("Visit {1}{2}{3} at {4}, mail {5}, {6}% more");
        assertThat(p.placeholders()).extracting(ProtectedText.Placeholder::original).containsExactly(
                "<a href=\"x\">", "Mekong Post", "</a>", "https://mekong.example/a?b=1", "news@mekong.example", "12.5");
        assertThat(p.placeholders().get(2).opener()).isZero();
    }

    @Test
    void aGlossaryTermComesBackAsItsTargetAndLatinTermsMatchWholeWordsOnly() {
        ProtectedText p = protector.protect("Mekong River, not Mekongs", List.of(new Term("Mekong River", "แม่น้ำโขง"),
                new Term("Mekong", "")));
        assertThat(PlaceholderStyle.BRACES.render(p.template())).isEqualTo("{1}, not Mekongs");
        assertThat(p.restore(wire("{1} ไม่ใช่ Mekongs"))).isEqualTo("แม่น้ำโขง ไม่ใช่ Mekongs");
    }

    @Test
    void chineseTermsMatchInsideRunningText() {
        ProtectedText p = protector.protect("湄公河委员会今天开会", List.of(new Term("湄公河委员会", "Mekong River Commission")));
        assertThat(p.restore(wire("{1} met today"))).isEqualTo("Mekong River Commission met today");
    }

    @Test
    void literalBracesInTheSourceAreProtectedSoTheyCannotBeConfusedWithOurs() {
        ProtectedText p = protector.protect("Template {1} stays", List.of());
        assertThat(p.placeholders()).extracting(ProtectedText.Placeholder::original).containsExactly("{1}");
        assertThat(p.restore(wire("La plantilla {1} queda"))).isEqualTo("La plantilla {1} queda");
    }

    @Test
    void xmlStyleEscapesTextAndToleratesRewrittenTags() {
        ProtectedText p = protector.protect("A & B: 7", List.of());
        assertThat(PlaceholderStyle.XML.render(p.template())).isEqualTo("A &amp; B: <x id=\"1\"/>");
        assertThat(p.restore(PlaceholderStyle.XML.parse("A &amp; B : <x id='1' ></x>"))).isEqualTo("A & B : 7");
    }

    @Test
    void missingPlaceholderIsRejected() {
        ProtectedText p = protector.protect("Budget of 500 dollars for 2026 was approved", List.of());
        assertThat(validator.check(p, wire("Se aprobó un presupuesto de {1} dólares"), "en", "es", true))
                .contains("placeholder 2 (2026) missing");
    }

    @Test
    void duplicatedOrForeignPlaceholderIsRejected() {
        ProtectedText p = protector.protect("Budget of 500 dollars approved today", List.of());
        assertThat(validator.check(p, wire("Presupuesto de {1} {1} dólares aprobado hoy"), "en", "es", true))
                .contains("placeholder 1 (500) duplicated");
        assertThat(validator.check(p, wire("Presupuesto de {1} dólares aprobado hoy {7}"), "en", "es", true))
                .contains("unexpected placeholder 7");
    }

    @Test
    void reorderedNumbersAreFineButAClosingTagBeforeItsOpeningIsNot() {
        ProtectedText date = protector.protect("2025年3月5日，市议会开会讨论预算问题并通过决议", List.of());
        assertThat(validator.check(date, wire("On {2} {3}, {1}, the city council met to discuss the budget and passed a resolution"),
                "zh", "en", true)).isEmpty();

        ProtectedText bold = protector.protect("The <b>new</b> budget was approved on Monday", List.of());
        assertThat(validator.check(bold, wire("El presupuesto {2}nuevo{1} fue aprobado el lunes"), "en", "es", true))
                .contains("markup </b> moved before its opening tag");
    }

    @Test
    void emptyEchoedAndTruncatedOutputsAreRejected() {
        ProtectedText p = protector.protect("The city council approved the new budget on Monday after a long debate.", List.of());
        assertThat(validator.check(p, "  ", "en", "es", true)).contains("empty output");
        assertThat(validator.check(p, "The city council approved the new budget on Monday after a long debate.", "en", "es", true))
                .contains("source echoed back untranslated");
        assertThat(validator.check(p, "El ayuntamiento", "en", "es", true))
                .contains("implausible length: 14 letters for 58 (ratio 0.24, expected about 1.15)");
        assertThat(validator.check(p, "El ayuntamiento aprobó el nuevo presupuesto el lunes tras un largo debate.", "en", "es", true))
                .isEmpty();
    }

    @Test
    void chineseToEnglishExpectsAboutThreeTimesTheLetters() {
        ProtectedText p = protector.protect("市议会周一在长时间辩论后批准了新的预算方案", List.of());
        assertThat(validator.check(p, "The city council approved the new budget plan on Monday after a long debate",
                "zh-Hans", "en", true)).isEmpty();
        assertThat(validator.check(p, "The council", "zh-Hans", "en", true)).get().asString().startsWith("implausible length");
    }

    @Test
    void outputDetectedInAnotherLanguageIsRejected() {
        OutputValidator detecting = new OutputValidator(text -> new Language("en", 0.97), 3.0, 20, 10);
        ProtectedText p = protector.protect("The city council approved the new budget on Monday.", List.of());
        assertThat(detecting.check(p, "Hội đồng thành phố đã thông qua ngân sách mới vào thứ Hai.", "en", "vi", true))
                .contains("output looks like en, not vi");
        OutputValidator unsure = new OutputValidator(text -> Language.undetermined(), 3.0, 20, 10);
        assertThat(unsure.check(p, "Hội đồng thành phố đã thông qua ngân sách mới vào thứ Hai.", "en", "vi", true)).isEmpty();
    }

    @Test
    void anOutputWithoutALetterOfTheTargetScriptIsRejectedHoweverShort() {
        ProtectedText p = protector.protect("The mayor spoke.", List.of());
        Optional<String> english = validator.check(p, "Le maire a parlé.", "en", "th", true);
        assertThat(english).contains("wrong script: no Thai letters in the output");
        assertThat(RejectionKind.of(english.get())).isEqualTo(RejectionKind.WRONG_SCRIPT);
        assertThat(validator.check(p, "นายกเทศมนตรี Somchai กล่าว", "en", "th", true)).isEmpty();
        assertThat(validator.check(protector.protect("市长发言", List.of()), "市长发言了", "zh-Hans", "en", true))
                .contains("wrong script: no Latin letters in the output");
        assertThat(RejectionKind.of(validator.check(p, "The mayor spoke.", "en", "th", true).get()))
                .isEqualTo(RejectionKind.ECHO);
    }

    @Test
    void pseudoOutputIsOnlyCheckedStructurally() {
        ProtectedText p = protector.protect("Budget 2026", List.of());
        assertThat(validator.check(p, "[Ɓüđĝéţ " + ProtectedText.token(0) + " ~~~~]", "en", "zh", false)).isEmpty();
    }
}
