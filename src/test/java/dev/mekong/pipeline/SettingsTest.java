package dev.mekong.pipeline;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    private static Map<String, String> defaults() {
        Map<String, String> p = new HashMap<>();
        p.put("mekong.inbox", "inbox");
        p.put("mekong.site", "site");
        p.put("mekong.content", "content");
        p.put("mekong.quarantine", "quarantine");
        p.put("mekong.archive", "archive");
        p.put("mekong.keep-inputs", "true");
        p.put("mekong.languages", "zh, en,vi,th");
        p.put("mekong.translator", "none");
        p.put("mekong.max-input-bytes", "1000");
        p.put("mekong.language.min-confidence", "0.5");
        p.put("mekong.language.quarantine-uncertain", "false");
        p.put("mekong.inbox-ignore", "*.part, ~$*");
        p.put("mekong.max-html-depth", "1000");
        p.put("mekong.max-paragraph-chars", "50000");
        p.put("mekong.max-category-depth", "10");
        p.put("mekong.max-category-chars", "200");
        p.put("mekong.max-tags", "20");
        p.put("mekong.max-tag-chars", "100");
        p.put("mekong.retire.max-share", "0.5");
        p.put("mekong.retire.min-count", "3");
        p.put("mekong.retire.allow-mass", "false");
        p.put("mekong.ingest.standby", "true");
        p.put("mekong.ingest.standby-poll-ms", "1500");
        return p;
    }

    @Test
    void readsEveryKey() {
        Settings s = Settings.from(defaults()::get);
        assertThat(s.languages()).containsExactly("zh", "en", "vi", "th");
        assertThat(s.inbox()).isEqualTo(Path.of("inbox").toAbsolutePath());
        assertThat(s.keepInputs()).isTrue();
        assertThat(s.maxInputBytes()).isEqualTo(1000);
        assertThat(s.inboxIgnore()).containsExactly("*.part", "~$*");
        assertThat(s.maxCategoryDepth()).isEqualTo(10);
        assertThat(s.maxCategoryChars()).isEqualTo(200);
        assertThat(s.maxTags()).isEqualTo(20);
        assertThat(s.maxTagChars()).isEqualTo(100);
        assertThat(s.standby()).isTrue();
        assertThat(s.standbyPollMillis()).isEqualTo(1500);
    }

    @Test
    void badValuesNameTheKey() {
        for (var bad : List.of(Map.entry("mekong.keep-inputs", "yes"), Map.entry("mekong.max-input-bytes", "-3"),
                Map.entry("mekong.language.min-confidence", "2"), Map.entry("mekong.languages", " , "))) {
            Map<String, String> p = defaults();
            p.put(bad.getKey(), bad.getValue());
            assertThatThrownBy(() -> Settings.from(p::get)).hasMessageContaining(bad.getKey());
        }
        Map<String, String> p = defaults();
        p.remove("mekong.site");
        assertThatThrownBy(() -> Settings.from(p::get)).hasMessage("missing configuration key mekong.site");
    }
}
