package dev.mekong.media;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The ingest step that copies an article's images into the content folder ({@link MediaStore}) right after
 * extraction, so the record names them as {@code media:} references ({@link MediaRef}) and the site serves
 * them itself. Images a saved page keeps beside it ({@code story_files/lead.jpg}, {@code file:} URLs) are read
 * from disk; remote http(s) images are fetched only when {@link Settings#fetch} allows, within a timeout and
 * a size cap. Only JPEG, PNG, GIF and WebP bytes are kept (by their magic bytes; never SVG), and only up to
 * {@link Settings#maxPixels} pixels, read from the header before anything is decoded.
 *
 * <p>An image that is not copied (copying off, remote and not fetched, too big, not an image) stays a link
 * to its http(s) URL (a relative reference naming no file beside the input resolved against the page's
 * canonical URL); a saved page's own copy that is not copied, and a reference that is no such URL, are
 * dropped, as a broken image on the site would be (a figure keeps its caption). A body figure that is the lead image (the
 * same bytes, or a reference {@link ImageUrls#sameImage} says is the same) is given the lead image's reference,
 * so pages leave it out of the body instead of showing the image twice; when only that figure could be
 * copied, the lead image becomes its copy.
 */
public final class ImageCapture {

    /**
     * @param copy      copy images into the content folder at all (mekong.site.copy-images)
     * @param fetch     fetch remote http(s) images (mekong.site.fetch-images)
     * @param timeoutMs connect and read timeout of a fetch, and the most one fetch may take (mekong.site.image-fetch-timeout-ms)
     * @param maxBytes  the largest image copied (mekong.site.image-max-bytes)
     * @param maxPixels the most pixels an image copied may have (mekong.site.image-max-pixels)
     */
    public record Settings(boolean copy, boolean fetch, int timeoutMs, long maxBytes, long maxPixels) {
    }

    /** What one reference became: the reference the record keeps (null: none), and the stored copy if any. */
    private record Captured(String src, MediaRef media) {
    }

    private static final int MAX_REDIRECTS = 5;

    private final MediaStore store;
    private final Settings settings;
    private final Consumer<String> log;

    /** @param log where a line goes for every image that could not be copied and why */
    public ImageCapture(MediaStore store, Settings settings, Consumer<String> log) {
        this.store = store;
        this.settings = settings;
        this.log = log;
    }

    /**
     * The article with its images copied and referenced as media, or hotlinked; a body figure repeating the
     * lead image names the same reference as the lead.
     *
     * @param inputFile the input's absolute path: a saved page's local images are found beside it
     */
    public Article capture(Article article, String inputFile) {
        Path folder = inputFile == null ? null : Path.of(inputFile).toAbsolutePath().getParent();
        Metadata meta = article.meta();
        String base = meta == null ? null : meta.canonicalUrl();
        String leadOriginal = meta == null ? null : meta.image();
        Captured lead = leadOriginal == null ? null : capture(leadOriginal, folder, base);
        List<Block> blocks = new ArrayList<>();
        List<Integer> showingLead = new ArrayList<>();
        for (Block block : article.blocks()) {
            if (!Block.FIGURE.equals(block.type()) || block.src() == null) {
                blocks.add(block);
                continue;
            }
            Captured figure = capture(block.src(), folder, base);
            if (lead != null && (ImageUrls.sameImage(leadOriginal, block.src())
                    || figure.media() != null && figure.media().equals(lead.media()))) {
                if (lead.media() == null && figure.media() != null) {
                    lead = figure; // the page's own copy of the lead image
                }
                showingLead.add(blocks.size());
                blocks.add(block);
            } else if (figure.src() != null || block.text() != null) {
                blocks.add(block.withSrc(figure.src()));
            }
        }
        // a figure showing the lead image names it as the lead does: pages leave it out (its caption is the
        // lead image's alt text)
        String leadSrc = lead == null ? null : lead.src();
        for (int i : showingLead) {
            blocks.set(i, blocks.get(i).withSrc(leadSrc));
        }
        blocks.removeIf(b -> Block.FIGURE.equals(b.type()) && b.src() == null && b.text() == null);
        if (meta == null) {
            return article.withImages(null, blocks);
        }
        return article.withImages(meta.withImage(leadSrc), blocks);
    }

    private Captured capture(String reference, Path folder, String base) {
        String ref = reference.strip();
        boolean remote = ImageUrls.isHttp(ref);
        Path file = remote ? null : localFile(ref, folder);
        // a saved page's own copy is not on the page's site under that path: it is copied or shown nowhere
        String hotlink = remote ? ref : file != null ? null : resolveAgainst(base, ref);
        if (!settings.copy()) {
            return new Captured(hotlink, null);
        }
        if (ref.toLowerCase(Locale.ROOT).matches("(?s).*\\.svgz?([?#].*)?")) {
            log.accept("image " + ref + " not copied: SVG is never copied (it can carry script)");
            return new Captured(hotlink, null);
        }
        byte[] bytes;
        try {
            if (remote) {
                if (!settings.fetch()) {
                    return new Captured(hotlink, null);
                }
                bytes = fetch(ref);
            } else {
                if (file == null) {
                    return new Captured(hotlink, null);
                }
                bytes = read(file);
            }
        } catch (IOException | RuntimeException e) {
            log.accept("image " + ref + " not copied: " + e.getMessage());
            return new Captured(hotlink, null);
        }
        if (bytes == null) {
            log.accept("image " + ref + " not copied: larger than mekong.site.image-max-bytes (" + settings.maxBytes() + " bytes)");
            return new Captured(hotlink, null);
        }
        ImageFormat format = ImageFormat.sniff(bytes);
        if (format == null) {
            log.accept("image " + ref + " not copied: not a JPEG, PNG, GIF or WebP image");
            return new Captured(hotlink, null);
        }
        ImageFormat.Size size = format.size(bytes);
        if (size == null || size.width() < 1 || size.height() < 1) {
            log.accept("image " + ref + " not copied: its " + format + " header gives no size");
            return new Captured(hotlink, null);
        }
        if (size.pixels() > settings.maxPixels()) {
            log.accept("image " + ref + " not copied: " + size.width() + "x" + size.height()
                    + " pixels, more than mekong.site.image-max-pixels (" + settings.maxPixels() + ")");
            return new Captured(hotlink, null);
        }
        MediaRef media = store.put(bytes, format, size);
        return new Captured(media.toString(), media);
    }

    /** A local reference as an http(s) URL on the page's site, or null. */
    private static String resolveAgainst(String base, String ref) {
        if (base == null || !ImageUrls.isHttp(base) || ref.toLowerCase(Locale.ROOT).startsWith("file:")) {
            return null;
        }
        try {
            String resolved = URI.create(base.strip()).resolve(ref).toString();
            return ImageUrls.isHttp(resolved) ? resolved : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The file a local reference names: a {@code file:} URL, or a relative path under the input's folder
     * (never above it); null when there is no such regular file.
     */
    private static Path localFile(String ref, Path folder) {
        Path file;
        try {
            if (ref.toLowerCase(Locale.ROOT).startsWith("file:")) {
                file = Path.of(URI.create(ref));
            } else {
                if (folder == null || ref.startsWith("/") || ref.startsWith("\\") || ref.contains(":")) {
                    return null;
                }
                String path = ref.replaceAll("[?#].*$", "");
                file = folder.resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
                if (!file.startsWith(folder)) {
                    return null;
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
    }

    /** The file's bytes, or null when it is over the size cap. */
    private byte[] read(Path file) throws IOException {
        if (Files.size(file) > settings.maxBytes()) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return capped(in, Long.MAX_VALUE);
        }
    }

    /**
     * The body of a GET, or null when it is over the size cap; within the timeout or an IOException. Up to
     * {@link #MAX_REDIRECTS} redirects are followed, between http and https too.
     */
    private byte[] fetch(String url) throws IOException {
        long deadline = System.nanoTime() + settings.timeoutMs() * 1_000_000L;
        URL target = URI.create(url).toURL();
        for (int redirects = 0; ; redirects++) {
            HttpURLConnection connection = (HttpURLConnection) target.openConnection();
            connection.setConnectTimeout(settings.timeoutMs());
            connection.setReadTimeout(settings.timeoutMs());
            connection.setInstanceFollowRedirects(false);
            connection.setRequestProperty("Accept", "image/jpeg, image/png, image/gif, image/webp");
            try {
                int status = connection.getResponseCode();
                String location = connection.getHeaderField("Location");
                if (status >= 300 && status < 400 && location != null && redirects < MAX_REDIRECTS) {
                    String next = target.toURI().resolve(location.strip()).toString();
                    if (!ImageUrls.isHttp(next)) {
                        throw new IOException("redirected to " + next);
                    }
                    target = URI.create(next).toURL();
                    continue;
                }
                if (status != 200) {
                    throw new IOException("HTTP " + status);
                }
                if (connection.getContentLengthLong() > settings.maxBytes()) {
                    return null;
                }
                try (InputStream in = connection.getInputStream()) {
                    return capped(in, deadline);
                }
            } catch (java.net.URISyntaxException e) {
                throw new IOException("bad redirect from " + target, e);
            } finally {
                connection.disconnect();
            }
        }
    }

    private byte[] capped(InputStream in, long deadline) throws IOException {
        byte[] buffer = new byte[8192];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > settings.maxBytes()) {
                return null;
            }
            if (deadline != Long.MAX_VALUE && System.nanoTime() > deadline) {
                throw new IOException("timed out after " + settings.timeoutMs() + " ms");
            }
        }
        return out.toByteArray();
    }
}
