package dev.mekong.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reading a published site in tests: through the site link, as a reader would. */
public final class SiteFiles {

    private SiteFiles() {
    }

    public static Document html(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "");
    }

    /** The sitemap's parts, in the order its index lists them, each as text. */
    public static List<String> sitemapParts(Path site) throws IOException {
        Document index = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> parts = new ArrayList<>();
        for (Element loc : index.select("sitemapindex > sitemap > loc")) {
            parts.add(Files.readString(site.resolve(loc.text().substring(loc.text().lastIndexOf('/') + 1))));
        }
        return parts;
    }

    /** Every URL entry of the sitemap, all parts together, as one text. */
    public static String sitemap(Path site) throws IOException {
        return String.join("\n", sitemapParts(site));
    }

    public static List<String> all(Path site, String suffix) throws IOException {
        Path root = site.toRealPath();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(suffix)).sorted().toList();
        }
    }
}
