package dev.mekong.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchEntryCacheTest {

    @TempDir
    Path content;

    private static final SearchPages.Source THAI = new SearchPages.Source("th/articles/a.html", "ฝนตกหนัก",
            "2025-04-01", null, "th", List.of("ข่าว", "อากาศ"));
    private static final byte[] THAI_ENTRY =
            "{\"date\":\"2025-04-01\",\"excerpt\":null,\"path\":\"th/articles/a.html\",\"title\":\"ฝนตกหนัก\",\"tokens\":[\"ฝน\",\"ตก\"]}"
                    .getBytes(StandardCharsets.UTF_8);

    @Test
    void entriesComeBackWithTheirExactBytes() {
        new SearchEntryCache(content, "f1").save("th", Map.of(THAI, THAI_ENTRY));

        Map<SearchPages.Source, byte[]> loaded = new SearchEntryCache(content, "f1").load("th");

        assertThat(loaded).containsOnlyKeys(THAI);
        assertThat(loaded.get(THAI)).isEqualTo(THAI_ENTRY);
        assertThat(new SearchEntryCache(content, "f1").load("en")).isEmpty();
    }

    @Test
    void entriesMadeUnderAnotherFingerprintAreNotUsed() {
        new SearchEntryCache(content, "f1").save("th", Map.of(THAI, THAI_ENTRY));

        assertThat(new SearchEntryCache(content, "f2").load("th")).isEmpty();
    }

    @Test
    void aGarbledFileIsNotUsed() throws Exception {
        new SearchEntryCache(content, "f1").save("th", Map.of(THAI, THAI_ENTRY));
        Path file = content.resolve("search-entries/th.jsonl");
        Files.writeString(file, Files.readString(file).substring(0, 60));

        assertThat(new SearchEntryCache(content, "f1").load("th")).isEmpty();
    }
}
