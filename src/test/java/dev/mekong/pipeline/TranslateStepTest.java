package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import dev.mekong.site.ArticleStore;
import dev.mekong.translate.Translator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TranslateStepTest {

    private static final List<String> LANGUAGES = List.of("en", "vi", "th");

    @TempDir
    Path work;

    private ArticleStore store;
    private final AtomicInteger inboxLooks = new AtomicInteger();
    private TranslateStep step;

    @BeforeEach
    void setUp() throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        store = new ArticleStore(work.resolve("content"));
        PendingVersions pending = new PendingVersions(inbox) {
            @Override
            public synchronized Set<String> languages(String key, String except) {
                inboxLooks.incrementAndGet();
                return super.languages(key, except);
            }
        };
        Translator never = new Translator() {
            @Override
            public String name() {
                return "never";
            }

            @Override
            public Version translate(Article article, String target) {
                throw new AssertionError("prepare translates nothing");
            }
        };
        step = new TranslateStep(never, LANGUAGES, store, pending);
    }

    @Test
    void aSourceWhoseVersionsAreWaitingInTheInboxGetsThemAsUntranslatedPlaceholders() throws IOException {
        Files.writeString(work.resolve("inbox/rain.vi.md"), "---\ntranslationKey: rain\nlang: vi\n---\n\nTrời mưa.\n");

        Article prepared = step.prepare(input("rain.en.md", "en", "It rained."));

        assertThat(inboxLooks).hasValue(1);
        assertThat(prepared.versions()).containsOnlyKeys("vi");
        assertThat(prepared.versions().get("vi").status()).isEqualTo(Version.UNTRANSLATED);
    }

    @Test
    void anEditedSourceWhoseEveryOtherLanguageIsSuppliedKeepsThemWithoutLookingAtTheInbox() {
        store.save(input("rain.en.md", "en", "It rained."));
        store.save(input("rain.vi.md", "vi", "Trời mưa."));
        store.save(input("rain.th.md", "th", "ฝนตก"));
        inboxLooks.set(0);

        Article prepared = step.prepare(input("rain.en.md", "en", "It rained all day."));

        assertThat(inboxLooks).hasValue(0);
        assertThat(prepared.versions()).containsOnlyKeys("vi", "th");
        assertThat(prepared.versions().get("th").blocks()).containsExactly(Block.paragraph("ฝนตก"));
        assertThat(prepared.versions().get("vi").isSupplied()).isTrue();
    }

    @Test
    void anEditedSourceWithALanguageNotSuppliedStillLooksAtTheInbox() {
        store.save(input("rain.en.md", "en", "It rained."));
        store.save(input("rain.vi.md", "vi", "Trời mưa."));
        inboxLooks.set(0);

        Article prepared = step.prepare(input("rain.en.md", "en", "It rained all day."));

        assertThat(inboxLooks).hasValue(1);
        assertThat(prepared.versions()).containsOnlyKeys("vi");
    }

    private static Article input(String file, String language, String text) {
        Metadata meta = new Metadata("Rain " + language, "2026-01-05T08:00:00+07:00", null, null, null, null, null, null,
                List.of(), false, "rain");
        return Article.extracted(new Source(file, "sha-" + file + text.length(), "md", "UTF-8", text.length()), meta,
                        List.of(Block.paragraph(text)), List.of())
                .withLanguage(new Language(language, 0.99), List.of(Block.paragraph(text)));
    }
}
