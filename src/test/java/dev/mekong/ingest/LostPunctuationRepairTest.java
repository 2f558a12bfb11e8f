package dev.mekong.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LostPunctuationRepairTest {

    private final LostPunctuationRepair repair = new LostPunctuationRepair();

    @Test
    void apostrophesDashesAndQuotesComeBackFromWhereTheyStand() {
        assertThat(repair.repair("A DIY Investorâ  s Guide\nI couldnâ  t proceed, calculators of all stripesâ  simple and "
                + "complex, a â  double-checkâ   on the plan"))
                .isEqualTo("A DIY Investor’s Guide\nI couldn’t proceed, calculators of all stripes—simple and "
                        + "complex, a “double-check” on the plan");
    }

    @Test
    void theLostBytesMayStillBeThereAsC1Controls() {
        assertThat(repair.repair("donâ\u0080\u0099t, wonâ\u0080\u0099t, canâ\u0080\u0099t"))
                .isEqualTo("don’t, won’t, can’t");
    }

    @Test
    void oneOrTwoMarksAreLeftAlone() {
        String text = "Le château â  la mode, donâ  t";
        assertThat(repair.repair(text)).isEqualTo(text);
        assertThat(repair.repair("Crème brûlée à l’âge de raison, âme, pâte")).isEqualTo("Crème brûlée à l’âge de raison, âme, pâte");
    }
}
