package dev.mekong.site;

import dev.mekong.media.ImageScaler;
import dev.mekong.media.MediaRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The images the site serves itself: every image copied into the content folder ({@code content/media},
 * {@link dev.mekong.media.MediaStore}) that a published article shows, at {@code media/HASH16.EXT} (the first
 * 16 hex digits of its sha-256), and for a JPEG or PNG a smaller copy at each configured width below its own
 * ({@code media/HASH16-480.jpg}). Like any page, a media file is written when it is new and deleted when no
 * published article shows it any more; its inputs (the reference and the width) decide its bytes.
 */
final class MediaPages implements PageType {

    /** @param width the width of a smaller copy; 0: the original */
    record Inputs(MediaRef image, int width) {
    }

    private static final String FOLDER = "media/";

    private final PageContext context;
    private final Path folder;

    /** @param folder the content folder's media folder, or null when there is none (nothing is published) */
    MediaPages(PageContext context, Path folder) {
        this.context = context;
        this.folder = folder;
    }

    /** Where the site serves an image. */
    static String path(MediaRef image) {
        return FOLDER + image.sha256().substring(0, 16) + "." + image.format().extension();
    }

    /** Where the site serves an image's smaller copy at this width. */
    static String path(MediaRef image, int width) {
        return FOLDER + image.sha256().substring(0, 16) + "-" + width + "." + image.format().extension();
    }

    @Override
    public List<Page> pages(SiteContent content) {
        if (folder == null) {
            return List.of();
        }
        Map<String, MediaRef> shown = new TreeMap<>();
        for (IndexEntry entry : content.articles()) {
            for (String reference : entry.media()) {
                MediaRef image = MediaRef.parse(reference);
                if (image != null && Files.isRegularFile(folder.resolve(image.fileName()))) {
                    shown.putIfAbsent(image.fileName(), image);
                }
            }
        }
        List<Page> pages = new ArrayList<>();
        for (MediaRef image : shown.values()) {
            pages.add(new Page(path(image), this, new Inputs(image, 0)));
            for (int width : ImageScaler.variantWidths(image, context.config.imageWidths())) {
                pages.add(new Page(path(image, width), this, new Inputs(image, width)));
            }
        }
        return pages;
    }

    @Override
    public byte[] render(Page page) {
        Inputs inputs = (Inputs) page.inputs();
        byte[] original;
        try {
            original = Files.readAllBytes(folder.resolve(inputs.image().fileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read image " + inputs.image().fileName(), e);
        }
        return inputs.width() == 0 ? original : ImageScaler.scale(original, inputs.image(), inputs.width());
    }
}
