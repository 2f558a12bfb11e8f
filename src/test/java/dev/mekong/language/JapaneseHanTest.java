package dev.mekong.language;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of Japanese-only Han forms is what its header says it is. */
class JapaneseHanTest {

    /** Forms of the derivation left out of the list because Hong Kong and Taiwan text types them too. */
    private static final String LEFT_OUT = "啓衆裏峯栢冨嶋産説呑";

    @Test
    void listIsTheCommonKanjiNeitherChineseStandardEncodesLessTheFormsChineseTextTypes() {
        CharsetEncoder shiftJis = Charset.forName("Shift_JIS").newEncoder();
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
        BitSet expected = new BitSet();
        expected.set('々');
        for (int cp = 0x4E00; cp < 0xA000; cp++) {
            String s = Character.toString(cp);
            if (!shiftJis.canEncode(s) || gb2312.canEncode(s) || big5.canEncode(s) || LEFT_OUT.contains(s)) {
                continue;
            }
            byte[] bytes = s.getBytes(Charset.forName("Shift_JIS"));
            int code = (bytes[0] & 0xff) << 8 | bytes[1] & 0xff;
            if (code >= 0x889F && code <= 0x9872) {
                expected.set(cp);
            }
        }
        JapaneseHan list = new JapaneseHan();
        BitSet actual = new BitSet();
        for (int cp = 0x3000; cp < 0xA000; cp++) {
            if (list.isJapaneseForm(cp)) {
                actual.set(cp);
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(list.count("東京株式市場 日経平均 続落")).isEqualTo(2);
        assertThat(list.count(new String("中国经济持续发展".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)))
                .isZero();
    }

    @Test
    void japaneseOnlyWordsAreFoundAndChineseSpellingsOfThemAreNot() {
        JapaneseHan list = new JapaneseHan();
        assertThat(list.compounds("米大統領 国際会議に出席")).isEqualTo(3);
        assertThat(list.compounds("美國總統出席國際會議")).isZero();
        assertThat(list.compounds("美国总统出席国际会议")).isZero();
    }

    @Test
    void onlyTextMadeWhollyOfJapanesePlaceNamesCounts() {
        JapaneseHan list = new JapaneseHan();
        assertThat(list.onlyPlaceNames("京都")).isTrue();
        assertThat(list.onlyPlaceNames("京都 奈良")).isTrue();
        assertThat(list.onlyPlaceNames("名古屋札幌")).isTrue();
        assertThat(list.onlyPlaceNames("京都大學")).isFalse();
        assertThat(list.onlyPlaceNames("东京")).isFalse();
        assertThat(list.onlyPlaceNames("Kyoto")).isFalse();
    }
}
