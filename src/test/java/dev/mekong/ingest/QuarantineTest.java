package dev.mekong.ingest;

import dev.mekong.model.InputRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class QuarantineTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @Test
    void writesReasonAndCopiesKeptInput() throws IOException {
        Path input = Files.writeString(dir.resolve("bad.txt"), "junk");
        Quarantine quarantine = new Quarantine(dir.resolve("q"), clock);

        String reason = quarantine.reject("bad.txt", input, new InputRejectedException("the file is empty"), true);

        assertThat(reason).isEqualTo("the file is empty");
        assertThat(dir.resolve("q/bad.txt")).hasContent("junk");
        assertThat(dir.resolve("q/bad.txt.reason.txt")).hasContent(
                "file: bad.txt\nquarantined: 2026-01-02T03:04:05Z\nreason: the file is empty");
        assertThat(input).exists();
    }

    @Test
    void keepsAnEarlierQuarantinedFileOfTheSameName() throws IOException {
        Path input = Files.writeString(dir.resolve("bad.txt"), "first");
        Quarantine quarantine = new Quarantine(dir.resolve("q"), clock);
        quarantine.reject("bad.txt", input, new InputRejectedException("one"), true);
        Files.writeString(input, "second");

        quarantine.reject("bad.txt", input, new InputRejectedException("two"), true);

        assertThat(dir.resolve("q/bad.txt")).hasContent("second");
        assertThat(dir.resolve("q/bad.txt.20260102T030405.000")).hasContent("first");
        assertThat(dir.resolve("q/bad.txt.reason.txt.20260102T030405.000")).content().contains("reason: one");
    }

    @Test
    void reasonNamesTheRootCauseOfAnUnexpectedError() {
        Throwable error = new UncheckedIOException("wrapped", new IOException("disk full"));
        assertThat(Quarantine.reasonOf(error)).isEqualTo("processing failed: IOException: disk full");
        assertThat(Quarantine.reasonOf(new RuntimeException(new InputRejectedException("no article text found"))))
                .isEqualTo("no article text found");
    }

    @Test
    void nameWithPathPartsStaysInsideTheQuarantineFolder() throws IOException {
        Quarantine quarantine = new Quarantine(dir.resolve("q"), clock);
        quarantine.reject("../../escape.txt", null, new InputRejectedException("x"), true);
        assertThat(dir.resolve("q/escape.txt.reason.txt")).exists();
    }
}
