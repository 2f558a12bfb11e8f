package dev.mekong.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mekong.model.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes what the extract command promises: {@code NAME.txt} (line 1 the title, then one body block per
 * line) and {@code NAME.json} (source, metadata and the removed blocks with their rules).
 */
public class ExtractionWriter {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** NAME is the input's file name without its last extension ("a.page.txt" → "a.page"). */
    public static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    public void write(Article article, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        String name = baseName(Path.of(article.source().fileName()).getFileName().toString());
        Files.writeString(outDir.resolve(name + ".txt"), CorpusEvaluation.outputText(article), StandardCharsets.UTF_8);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", article.source());
        json.put("meta", article.meta());
        json.put("removed", article.removed());
        Files.writeString(outDir.resolve(name + ".json"), mapper.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
    }
}
