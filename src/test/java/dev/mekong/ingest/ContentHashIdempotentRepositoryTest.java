package dev.mekong.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashIdempotentRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void handledFileIsSkippedUntilItsContentChanges() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "one");
        String key = file.toString();
        ContentHashIdempotentRepository repository = new ContentHashIdempotentRepository();

        assertThat(repository.contains(key)).isFalse();
        assertThat(repository.add(key)).isTrue();
        assertThat(repository.contains(key)).isTrue();

        Files.writeString(file, "two, longer");
        assertThat(repository.contains(key)).isFalse();
        assertThat(repository.add(key)).isTrue();
        assertThat(repository.contains(key)).isTrue();
    }

    @Test
    void vanishedFileIsNotHandled() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "one");
        ContentHashIdempotentRepository repository = new ContentHashIdempotentRepository();
        repository.add(file.toString());
        Files.delete(file);

        assertThat(repository.contains(file.toString())).isFalse();
    }

    @Test
    void removeForgetsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "one");
        ContentHashIdempotentRepository repository = new ContentHashIdempotentRepository();
        repository.add(file.toString());

        assertThat(repository.remove(file.toString())).isTrue();
        assertThat(repository.contains(file.toString())).isFalse();
    }
}
