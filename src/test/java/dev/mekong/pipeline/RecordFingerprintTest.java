package dev.mekong.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordFingerprintTest {

    @TempDir
    Path work;

    private static final Map<String, String> BASE = Map.of("mekong.languages", "zh,en,vi,th", "mekong.translator", "none",
            "mekong.inbox", "inbox", "mekong.translate.timeout-ms", "30000");

    private static RecordFingerprint with(String key, String value) {
        Map<String, String> settings = new HashMap<>(BASE);
        settings.put(key, value);
        return RecordFingerprint.of(settings);
    }

    @Test
    void settingsThatShapeRecordsChangeItAndAreNamed() {
        RecordFingerprint base = RecordFingerprint.of(BASE);

        assertThat(with("mekong.languages", "zh,en").hash()).isNotEqualTo(base.hash());
        assertThat(with("mekong.languages", "zh,en").changedSince(base)).containsExactly("mekong.languages");
        assertThat(with("mekong.translator", "pseudo").changedSince(base)).containsExactly("mekong.translator");
        assertThat(with("mekong.translate.openai.model", "other").changedSince(base)).containsExactly("mekong.translate.openai.model");
        assertThat(with("mekong.some-new-setting", "x").changedSince(base)).as("unknown keys count").containsExactly("mekong.some-new-setting");
    }

    @Test
    void foldersPollingAndHowEnginesAreCalledDoNot() {
        RecordFingerprint base = RecordFingerprint.of(BASE);

        for (String key : new String[]{"mekong.inbox", "mekong.site", "mekong.site.base-url", "mekong.site.taxonomy", "mekong.mode", "mekong.mode-keeps-inputs",
                "mekong.keep-inputs", "mekong.poll-delay", "mekong.read-lock-timeout", "mekong.translate.timeout-ms",
                "mekong.translate.deepl.api-key", "mekong.translate.budget-chars", "mekong.translate.dry-run", "mekong.test.pause-at",
                "mekong.workers", "mekong.stage.article", "mekong.stage.render", "mekong.render.max-delay-ms",
                "mekong.ingest.standby", "mekong.transport", "mekong.jms.url"}) {
            assertThat(with(key, "other").hash()).as(key).isEqualTo(base.hash());
        }
    }

    @Test
    void theImageCaptureKeysAmongTheSiteKeysDo() {
        RecordFingerprint base = RecordFingerprint.of(BASE);
        for (String key : new String[]{"mekong.site.copy-images", "mekong.site.fetch-images", "mekong.site.image-fetch-timeout-ms",
                "mekong.site.image-max-bytes", "mekong.site.image-max-pixels"}) {
            assertThat(with(key, "other").changedSince(base)).as(key).containsExactly(key);
        }
        assertThat(with("mekong.site.image-widths", "320").hash()).as("widths: the site's, not the records'")
                .isEqualTo(base.hash());
    }

    @Test
    void filesNamedBySettingsCountByTheirBytes() throws IOException {
        Path glossary = Files.writeString(work.resolve("terms.csv"), "Mekong,湄公河\n");
        RecordFingerprint before = with("mekong.translate.glossaries", glossary.toString());
        assertThat(with("mekong.translate.glossaries", glossary.toString()).hash()).isEqualTo(before.hash());

        Files.writeString(glossary, "Mekong,湄公\n");
        assertThat(with("mekong.translate.glossaries", glossary.toString()).changedSince(before))
                .containsExactly("mekong.translate.glossaries");
    }
}
