package dev.mekong.language;

import org.junit.jupiter.api.Test;

import java.lang.Character.UnicodeScript;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptProfileTest {

    @Test
    void countsLettersByScriptAndVietnamesesOwnLetters() {
        ScriptProfile profile = ScriptProfile.of("Hà Nội, Đà Nẵng 2026! [x]");

        assertThat(profile.letters(UnicodeScript.LATIN)).isEqualTo(12);
        assertThat(profile.letters()).isEqualTo(12);
        assertThat(profile.looksVietnamese()).as("ộ, Đ and ẵ among 12 Latin letters").isTrue();
        assertThat(ScriptProfile.of("Café in Paris, naïve façade").looksVietnamese()).isFalse();
    }

    @Test
    void kanaCountsTogetherAndCharactersBeyondTheBasicPlaneCountOnce() {
        ScriptProfile profile = ScriptProfile.of("日本語のカタカナ 𠀀");

        assertThat(profile.letters(UnicodeScript.HAN)).isEqualTo(4);
        assertThat(profile.letters(UnicodeScript.HIRAGANA)).isEqualTo(5);
        assertThat(profile.letters(UnicodeScript.KATAKANA)).isZero();
        assertThat(profile.dominant()).isEqualTo(UnicodeScript.HIRAGANA);
        assertThat(ScriptProfile.of("12 + 3 = 15").dominant()).isNull();
    }

    @Test
    void theProfilesOfTextsAddUpToTheProfileOfTheTextsJoined() {
        java.util.List<String> texts = java.util.List.of("Hà Nội, Đà Nẵng", "日本語のカタカナ 𠀀", "", "ภาษาไทย and English");
        ScriptProfile sum = ScriptProfile.sum(texts.stream().map(ScriptProfile::of).toList());
        ScriptProfile joined = ScriptProfile.of(String.join("\n", texts));

        for (UnicodeScript script : UnicodeScript.values()) {
            assertThat(sum.letters(script)).as(script.name()).isEqualTo(joined.letters(script));
        }
        assertThat(sum.letters()).isEqualTo(joined.letters()).isEqualTo(11 + 9 + 17);
        assertThat(sum.dominant()).isEqualTo(joined.dominant());
        assertThat(sum.looksVietnamese()).isEqualTo(joined.looksVietnamese());
    }
}
