package dev.mekong.media;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * The raster formats the site copies, recognised by their magic bytes (never by a file name or a server's
 * content type). SVG is none of them: it can carry script, so it is never copied.
 */
public enum ImageFormat {
    JPEG("jpg"), PNG("png"), GIF("gif"), WEBP("webp");

    /** Width and height in pixels, as the file's header gives them. */
    public record Size(int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension media of this format are stored and published with. */
    public String extension() {
        return extension;
    }

    /** Whether the JDK decodes and encodes it, so that smaller variants can be made (JPEG, PNG). */
    public boolean scalable() {
        return this == JPEG || this == PNG;
    }

    /** The format of these bytes, or null when they are none of the four. */
    public static ImageFormat sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (startsWith(b, 0, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return PNG;
        }
        if (startsWith(b, 0, "GIF87a".getBytes()) || startsWith(b, 0, "GIF89a".getBytes())) {
            return GIF;
        }
        if (startsWith(b, 0, "RIFF".getBytes()) && startsWith(b, 8, "WEBP".getBytes())) {
            return WEBP;
        }
        return null;
    }

    /** The format with this extension (as {@link #extension()} writes it), or null. */
    public static ImageFormat ofExtension(String extension) {
        for (ImageFormat format : values()) {
            if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }

    /**
     * The image's size from its header alone, nothing decoded (so a decompression bomb is seen before it
     * explodes), or null when the header cannot be read.
     */
    public Size size(byte[] bytes) {
        if (this == WEBP) {
            return webpSize(bytes);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** RIFF WebP: the canvas of an extended file (VP8X), else the lossless (VP8L) or lossy (VP8) frame's size. */
    private static Size webpSize(byte[] b) {
        if (b.length < 30) {
            return null;
        }
        if (startsWith(b, 12, "VP8X".getBytes())) {
            return new Size(1 + u24(b, 24), 1 + u24(b, 27));
        }
        if (startsWith(b, 12, "VP8L".getBytes()) && (b[20] & 0xff) == 0x2f) {
            long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
            return new Size(1 + (int) (bits & 0x3fff), 1 + (int) (bits >> 14 & 0x3fff));
        }
        if (startsWith(b, 12, "VP8 ".getBytes()) && (b[23] & 0xff) == 0x9d && (b[24] & 0xff) == 0x01
                && (b[25] & 0xff) == 0x2a) {
            return new Size((b[26] & 0xff | (b[27] & 0xff) << 8) & 0x3fff, (b[28] & 0xff | (b[29] & 0xff) << 8) & 0x3fff);
        }
        return null;
    }

    private static int u24(byte[] b, int at) {
        return b[at] & 0xff | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (bytes.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
