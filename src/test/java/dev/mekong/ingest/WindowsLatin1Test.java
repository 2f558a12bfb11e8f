package dev.mekong.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowsLatin1Test {

    @Test
    void countsTheNonAsciiCharactersEachCharsetProduces() {
        assertThat(WindowsLatin1.WINDOWS_1252.producedNonAsciiCount("国内新闻 ข่าว plain ASCII")).isZero();
        assertThat(WindowsLatin1.WINDOWS_1252.producedNonAsciiCount("Ã¡Ã© cafÃ©")).isEqualTo(6);
        assertThat(WindowsLatin1.WINDOWS_1252.producedNonAsciiCount("€ ¤ ‘x’")).isEqualTo(4);
        assertThat(WindowsLatin1.LATIN_9.producedNonAsciiCount("€ ¤ ‘x’")).as("Latin-9 has € but neither ¤ nor ‘ ’")
                .isEqualTo(1);
    }

    @Test
    void theCountIsTheNonAsciiBytesOfTheRuns() {
        String text = "国内 Ã¡Ã© • ‘x’ ● ¹úÄÚ ข่าว Œuvre";
        for (WindowsLatin1 charset : new WindowsLatin1[] {WindowsLatin1.WINDOWS_1252, WindowsLatin1.LATIN_9}) {
            int inRuns = charset.runs(text).stream().mapToInt(run -> WindowsLatin1.nonAsciiCount(run.bytes())).sum();
            assertThat(charset.producedNonAsciiCount(text)).isEqualTo(inRuns).isPositive();
        }
    }
}
