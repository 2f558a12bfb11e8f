package dev.mekong.reliability;

import dev.mekong.model.Article;
import dev.mekong.model.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs sharing a translationKey are one article: the first read is its source, the others are its
 * human translations, reviewed, never sent to an engine, published as such.
 */
class TranslationKeyTest {

    private static final Map<String, String[]> TEXTS = Map.of(
            "en", new String[]{"Ferry service resumes",
                    "The river ferry between the two market towns started running again on Monday after the flood."},
            "th", new String[]{"เรือข้ามฟากกลับมาให้บริการ",
                    "เรือข้ามฟากระหว่างสองเมืองตลาดกลับมาให้บริการอีกครั้งในวันจันทร์หลังจากน้ำท่วมลดลงแล้ว"},
            "vi", new String[]{"Phà hoạt động trở lại",
                    "Chuyến phà trên sông giữa hai thị trấn chợ đã chạy lại vào thứ Hai sau trận lũ vừa qua."},
            "zh", new String[]{"渡轮恢复运营",
                    "洪水退去后，连接两个集镇的内河渡轮于周一恢复运营，沿岸居民终于可以像往常一样过河赶集了。"});

    @TempDir
    Path work;

    private static byte[] version(String key, String lang, String title) {
        return ("---\ntitle: " + title + "\nlang: " + lang + "\ntranslationKey: " + key + "\ndate: 2025-03-03T08:00:00+07:00\n---\n"
                + TEXTS.get(lang)[1] + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] version(String lang) {
        return version("ferry", lang, TEXTS.get(lang)[0]);
    }

    @Test
    void fourInputsLinkedByKeyAreOneArticleWithTheHumanVersionsReviewedAndNoEngineCall() throws IOException {
        Workspace ws = new Workspace(work);
        for (String lang : TEXTS.keySet()) {
            ws.drop("ferry." + lang + ".md", version(lang));
        }

        Cli.Result result = Cli.run(ws, "build", "--translator", "pseudo");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out()).contains("translation: pseudo: 0 characters sent in 0 requests");
        Article article = ws.records().get(0);
        assertThat(ws.records()).hasSize(1);
        assertThat(article.source().fileName()).isEqualTo("ferry.en.md");
        assertThat(article.versions().get("en").status()).isEqualTo(Version.SOURCE);
        for (String lang : new String[]{"th", "vi", "zh"}) {
            Version version = article.versions().get(lang);
            assertThat(version.status()).isEqualTo(Version.REVIEWED);
            assertThat(version.engine()).isNull();
            assertThat(version.input().fileName()).isEqualTo("ferry." + lang + ".md");
            assertThat(version.title()).isEqualTo(TEXTS.get(lang)[0]);
            String page = Files.readString(ws.page(article, lang));
            assertThat(page).contains(TEXTS.get(lang)[0], TEXTS.get(lang)[1]).doesNotContain("notice machine", "~");
        }
        assertThat(result.err()).doesNotContain("FAILED");
    }

    @Test
    void unchangedVersionsAreSkippedAnEditedOneIsReadAloneAndACopyOfOneIsADuplicate() throws IOException {
        Workspace ws = new Workspace(work);
        for (String lang : TEXTS.keySet()) {
            ws.drop("ferry." + lang + ".md", version(lang));
        }
        assertThat(Cli.run(ws, "build").code()).isZero();

        Cli.Result again = Cli.run(ws, "build");

        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out()).contains("inputs: 4 read: 0 published, 0 quarantined, 0 duplicates skipped; 4 unchanged;")
                .doesNotContain("duplicate of", "site:");

        ws.drop("ferry.vi.md", version("ferry", "vi", "Phà chạy lại từ thứ Hai"));
        Cli.Result edited = Cli.run(ws, "build");

