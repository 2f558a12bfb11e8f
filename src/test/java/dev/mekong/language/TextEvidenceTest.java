package dev.mekong.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextEvidenceTest {

    @Test
    void unitSymbolsAfterANumberOrASlashAreDroppedWithTheNumber() {
        assertThat(TextEvidence.of("The bridge is 2.3 km long and 40 m wide, limit 120 km/h, 38°C.").latinWords())
                .containsExactly("the", "bridge", "is", "long", "and", "wide", "limit");
        assertThat(TextEvidence.of("giá 25.000 đồng/kg, nặng 80 kg").latinWords())
                .containsExactly("giá", "đồng", "nặng");
    }

    @Test
    void wordsThatOnlyLookLikeUnitsStay() {
        assertThat(TextEvidence.of("won 3-1 in front of 40,000 fans, 5 am to 9 pm").latinWords())
                .containsExactly("won", "in", "front", "of", "fans", "am", "to", "pm");
        assertThat(TextEvidence.of("km markers and the kg price").latinWords())
                .containsExactly("km", "markers", "and", "the", "kg", "price");
    }

    @Test
    void brandNamesWithACapitalInsideAreDropped() {
        assertThat(TextEvidence.of("Apple unveils iPhone 16 on YouTube and eBay").latinWords())
                .containsExactly("apple", "unveils", "on", "and");
        assertThat(TextEvidence.of("l'État et O'Neill").latinWords()).containsExactly("l'état", "et", "o'neill");
    }
}
