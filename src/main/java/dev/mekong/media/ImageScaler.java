package dev.mekong.media;

import net.coobird.thumbnailator.Thumbnails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Smaller copies of a JPEG or PNG image for {@code srcset}, with Thumbnailator: a JPEG stays a JPEG, a PNG
 * a PNG (transparency kept), and nothing is made larger than the original. The same bytes and width always
 * give the same output, so a media page renders to the same bytes in a full build and an update.
 */
public final class ImageScaler {

    private static final double JPEG_QUALITY = 0.85;

    private ImageScaler() {
    }

    /** The widths of {@code wanted} a variant is made at: those smaller than the image, in ascending order. */
    public static List<Integer> variantWidths(MediaRef image, List<Integer> wanted) {
        if (!image.format().scalable()) {
            return List.of();
        }
        return wanted.stream().filter(w -> w > 0 && w < image.width()).distinct().sorted().toList();
    }

    /** The height of the variant at {@code width}, the aspect ratio kept. */
    public static int height(MediaRef image, int width) {
        return Math.max(1, (int) Math.round((double) image.height() * width / image.width()));
    }

    /** The image scaled down to {@code width} pixels wide, in its own format. */
    public static byte[] scale(byte[] original, MediaRef image, int width) {
        if (!image.format().scalable() || width >= image.width()) {
            throw new IllegalArgumentException("no " + width + " px variant of " + image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Thumbnails.Builder<?> builder = Thumbnails.of(new ByteArrayInputStream(original))
                    .size(width, height(image, width)).keepAspectRatio(false).useExifOrientation(false)
                    .outputFormat(image.format() == ImageFormat.JPEG ? "jpg" : "png");
            if (image.format() == ImageFormat.JPEG) {
                builder.outputQuality(JPEG_QUALITY);
            }
            builder.toOutputStream(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scale " + image, e);
        }
        return out.toByteArray();
    }
}
