package dev.mekong.media;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageScalerTest {

    private static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    @Test
    void variantsOnlyAtWidthsBelowTheOriginal() {
        assertThat(ImageScaler.variantWidths(ref(ImageFormat.JPEG, 2000, 1000), WIDTHS)).containsExactly(480, 960, 1600);
        assertThat(ImageScaler.variantWidths(ref(ImageFormat.JPEG, 1000, 500), WIDTHS)).containsExactly(480, 960);
        assertThat(ImageScaler.variantWidths(ref(ImageFormat.PNG, 960, 400), WIDTHS)).containsExactly(480);
        assertThat(ImageScaler.variantWidths(ref(ImageFormat.PNG, 480, 400), WIDTHS)).isEmpty();
    }

    @Test
    void gifAndWebpGetNoVariants() {
        assertThat(ImageScaler.variantWidths(ref(ImageFormat.GIF, 2000, 1000), WIDTHS)).isEmpty();
        assertThat(ImageScaler.variantWidths(ref(ImageFormat.WEBP, 2000, 1000), WIDTHS)).isEmpty();
    }

    @Test
    void jpegStaysJpegAtTheWidthAsked() {
        byte[] original = TestImages.image("jpg", 1000, 500);
        byte[] scaled = ImageScaler.scale(original, ref(ImageFormat.JPEG, 1000, 500), 480);

        assertThat(ImageFormat.sniff(scaled)).isEqualTo(ImageFormat.JPEG);
        assertThat(ImageFormat.JPEG.size(scaled)).isEqualTo(new ImageFormat.Size(480, 240));
        assertThat(ImageScaler.scale(original, ref(ImageFormat.JPEG, 1000, 500), 480)).isEqualTo(scaled);
    }

    @Test
    void pngStaysPngAtTheWidthAsked() {
        byte[] original = TestImages.image("png", 1000, 300);
        byte[] scaled = ImageScaler.scale(original, ref(ImageFormat.PNG, 1000, 300), 960);

        assertThat(ImageFormat.sniff(scaled)).isEqualTo(ImageFormat.PNG);
        assertThat(ImageFormat.PNG.size(scaled)).isEqualTo(new ImageFormat.Size(960, 288));
    }

    @Test
    void neverEnlarges() {
        byte[] original = TestImages.image("jpg", 400, 300);
        assertThatThrownBy(() -> ImageScaler.scale(original, ref(ImageFormat.JPEG, 400, 300), 480))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MediaRef ref(ImageFormat format, int width, int height) {
        return new MediaRef("a".repeat(64), format, width, height);
    }
}
