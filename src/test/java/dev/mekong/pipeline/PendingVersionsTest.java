package dev.mekong.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PendingVersionsTest {

    @TempDir
    Path inbox;

    @Test
    void theLanguagesOtherInputsGiveForTheSameKey() throws IOException {
        write("story.md", "---\ntitle: Rain\ntranslationKey: rain-2026\nlang: en\n---\n\nIt rained.\n");
        write("story.vi.md", "---\ntitle: Mưa\ntranslation_key: \"rain-2026\"\nlanguage: vi-VN\n---\n\nTrời mưa.\n");
        write("story.th.json", "{\"title\": \"ฝน\", \"translationKey\": \"rain-2026\", \"lang\": \"th\", \"body\": \"ฝนตก\"}");
        write("other.zh.md", "---\ntranslationKey: snow-2026\nlang: zh\n---\n\n下雪了。\n");
        write("notes.txt", "translationKey: rain-2026\nlang: zh\n");

        PendingVersions pending = new PendingVersions(inbox);

        assertThat(pending.languages("rain-2026", "story.md")).containsExactlyInAnyOrder("vi", "th");
        assertThat(pending.languages("rain-2026", "story.vi.md")).containsExactlyInAnyOrder("en", "th");
        assertThat(pending.languages("snow-2026", "story.md")).containsExactly("zh");
        assertThat(pending.languages("hail-2026", "story.md")).isEmpty();
    }

    @Test
    void anInputTheJournalOfTheInboxVouchesForWaitsForNothing(@TempDir Path content) throws IOException {
        write("story.md", "---\ntranslationKey: rain-2026\nlang: en\n---\n\nIt rained.\n");
        write("story.vi.md", "---\ntranslationKey: rain-2026\nlang: vi\n---\n\nTrời mưa.\n");
        write("story.th.md", "---\ntranslationKey: rain-2026\nlang: th\n---\n\nฝนตก\n");
        InputIndex index = InputIndex.open(content, RecordFingerprint.of(Map.of()), name -> true);
        index.record(entry("story.vi.md", 0));
        index.record(entry("story.th.md", 1)); // its size changed since: waiting again

        assertThat(new PendingVersions(inbox, index).languages("rain-2026", "story.md")).containsExactly("th");
        assertThat(new PendingVersions(inbox).languages("rain-2026", "story.md")).containsExactlyInAnyOrder("vi", "th");
    }

    /** A journal entry for an input as it is, but for {@code sizeChange}, hashed a minute after its time. */
    private InputIndex.Entry entry(String name, long sizeChange) throws IOException {
        Path file = inbox.resolve(name);
        long modified = Files.getLastModifiedTime(file).toMillis();
        return new InputIndex.Entry(name, Files.size(file) + sizeChange, modified, "sha-" + name, InputIndex.PUBLISHED,
                "a1b2c3d4e5f6", modified + 60_000);
    }

    @Test
    void onlyTheFrontMatterOfMarkdownCounts() throws IOException {
        write("a.md", "---\ntitle: A\n---\n\ntranslationKey: rain-2026\nlang: vi\n");
        write("b.md", "no front matter\ntranslationKey: rain-2026\nlang: th\n");

        assertThat(new PendingVersions(inbox).languages("rain-2026", "c.md")).isEmpty();
    }

    @Test
    void aFileThatLeftTheInboxNoLongerCountsAndANewOneDoes() throws IOException {
        write("story.md", "---\ntranslationKey: rain-2026\nlang: en\n---\n\nIt rained.\n");
        write("story.vi.md", "---\ntranslationKey: rain-2026\nlang: vi\n---\n\nTrời mưa.\n");
        PendingVersions pending = new PendingVersions(inbox);
        assertThat(pending.languages("rain-2026", "story.md")).containsExactly("vi");

        Files.delete(inbox.resolve("story.vi.md"));
        write("story.zh.md", "---\ntranslationKey: rain-2026\nlang: zh\n---\n\n下雨了。\n");

        assertThat(pending.languages("rain-2026", "story.md")).containsExactly("zh");
    }

    @Test
    void eachKeyOfALargeInboxGivesItsOwnLanguages() throws IOException {
        int keys = PendingVersions.LARGE_INBOX;
        for (int i = 0; i < keys; i++) {
            write("story-" + i + ".md", "---\ntranslationKey: k" + i + "\nlang: en\n---\n\nText.\n");
            write("story-" + i + ".th.md", "---\ntranslationKey: k" + i + "\nlang: th\n---\n\nข้อความ\n");
        }
        PendingVersions pending = new PendingVersions(inbox);

        for (int i = 0; i < keys; i++) {
            assertThat(pending.languages("k" + i, "story-" + i + ".md")).as("k" + i).containsExactly("th");
            assertThat(pending.languages("k" + i, "story-" + i + ".th.md")).as("k" + i).containsExactly("en");
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(inbox.resolve(name), text, StandardCharsets.UTF_8);
    }
}
