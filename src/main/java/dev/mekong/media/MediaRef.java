package dev.mekong.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image copied into the content folder, as a record names it in a figure's {@code src} or its lead
 * image: {@code media:SHA256.EXT#WIDTHxHEIGHT}. The name is the stored file's ({@link MediaStore}); the size,
 * read from the header when it was stored, lets pages give {@code width}/{@code height} without opening it.
 *
 * @param sha256 hex sha-256 of the image's bytes
 */
public record MediaRef(String sha256, ImageFormat format, int width, int height) {

    public static final String SCHEME = "media:";
    private static final Pattern FORM = Pattern.compile("media:([0-9a-f]{64})\\.([a-z]{3,4})#([1-9][0-9]{0,5})x([1-9][0-9]{0,5})");

    /** The reference a record holds. */
    @Override
    public String toString() {
        return SCHEME + fileName() + "#" + width + "x" + height;
    }

    /** The file's name in the content folder's media folder. */
    public String fileName() {
        return sha256 + "." + format.extension();
    }

    /** The media reference this is, or null for anything else (a URL, a damaged reference). */
    public static MediaRef parse(String reference) {
        if (reference == null) {
            return null;
        }
        Matcher m = FORM.matcher(reference);
        if (!m.matches()) {
            return null;
        }
        ImageFormat format = ImageFormat.ofExtension(m.group(2));
        return format == null ? null
                : new MediaRef(m.group(1), format, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
}
