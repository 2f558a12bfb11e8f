package dev.mekong.site;

import dev.mekong.model.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What, besides the articles, decides every page's bytes: the site configuration, the templates and UI
 * strings, and Mekong itself. When it differs from the one the live site was rendered with, the next
 * render is a full one.
 */
final class SiteFingerprint {

    /** Raise when the index or the pages change shape in a way the other parts do not show. */
    private static final String FORMAT = "site-index 6"; // 2: drafts and embargoes held in the index; 3: author segments; 4: media (images the site serves); 5: related ties by closeness; 6: hreflang on term pages, sitemap-terms.xml

    private SiteFingerprint() {
    }

    static String of(SiteConfig config) {
        try {
            MessageDigest digest = Sha256.newDigest();
            update(digest, FORMAT);
            update(digest, config.toString());
            Path code = codeLocation();
            if (code != null && Files.isRegularFile(code)) {
                // the jar: bundled templates and the code that fills them
                update(digest, Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis());
            } else if (code != null) {
                hashFolder(digest, code.resolve("templates")); // classes folder (development, tests)
            }
            Path templates = PageContext.templatesFolder(config);
            if (templates != null) {
                hashFolder(digest, templates);
            }
            if (!config.taxonomy().isEmpty()) {
                // the mapping file's bytes: an edited mapping relabels and moves term pages everywhere
                Path taxonomy = Path.of(config.taxonomy());
                digest.update(Files.isRegularFile(taxonomy) ? Files.readAllBytes(taxonomy) : new byte[0]);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates", e);
        }
    }

    private static Path codeLocation() {
        CodeSource source = SiteFingerprint.class.getProtectionDomain().getCodeSource();
        try {
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void hashFolder(MessageDigest digest, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            update(digest, folder.relativize(file).toString());
            digest.update(Files.readAllBytes(file));
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
