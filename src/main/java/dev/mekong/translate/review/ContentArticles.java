package dev.mekong.translate.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mekong.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the article records ({@code content/*.json}) the store writes, in file-name order. */
public final class ContentArticles {

    private static final Logger LOG = LoggerFactory.getLogger(ContentArticles.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ContentArticles() {
    }

    public static List<Article> read(Path contentDir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(contentDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            try {
                articles.add(JSON.readValue(file.toFile(), Article.class));
            } catch (IOException e) {
                LOG.warn("{}: skipped, not an article record ({})", file, e.getMessage());
            }
        }
        return articles;
    }
}
