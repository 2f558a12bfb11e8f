package dev.mekong.ingest;

import dev.mekong.model.InputRejectedException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class InputDecoderTest {

    private final InputDecoder decoder = new InputDecoder();

    @Test
    void recordsFormatDigestAndSize() {
        DecodedInput in = decoder.decode("news/a.htm", "abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(in.fileName()).isEqualTo("news/a.htm");
        assertThat(in.format()).isEqualTo(InputFormat.HTML);
        assertThat(in.text()).isEqualTo("abc");
        assertThat(in.size()).isEqualTo(3);
        assertThat(in.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(in.source().charset()).isEqualTo("UTF-8 (valid UTF-8)");
    }

    @Test
    void plainTextIsNormalisedButHtmlKeepsItsWhitespace() {
        byte[] bytes = "\u3000\u3000正文  \n\n\n\n结尾".getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode("a.txt", bytes).text()).isEqualTo("    正文\n\n结尾\n");
        assertThat(decoder.decode("a.html", bytes).text()).isEqualTo("\u3000\u3000正文  \n\n\n\n结尾");
    }

    // --- bad input ---

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> decoder.decode("a.txt", new byte[0]))
                .isInstanceOf(InputRejectedException.class).hasMessage("the file is empty");
    }

    @Test
    void onlyWhitespace() {
        byte[] bytes = " \r\n\t\u3000\u00A0\u200B\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode("a.txt", bytes))
                .isInstanceOf(InputRejectedException.class).hasMessage("the file contains only whitespace, no text");
        assertThatThrownBy(() -> decoder.decode("a.html", bytes))
                .isInstanceOf(InputRejectedException.class).hasMessage("the file contains only whitespace, no text");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThatThrownBy(() -> decoder.decode("a.html", png))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("this looks like a binary file, not text (it contains 6 NUL bytes)");
    }

    @Test
    void manyControlCharactersMeanBinary() {
        byte[] bytes = "ab\u0001\u0002cd\u0003\u0004\u0005ef".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode("a.txt", bytes))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("this looks like a binary file, not text (5 control characters in 11)");
    }

    @Test
    void aFewStrayControlCharactersAreRemovedNotRejected() {
        byte[] bytes = ("正文第一段。\u001A" + "内容".repeat(200)).getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode("a.txt", bytes).text()).isEqualTo("正文第一段。" + "内容".repeat(200) + "\n");
    }

    @Test
    void invalidUtf8ThatNoCharsetReads() {
        // Continuation bytes and C1-range bytes with no structure: not UTF-8, mojibake in every legacy charset.
        byte[] junk = {'a', (byte) 0x80, (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, (byte) 0xFF, (byte) 0xFE, 'b'};
        assertThatThrownBy(() -> decoder.decode("a.txt", junk))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("the file is not valid UTF-8 (8 invalid byte sequences), and none of the other supported charsets"
                        + " (GB18030/GBK, Big5, TIS-620, windows-1258, windows-1252) turns it into readable text; re-save it as UTF-8");
    }

    @Test
    void fileOverTheSizeLimitIsRejectedBeforeDecoding() {
        InputDecoder small = new InputDecoder(1024 * 1024);
        byte[] bytes = new byte[3 * 1024 * 1024];
        assertThatThrownBy(() -> small.decode("a.txt", bytes))
                .isInstanceOf(InputRejectedException.class)
                .hasMessage("the file is 3.0 MB (3,145,728 bytes), over the size limit of 1.0 MB (1,048,576 bytes)");
    }

    @Test
    void defaultLimitIsTwentyMegabytes() {
        assertThat(InputDecoder.DEFAULT_MAX_BYTES).isEqualTo(20L * 1024 * 1024);
        byte[] atLimit = new byte[(int) InputDecoder.DEFAULT_MAX_BYTES + 1];
        Arrays.fill(atLimit, (byte) 'a');
        assertThatThrownBy(() -> decoder.decode("a.txt", atLimit))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("over the size limit of 20.0 MB");
    }

    @Test
    void unknownExtension() {
        assertThatThrownBy(() -> decoder.decode("a.exe", "x".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("unsupported file type '.exe'");
    }

    @Test
    void fiveMegabyteSingleLine() {
        String line = "经济".repeat(900_000) + "end";
        DecodedInput in = decoder.decode("a.txt", line.getBytes(StandardCharsets.UTF_8));
        assertThat(in.text()).isEqualTo(line + "\n");
    }

    @Test
    void fiveMegabyteSingleLineInGb18030() {
        String line = Samples.SIMPLIFIED.replace("\n", "").repeat(40_000);
        byte[] bytes = Samples.encode(line, "GB18030");
        assertThat(bytes.length).isGreaterThan(5_000_000);
        DecodedInput in = decoder.decode("a.txt", bytes);
        assertThat(in.charset()).isEqualTo("GB18030 (statistical)");
        assertThat(in.text()).isEqualTo(line + "\n");
    }

    @Test
    void randomBytesAreDecodedOrRejectedNeverAnythingElse() {
        Random random = new Random(20250305L);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(i < 1000 ? 64 : 4096) + 1];
            random.nextBytes(bytes);
            if (i % 3 == 0) {
                // also junk without NUL bytes, which must get past the first binary check
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = bytes[j] == 0 ? 1 : bytes[j];
                }
            }
            String name = i % 2 == 0 ? "a.txt" : "a.html";
            Throwable thrown = catchThrowable(() -> decoder.decode(name, bytes));
            if (thrown != null) {
                assertThat(thrown).as("input %d", i).isInstanceOf(InputRejectedException.class);
            }
        }
    }
}
