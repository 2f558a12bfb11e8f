package dev.mekong.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading a published site in tests: through the site link, as a reader would. */
public final class SiteFiles {

    private SiteFiles() {
    }

    public static Document html(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "");
    }

    public static List<String> all(Path site, String suffix) throws IOException {
        Path root = site.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(suffix)).sorted().toList();
        }
    }
}
