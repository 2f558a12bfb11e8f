package dev.mekong.media;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImageFormatTest {

    @Test
    void formatsAreKnownByTheirBytesNotTheirNames() {
        assertThat(ImageFormat.sniff(TestImages.image("jpg", 4, 3))).isEqualTo(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(TestImages.image("png", 4, 3))).isEqualTo(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(TestImages.image("gif", 4, 3))).isEqualTo(ImageFormat.GIF);
        assertThat(ImageFormat.sniff(webp("VP8L", 0x2f, 0, 0, 0, 0))).isEqualTo(ImageFormat.WEBP);
        assertThat(ImageFormat.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(ImageFormat.sniff("GIF8".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(ImageFormat.sniff(new byte[0])).isNull();
    }

    @Test
    void sizesComeFromTheHeader() {
        assertThat(ImageFormat.JPEG.size(TestImages.image("jpg", 40, 30))).isEqualTo(new ImageFormat.Size(40, 30));
        assertThat(ImageFormat.PNG.size(TestImages.image("png", 7, 300))).isEqualTo(new ImageFormat.Size(7, 300));
        assertThat(ImageFormat.GIF.size(TestImages.image("gif", 12, 5))).isEqualTo(new ImageFormat.Size(12, 5));
        assertThat(ImageFormat.PNG.size(new byte[]{(byte) 0x89, 'P', 'N', 'G'})).isNull();
    }

    @Test
    void webpSizesOfEachKindOfFile() {
        // extended (VP8X): canvas width-1 and height-1, 24 bits each: 1024 x 768
        assertThat(ImageFormat.WEBP.size(webp("VP8X", 0, 0, 0, 0, 0xff, 0x03, 0x00, 0xff, 0x02, 0x00)))
                .isEqualTo(new ImageFormat.Size(1024, 768));
        // lossless (VP8L): signature 0x2f, then 14 bits width-1 and 14 bits height-1: 100 x 50 (99 | 49 << 14)
        int bits = 99 | 49 << 14;
        assertThat(ImageFormat.WEBP.size(webp("VP8L", 0x2f, bits & 0xff, bits >> 8 & 0xff, bits >> 16 & 0xff, bits >> 24 & 0xff)))
                .isEqualTo(new ImageFormat.Size(100, 50));
        // lossy (VP8): frame tag, start code 9d 01 2a, 14-bit width and height: 640 x 480
        assertThat(ImageFormat.WEBP.size(webp("VP8 ", 0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01)))
                .isEqualTo(new ImageFormat.Size(640, 480));
    }

    /** RIFF, size, WEBP, the chunk's fourcc, its size (unused here), then the chunk's first bytes, padded. */
    private static byte[] webp(String fourcc, int... chunk) {
        byte[] bytes = new byte[32];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
        System.arraycopy(fourcc.getBytes(StandardCharsets.US_ASCII), 0, bytes, 12, 4);
        for (int i = 0; i < chunk.length; i++) {
            bytes[20 + i] = (byte) chunk[i];
        }
        return bytes;
    }
}