        assertThat(edited.code()).as(edited.all()).isZero();
        assertThat(edited.out()).contains("inputs: 4 read: 1 published, 0 quarantined, 0 duplicates skipped; 3 unchanged;")
                .doesNotContain("duplicate of");
        Article article = ws.records().get(0);
        assertThat(article.versions().get("vi").title()).isEqualTo("Phà chạy lại từ thứ Hai");
        assertThat(Files.readString(ws.page(article, "vi"))).contains("Phà chạy lại từ thứ Hai");

        // a version's bytes under another name are a duplicate of that version's input
        ws.drop("copy.md", Files.readAllBytes(ws.inbox.resolve("ferry.th.md")));
        Cli.Result copy = Cli.run(ws, "build");
        assertThat(copy.out()).contains("copy.md: duplicate of ferry.th.md (article " + article.id() + ", same content)");
        assertThat(ws.records()).hasSize(1);
    }

    @Test
    void anEditedVersionUpdatesItAndADeletedOneReturnsItsLanguageToTranslation() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop("ferry.en.md", version("en"));
        ws.drop("ferry.vi.md", version("vi"));
        assertThat(Cli.run(ws, "build", "--translator", "pseudo").code()).isZero();
        ws.drop("ferry.vi.md", version("ferry", "vi", "Phà chạy lại từ thứ Hai"));

        Cli.Result edited = Cli.run(ws, "build", "--translator", "pseudo");

        assertThat(edited.code()).as(edited.all()).isZero();
        assertThat(edited.out()).as("versions are no duplicates").doesNotContain("duplicate of");
        Article article = ws.records().get(0);
        assertThat(ws.records()).hasSize(1);
        assertThat(article.revision()).isEqualTo(2);
        assertThat(article.versions().get("vi").title()).isEqualTo("Phà chạy lại từ thứ Hai");
        assertThat(Files.readString(ws.page(article, "vi"))).contains("Phà chạy lại từ thứ Hai");

        Files.delete(ws.inbox.resolve("ferry.vi.md"));
        Cli.Result deleted = Cli.run(ws, "build", "--translator", "pseudo");

        assertThat(deleted.code()).as(deleted.all()).isZero();
        assertThat(deleted.out()).contains("ferry.vi.md is no longer in the inbox");
        Version vi = ws.records().get(0).versions().get("vi");
        assertThat(vi.status()).isEqualTo(Version.MACHINE);
        assertThat(vi.engine()).isEqualTo("pseudo");
        assertThat(vi.input()).isNull();
    }

    @Test
    void whenTheSourceIsDeletedAVersionBecomesTheSource() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop("ferry.en.md", version("en"));
        ws.drop("ferry.th.md", version("th"));
        ws.drop("ferry.vi.md", version("vi"));
        assertThat(Cli.run(ws, "build").code()).isZero();
        String slug = ws.records().get(0).slug();

        Files.delete(ws.inbox.resolve("ferry.en.md"));
        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(ws.records()).singleElement().satisfies(a -> {
            assertThat(a.source().fileName()).isEqualTo("ferry.th.md");
            assertThat(a.slug()).as("the URLs stay").isEqualTo(slug);
            assertThat(a.versions().get("th").status()).isEqualTo(Version.SOURCE);
            assertThat(a.versions().get("vi").status()).isEqualTo(Version.REVIEWED);
            assertThat(a.versions().get("en").status()).isEqualTo(Version.UNTRANSLATED);
        });
    }

    @Test
    void twoInputsWithTheSameKeyAndLanguageQuarantineTheLater() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop("ferry.en.md", version("en"));
        ws.drop("ferry.th.md", version("th"));
        ws.drop("ferry2.th.md", version("ferry", "th", "เรือข้ามฟากวิ่งอีกครั้ง"));

        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isEqualTo(1);
        Article article = ws.records().get(0);
        assertThat(ws.records()).hasSize(1);
        assertThat(article.versions().get("th").input().fileName()).isEqualTo("ferry.th.md");
        assertThat(Files.readString(ws.quarantine.resolve("ferry2.th.md.reason.txt"))).contains(
                "reason: its translationKey ferry in language th is already given by ferry.th.md (content/articles/"
                        + article.id() + ".json)");
    }
}
