package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Language;
import dev.mekong.model.Metadata;
import dev.mekong.model.Sha256;
import dev.mekong.model.Source;
import dev.mekong.model.Version;
import dev.mekong.site.ArticleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UnchangedInputsTest {

    private static final RecordFingerprint SETTINGS = RecordFingerprint.of(Map.of("mekong.languages", "zh,en"));

    @TempDir
    Path work;

    private Path inbox;
    private Path content;
    private ArticleStore store;
    private RunLog log;
    private int reads;

    @BeforeEach
    void folders() throws IOException {
        inbox = Files.createDirectories(work.resolve("inbox"));
        content = work.resolve("content");
        store = new ArticleStore(content);
        log = new RunLog();
    }

    /** A process's memory over the journal as it is on disk now (a fresh start). */
    private UnchangedInputs start(RecordFingerprint settings, boolean translating) {
        return new UnchangedInputs(InputIndex.open(content, settings, name -> Files.exists(inbox.resolve(name))),
                store, log, translating, () -> reads++);
    }

    private UnchangedInputs start() {
        return start(SETTINGS, false);
    }

    private Path input(String name, String text) throws IOException {
        return Files.writeString(inbox.resolve(name), text);
    }

    /** Stores the article the pipeline would make of an input, with the version statuses given. */
    private Article store(Path input, String... statuses) throws IOException {
        byte[] bytes = Files.readAllBytes(input);
        String sha = Sha256.hex(bytes);
        Map<String, Version> versions = statuses.length == 0
                ? Map.of("en", new Version(Version.SOURCE, null, "en", "T", List.of()))
                : Map.of("en", new Version(Version.SOURCE, null, "en", "T", List.of()),
                        "zh", new Version(statuses[0], null, "en", "T", List.of()));
        return store.save(Article.extracted(new Source(input.getFileName().toString(), sha, "txt", "UTF-8", bytes.length),
                        new Metadata("T", null, null, List.of(), null, List.of(), null, null), List.of(Block.paragraph("x")), List.of())
                .withLanguage(new Language("en", 0.99), List.of(Block.paragraph("x")))
                .withVersions(versions));
    }

    @Test
    void aFileReadByThisProcessIsSkippedUntilItsContentChanges() throws Exception {
        Path file = input("a.txt", "one");
        UnchangedInputs inputs = start();

        assertThat(inputs.contains(file.toString())).isFalse();
        assertThat(inputs.add(file.toString())).isTrue();
        assertThat(inputs.contains(file.toString())).isTrue();

        Files.writeString(file, "two, longer");
        assertThat(inputs.contains(file.toString())).isFalse();
        assertThat(inputs.add(file.toString())).isTrue();
        assertThat(inputs.contains(file.toString())).isTrue();
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void aVanishedFileIsNotHandled() throws Exception {
        Path file = input("a.txt", "one");
        UnchangedInputs inputs = start();
        inputs.add(file.toString());
        Files.delete(file);

        assertThat(inputs.contains(file.toString())).isFalse();
    }

    @Test
    void aStoredInputIsSkippedByTheNextProcessAndCountedAsUnchanged() throws Exception {
        Path file = input("a.txt", "one");
        Article article = store(file);
        start().add(file.toString());

        UnchangedInputs next = start();

        assertThat(next.contains(file.toString())).isTrue();
        assertThat(log.unchangedCount()).isEqualTo(1);
        assertThat(next.contains(file.toString())).as("asked again on the next poll").isTrue();
        assertThat(log.unchangedCount()).as("counted once").isEqualTo(1);
        String journal = Files.readString(content.resolve(InputIndex.FILE_NAME));
        assertThat(journal).contains("\"file\":\"a.txt\"", "\"outcome\":\"published\"", "\"article\":\"" + article.id() + "\"",
                "\"size\":3");
    }

    @Test
    void anEntryIsWrittenOnlyForARecordAlreadyStored() throws Exception {
        Path file = input("a.txt", "one");
        UnchangedInputs inputs = start();

        // confirmed before its record was stored (the order a crash could leave): nothing vouches for it
        inputs.add(file.toString());
        assertThat(start().contains(file.toString())).isFalse();

        store(file);
        assertThat(start().contains(file.toString())).as("the record alone does not vouch").isFalse();
    }

    @Test
    void anEditedInputIsReadAgainAndItsEntryReplaced() throws Exception {
        Path file = input("a.txt", "one");
        store(file);
        start().add(file.toString());
        Files.writeString(file, "one, edited");

        UnchangedInputs next = start();
        assertThat(next.contains(file.toString())).isFalse();
        store(file);
        next.add(file.toString());

        assertThat(start().contains(file.toString())).isTrue();
    }

    @Test
    void aRecordGoneFromTheStoreIsMadeAgain() throws Exception {
        Path file = input("a.txt", "one");
        Article article = store(file);
        start().add(file.toString());
        Files.delete(content.resolve("articles").resolve(article.id() + ".json"));
        store = new ArticleStore(content);

        assertThat(start().contains(file.toString())).isFalse();
    }

    @Test
    void changedSettingsForgetEveryEntry() throws Exception {
        Path file = input("a.txt", "one");
        store(file);
        start().add(file.toString());

        RecordFingerprint other = RecordFingerprint.of(Map.of("mekong.languages", "zh,en,vi"));
        assertThat(start(other, false).contains(file.toString())).isFalse();
        assertThat(start().contains(file.toString())).as("forgotten for good, not only under the other settings").isFalse();
    }

    @Test
    void quarantinedOrFlaggedInputsAndIncompleteTranslationsGetNoEntry() throws Exception {
        Path quarantined = input("q.txt", "bad");
        Path untranslated = input("u.txt", "u");
        Path partial = input("p.txt", "p");
        store(quarantined); // an earlier revision stood; this time it was quarantined
        store(untranslated, Version.UNTRANSLATED);
        store(partial, Version.PARTIAL);
        UnchangedInputs inputs = start(SETTINGS, true);
        inputs.readAgainNextRun("q.txt");
        for (Path file : List.of(quarantined, untranslated, partial)) {
            inputs.add(file.toString());
        }

        UnchangedInputs next = start(SETTINGS, true);
        for (Path file : List.of(quarantined, untranslated, partial)) {
            assertThat(next.contains(file.toString())).as(file.getFileName().toString()).isFalse();
        }
        assertThat(log.unchangedCount()).isZero();
    }

    @Test
    void untranslatedVersionsAreCompleteWithoutATranslator() throws Exception {
        Path file = input("u.txt", "u");
        store(file, Version.UNTRANSLATED);
        start().add(file.toString());

        assertThat(start().contains(file.toString())).isTrue();
    }

    @Test
    void aDuplicateIsSkippedWithItsWarningWhileItsOriginalStands() throws Exception {
        Path original = input("a.txt", "same");
        Path copy = input("b.txt", "same");
        Article article = store(original);
        UnchangedInputs inputs = start();
        inputs.add(original.toString());
        inputs.add(copy.toString());

        assertThat(start().contains(copy.toString())).isTrue();
        assertThat(log.warnings()).containsExactly("b.txt: duplicate of a.txt (article " + article.id()
                + ", same content); not published again");
        assertThat(log.unchangedCount()).isEqualTo(1);

        store.retire(article);
        assertThat(start().contains(copy.toString())).as("its original retired: read again").isFalse();
    }

    @Test
    void aLineCutShortByACrashIsIgnoredAndTheJournalCompacted() throws Exception {
        Path a = input("a.txt", "one");
        Path b = input("b.txt", "two");
        store(a);
        store(b);
        UnchangedInputs inputs = start();
        inputs.add(a.toString());
        inputs.add(b.toString());
        Path journal = content.resolve(InputIndex.FILE_NAME);
        String whole = Files.readString(journal);
        Files.writeString(journal, whole.substring(0, whole.length() - 20)); // b's line cut short

        UnchangedInputs next = start();
        assertThat(next.contains(a.toString())).isTrue();
        assertThat(next.contains(b.toString())).isFalse();
        assertThat(Files.readAllLines(journal)).hasSize(2); // the settings and a's entry, the broken line gone
    }

    @Test
    void aDeletedJournalMeansEverythingIsReadAgain() throws Exception {
        Path file = input("a.txt", "one");
        store(file);
        start().add(file.toString());
        Files.delete(content.resolve(InputIndex.FILE_NAME));

        assertThat(start().contains(file.toString())).isFalse();
    }

    @Test
    void entriesOfInputsGoneFromTheInboxAreDropped() throws Exception {
        Path file = input("a.txt", "one");
        store(file);
        start().add(file.toString());
        Files.delete(file);

        start();
        assertThat(Files.readString(content.resolve(InputIndex.FILE_NAME), StandardCharsets.UTF_8)).doesNotContain("a.txt");
        Files.writeString(file, "one", StandardOpenOption.CREATE);
        assertThat(start().contains(file.toString())).isFalse();
    }

    @Test
    void anInputHashedWellAfterItsTimeIsVouchedForByItsSizeAndTimeWithoutHashing() throws Exception {
        // other bytes of the same size under the same time (cp -p): the journal's size and time vouch, unread
        Path file = storedThenReplacedKeepingSizeAndTime(FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        assertThat(start().contains(file.toString())).isTrue();
        assertThat(log.unchangedCount()).isEqualTo(1);
    }

    @Test
    void anInputWhoseTimeIsNotWellBeforeItsHashingIsHashedAgain() throws Exception {
        // a time after the hashing: not settled when hashed
        Path file = storedThenReplacedKeepingSizeAndTime(FileTime.from(Instant.now().plus(Duration.ofHours(1))));

        assertThat(start().contains(file.toString())).isFalse();
    }

    @Test
    void anInputHashedAgainIsNotedAsSeenSoThatTheNextRunNeedNotHashIt() throws Exception {
        // first hashed before its time was settled (a time a second ahead), then touched back an hour
        Path file = input("a.txt", "one");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plus(Duration.ofSeconds(1))));
        store(file);
        start().add(file.toString());
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Files.setLastModifiedTime(file, hourAgo);
        assertThat(start().contains(file.toString())).isTrue(); // hashed again: the same bytes

        // other bytes of the same size under that time: the entry noted by the hashing above vouches, unread
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, hourAgo);
        assertThat(start().contains(file.toString())).isTrue();
    }

    @Test
    void anInboxWhoseEveryFileTheJournalVouchesForHasNothingUnvouched() throws Exception {
        Path a = settled(input("a.txt", "one"));
        Path b = settled(input("b.txt", "two"));
        store(a);
        store(b);
        UnchangedInputs first = start();
        first.add(a.toString());
        first.add(b.toString());
        Files.createDirectories(inbox.resolve("story_files"));
        Files.writeString(inbox.resolve(".hidden"), "x");
        Files.writeString(inbox.resolve("b.txt.part"), "x");

        assertThat(start().anyUnvouched(InboxListing.of(inbox), name -> name.endsWith(".part"))).isFalse();
    }

    @Test
    void aNewAnEditedOrAVanishedFileIsUnvouched() throws Exception {
        Path a = settled(input("a.txt", "one"));
        store(a);
        start().add(a.toString());

        Path b = input("b.txt", "new");
        assertThat(start().anyUnvouched(InboxListing.of(inbox), name -> false)).as("new").isTrue();
        Files.delete(b);
        Files.writeString(a, "one, edited");
        assertThat(start().anyUnvouched(InboxListing.of(inbox), name -> false)).as("edited").isTrue();
        UnchangedInputs before = start();
        Files.delete(a);
        assertThat(before.anyUnvouched(InboxListing.of(inbox), name -> false)).as("vanished").isTrue();
    }

    @Test
    void aFileHashedTooSoonAfterItsTimeIsReadToTellWhetherItChanged() throws Exception {
        // a time a second ahead: its entry cannot vouch for it by size and time
        FileTime ahead = FileTime.from(Instant.now().plus(Duration.ofSeconds(1)));
        Path a = input("a.txt", "one");
        Files.setLastModifiedTime(a, ahead);
        store(a);
        start().add(a.toString());

        assertThat(start().anyUnvouched(InboxListing.of(inbox), name -> false)).as("the same bytes").isFalse();
        Files.writeString(a, "two");
        Files.setLastModifiedTime(a, ahead);
        assertThat(start().anyUnvouched(InboxListing.of(inbox), name -> false)).as("other bytes, same size and time").isTrue();
    }

    /** The file with a time well before now, so that a hashing now vouches for it. */
    private static Path settled(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return file;
    }

    /** An input with this time, stored and confirmed, then given other bytes of its size under the same time. */
    private Path storedThenReplacedKeepingSizeAndTime(FileTime time) throws IOException {
        Path file = input("a.txt", "one");
        Files.setLastModifiedTime(file, time);
        store(file);
        start().add(file.toString());
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, time);
        return file;
    }
}
