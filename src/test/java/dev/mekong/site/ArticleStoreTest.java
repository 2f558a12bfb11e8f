package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleStoreTest {

    @TempDir
    Path content;

    private static Article article(String file, String sha, String title, String body) {
        return Article.extracted(new Source(file, sha, "txt", "UTF-8", 10),
                        new Metadata(title, "2025-01-19T23:21:00+08:00", "中国新闻网", List.of("刘育英"), null,
                                List.of("财经", "经济观察"), null, null),
                        List.of(Block.paragraph(body)), List.of(new Removed("首页 » 财经", "breadcrumb")))
                .withLanguage(new Language("zh-Hans", 0.99), List.of(Block.paragraph(body)))
                .withVersions(Map.of("zh", new Version(Version.SOURCE, null, "zh-Hans", title, List.of(Block.paragraph(body)))));
    }

    @Test
    void newArticleGetsIdSlugAndFirstRevision() {
        Article stored = new ArticleStore(content).save(article("a.txt", "s1", "Hello World", "x"));

        assertThat(stored.id()).matches("[0-9a-f]{12}");
        assertThat(stored.slug()).isEqualTo(Slugs.slug("Hello World", stored.id())).startsWith("hello-world-");
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(content.resolve("articles/" + stored.id() + ".json")).exists();
    }

    @Test
    void recordRoundTripsThroughJson() {
        ArticleStore store = new ArticleStore(content);
        Article stored = store.save(article("a.txt", "s1", "中国—东盟", "正文"));

        assertThat(store.find(stored.id())).contains(stored);
        assertThat(store.all()).containsExactly(stored);
    }

    @Test
    void editedInputKeepsIdAndSlugAndBumpsRevision() {
        ArticleStore store = new ArticleStore(content);
        Article first = store.save(article("a.txt", "s1", "Old title", "x"));
        Article second = store.save(article("a.txt", "s2", "A new title", "y"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.slug()).isEqualTo(first.slug());
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.blocks()).containsExactly(Block.paragraph("y"));
    }

    @Test
    void unchangedInputIsNotRewritten() throws Exception {
        ArticleStore store = new ArticleStore(content);
        Article first = store.save(article("a.txt", "s1", "Title", "x"));
        Path file = content.resolve("articles/" + first.id() + ".json");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);

        Article again = store.save(article("a.txt", "s1", "Title", "x"));

        assertThat(again.revision()).isEqualTo(1);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void differentInputsGetDifferentIds() {
        ArticleStore store = new ArticleStore(content);
        assertThat(store.save(article("a.txt", "s", "T", "x")).id())
                .isNotEqualTo(store.save(article("b.txt", "s", "T", "x")).id());
        assertThat(store.all()).hasSize(2);
    }

    @Test
    void aStartLearnsEachRecordsInputsFromTheJournalWithoutReadingTheRecord() throws Exception {
        ArticleStore store = new ArticleStore(content);
        Article stored = store.save(withSuppliedEnglish(article("a.txt", "s1", "标题", "正文")));
        Path record = content.resolve("articles/" + stored.id() + ".json");
        // the record's bytes replaced by garbage of the same size, its time kept: a start that read it would fail
        FileTime time = Files.getLastModifiedTime(record);
        Files.write(record, "x".repeat((int) Files.size(record)).getBytes());
        Files.setLastModifiedTime(record, time);

        ArticleStore restarted = new ArticleStore(content);
        List<StoredInputs> inputs = restarted.open();

        assertThat(inputs).containsExactly(new StoredInputs(stored.id(), stored.source(),
                Map.of("en", stored.versions().get("en").input())));
        assertThat(restarted.idOfContent("s1")).contains(stored.id());
        assertThat(restarted.idOfContent("s9")).contains(stored.id());
    }

    @Test
    void aRecordChangedSinceItsJournalLineIsReadAndACorruptOneFailsTheStartNamingIt() throws Exception {
        ArticleStore store = new ArticleStore(content);
        Article stored = store.save(article("a.txt", "s1", "Title", "x"));
        Path record = content.resolve("articles/" + stored.id() + ".json");
        Files.writeString(record, "{ not a record");

        assertThatThrownBy(() -> new ArticleStore(content).open())
                .hasMessageContaining("corrupt article record").hasMessageContaining(stored.id() + ".json");
    }

    @Test
    void aLostOrGarbledJournalOnlyMeansTheRecordsAreReadAndItIsWrittenAfresh() throws Exception {
        ArticleStore store = new ArticleStore(content);
        Article first = store.save(article("a.txt", "s1", "One", "x"));
        Article second = store.save(article("b.txt", "s2", "Two", "y"));
        Path journal = content.resolve(InputsJournal.FILE_NAME);
        Files.writeString(journal, "{\"id\": \"" + first.id() + "\", \"size\": 3\n{cut short");

        List<StoredInputs> inputs = new ArticleStore(content).open();

        assertThat(inputs).extracting(StoredInputs::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(Files.readAllLines(journal)).hasSize(2);
        Files.delete(journal);
        assertThat(new ArticleStore(content).open()).isEqualTo(inputs);
    }

    @Test
    void theJournalKeepsOneLinePerRecordAfterAStart() throws Exception {
        ArticleStore store = new ArticleStore(content);
        Article kept = null;
        for (int edit = 0; edit < 5; edit++) {
            kept = store.save(article("a.txt", "s" + edit, "Title " + edit, "x" + edit));
        }
        Article retired = store.save(article("b.txt", "t", "Gone", "y"));
        store.retire(retired);
        Path journal = content.resolve(InputsJournal.FILE_NAME);
        assertThat(Files.readAllLines(journal)).hasSize(6);

        List<StoredInputs> inputs = new ArticleStore(content).open();

        assertThat(inputs).containsExactly(StoredInputs.of(kept));
        assertThat(Files.readAllLines(journal)).hasSize(1);
    }

    @Test
    void aDeferringStoreWritesTheRecordLastStoredOnlyWhenAnotherArticleIsStoredOrItIsFlushed() throws Exception {
        ArticleStore store = new ArticleStore(content, true);
        Article first = store.save(article("a.txt", "s1", "Old title", "x"));
        Article edited = store.save(article("a.txt", "s2", "A new title", "y"));
        Path record = content.resolve("articles/" + first.id() + ".json");

        assertThat(record).doesNotExist();
        assertThat(store.find(first.id())).contains(edited);
        assertThat(edited.revision()).isEqualTo(2);
        assertThat(store.idOfContent("s2")).contains(first.id());

        Article other = store.save(article("b.txt", "t1", "Other", "z"));
        Path otherRecord = content.resolve("articles/" + other.id() + ".json");

        assertThat(record).exists();
        assertThat(new ArticleStore(content).find(first.id())).contains(edited);
        assertThat(otherRecord).doesNotExist();
        assertThat(Files.readAllLines(content.resolve(InputsJournal.FILE_NAME))).hasSize(1);

        store.flush();

        assertThat(new ArticleStore(content).find(other.id())).contains(other);
        assertThat(new ArticleStore(content).open()).containsExactlyInAnyOrder(StoredInputs.of(edited), StoredInputs.of(other));
    }

    @Test
    void whatWaitsForARecordToBeWrittenRunsOnceItIsOnDisk() {
        ArticleStore store = new ArticleStore(content, true);
        List<String> ran = new java.util.ArrayList<>();
        Article first = store.save(article("a.txt", "s1", "First", "x"));
        Path record = content.resolve("articles/" + first.id() + ".json");

        store.whenWritten(first.id(), () -> ran.add("a on disk: " + Files.exists(record)));
        store.whenWritten("another", () -> ran.add("another at once"));
        assertThat(ran).containsExactly("another at once");

        store.save(article("b.txt", "t1", "Second", "y"));
        assertThat(ran).containsExactly("another at once", "a on disk: true");

        new ArticleStore(content).whenWritten(first.id(), () -> ran.add("a store writing at once"));
        assertThat(ran).endsWith("a store writing at once");
    }

    @Test
    void aDeferringStoreWritesWhatWaitsBeforeReadingEveryRecordOrRetiring() {
        ArticleStore store = new ArticleStore(content, true);
        Article kept = store.save(article("a.txt", "s1", "Kept", "x"));

        assertThat(store.all()).containsExactly(kept);

        Article retired = store.save(article("b.txt", "t1", "Gone", "y"));
        store.retire(retired);

        assertThat(content.resolve("articles/" + retired.id() + ".json")).doesNotExist();
        assertThat(content.resolve("retired/" + retired.id() + ".json")).exists();
        assertThat(store.find(retired.id())).isEmpty();
    }

    private static Article withSuppliedEnglish(Article article) {
        Map<String, Version> versions = new TreeMap<>(article.versions());
        versions.put("en", new Version(Version.SOURCE, null, "en", "Title", List.of(Block.paragraph("Body")),
                new Source("a.en.txt", "s9", "txt", "UTF-8", 12)));
        return article.withVersions(versions);
    }
}
