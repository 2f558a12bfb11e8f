package dev.mekong.reliability;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Non-ASCII file names under a locale that is not UTF-8 ({@code LANG=C}, common in containers and cron):
 * Java 17 takes the file-name encoding from the locale at start and ignores -Dsun.jnu.encoding, so the
 * application runs itself again with LC_ALL=C.UTF-8 (dev.mekong.cli.FileNameEncoding). A real subprocess,
 * since the encoding is fixed when a JVM starts.
 */
class FileNameEncodingTest {

    private static final Duration DEADLINE = Duration.ofMinutes(3);

    @TempDir
    Path work;

    @Test
    @Tag("slow")
    void aBuildUnderLangCPublishesNonAsciiFileNames() {
        Workspace ws = new Workspace(work);
        ws.drop("café.txt", Inputs.article(1));
        ws.drop("Cần Thơ.txt", Inputs.article(2));
        try (MekongProcess build = MekongProcess.start("build", ws, Map.of(), asciiLocale(Map.of()))) {
            assertThat(build.awaitExit(DEADLINE)).as(build.tail()).isZero();
        }
        assertThat(ws.records()).extracting(a -> a.source().fileName()).containsExactlyInAnyOrder("café.txt", "Cần Thơ.txt");
    }

    @Test
    void withoutAUtf8LocaleItStopsWithAMessageInsteadOfSkippingFiles() {
        Workspace ws = new Workspace(work);
        ws.drop("café.txt", Inputs.article(1));
        // what the child sees when the machine has no C.UTF-8 locale: still ASCII, and a parent
        Map<String, String> child = asciiLocale(Map.of("MEKONG_UTF8_PARENT", Long.toString(ProcessHandle.current().pid())));
        try (MekongProcess build = MekongProcess.start("build", ws, Map.of(), child)) {
            assertThat(build.awaitExit(DEADLINE)).as(build.tail()).isEqualTo(2);
            assertThat(build.output()).contains("mekong: this locale makes Java read file names as ANSI_X3.4-1968, not UTF-8, "
                    + "even with LC_ALL=C.UTF-8 (is that locale installed?)").contains("LC_ALL=C.UTF-8");
        }
        assertThat(ws.recordCount()).isZero();
    }

    private static Map<String, String> asciiLocale(Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("LANG", "C");
        environment.put("LC_ALL", "C");
        environment.put("LC_CTYPE", "");
        return environment;
    }
}
