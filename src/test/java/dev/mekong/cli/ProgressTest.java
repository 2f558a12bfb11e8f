package dev.mekong.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void onATerminalOneLineIsRedrawnAndWipedAtTheEnd() {
        Progress progress = new Progress("build", out, true);
        progress.show(0);
        progress.show(3);
        progress.show(3);
        progress.show(120);
        progress.done();

        String blank = " ".repeat("build: 120 inputs handled…".length());
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("\rbuild: 3 inputs handled…\rbuild: 120 inputs handled…\r" + blank + "\r");
    }

    @Test
    void elsewhereAPlainLinePerHundredInputsAndNoCarriageReturn() {
        Progress progress = new Progress("build", out, false);
        for (long handled : new long[]{0, 3, 99, 100, 150, 250, 251}) {
            progress.show(handled);
        }
        progress.done();

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("build: 100 inputs handled\nbuild: 250 inputs handled\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void aShortRunShowsNothing() {
        Progress progress = new Progress("build", out, false);
        progress.show(5);
        progress.done();
        new Progress("build", out, true).done();

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
