package dev.mekong.media;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Whether two image references name the same image without looking at the bytes: http(s) URLs that differ
 * only in the case of scheme and host, or in the query and fragment (a resizing parameter such as
 * {@code ?w=800}); or a saved page's local copy ({@code story_files/lead.jpg}, a {@code file:} URL) and a URL
 * ending in the same file name, as a browser saving a page names its images.
 */
public final class ImageUrls {

    private ImageUrls() {
    }

    public static boolean sameImage(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        boolean remoteA = isHttp(a);
        boolean remoteB = isHttp(b);
        if (remoteA && remoteB) {
            return normalized(a).equals(normalized(b));
        }
        String nameA = lastSegment(a);
        return !nameA.isEmpty() && nameA.equals(lastSegment(b));
    }

    static boolean isHttp(String reference) {
        String lower = reference.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** scheme://host[:port]/path in lower-case scheme and host, without query or fragment. */
    private static String normalized(String url) {
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + path;
        } catch (URISyntaxException | RuntimeException e) {
            return stripQuery(url.strip());
        }
    }

    /** The decoded file name a reference ends with, without query or fragment. */
    private static String lastSegment(String reference) {
        String path = stripQuery(reference.strip());
        String name = path.substring(path.lastIndexOf('/') + 1);
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static String stripQuery(String reference) {
        int cut = reference.length();
        for (char c : new char[]{'?', '#'}) {
            int at = reference.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return reference.substring(0, cut);
    }
}
