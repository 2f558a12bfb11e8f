package dev.mekong.reliability;

import dev.mekong.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's identity is its canonical URL: another input claiming it is quarantined with a reason
 * naming the input that holds it, never merged into that article; the same input edited updates it.
 */
class IdentityCollisionTest {

    private static final String URL = "https://news.example/mekong/ferry";

    @TempDir
    Path work;

    private static byte[] json(String title, String url) {
        return ("""
                {"title": "%s", "url": "%s", "language": "en",
                 "body": ["The river ferry between the two market towns started running again on Monday after the flood.",
                          "%s, the district office said, and the boats will run every hour until the rainy season ends."]}
                """.formatted(title, url, title)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void threeInputsClaimingOneCanonicalUrlPublishTheFirstAndQuarantineTheOthers() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop("a.json", json("Ferry service resumes", URL));
        ws.drop("b.json", json("Bridge opens to traffic", URL));
        ws.drop("c.md", """
                ---
                title: School reopens after the flood
                canonical_url: %s
                ---
                The school near the market reopened on Monday after the flood waters went down, the teachers said.

                Parents said the children had missed three weeks of lessons and were glad to be back in class.
                """.formatted(URL).getBytes(StandardCharsets.UTF_8));

        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isEqualTo(1);
        List<Article> records = ws.records();
        assertThat(records).singleElement().satisfies(a -> {
            assertThat(a.source().fileName()).isEqualTo("a.json");
            assertThat(a.title()).isEqualTo("Ferry service resumes");
        });
        for (String other : List.of("b.json", "c.md")) {
            assertThat(ws.quarantine.resolve(other)).exists();
            assertThat(Files.readString(ws.quarantine.resolve(other + ".reason.txt"))).contains("reason: its canonical URL "
                    + URL + " is already the identity of the article from a.json (content/articles/" + records.get(0).id() + ".json)");
            assertThat(result.err()).contains("FAILED " + other + ": its canonical URL " + URL);
        }
    }

    @Test
    void theSameInputEditedUpdatesItsArticle() {
        Workspace ws = new Workspace(work);
        ws.drop("a.json", json("Ferry service resumes", URL));
        assertThat(Cli.run(ws, "build").code()).isZero();
        ws.drop("a.json", json("Ferry service resumes on Monday", URL));

        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(ws.records()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Ferry service resumes on Monday");
            assertThat(a.revision()).isEqualTo(2);
        });
        assertThat(ws.quarantine).doesNotExist();
    }

    @Test
    void anInputClaimingAStoredArticlesUrlInALaterBuildIsQuarantined() {
        Workspace ws = new Workspace(work);
        ws.drop("a.json", json("Ferry service resumes", URL));
        assertThat(Cli.run(ws, "build").code()).isZero();
        ws.drop("b.json", json("Bridge opens to traffic", URL));

        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isEqualTo(1);
        assertThat(ws.records()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Ferry service resumes"));
        assertThat(ws.quarantine.resolve("b.json.reason.txt")).exists();
    }

    @Test
    void theSameBytesUnderAnotherNameStayADuplicateNotACollision() {
        Workspace ws = new Workspace(work);
        ws.drop("a.json", json("Ferry service resumes", URL));
        ws.drop("copy.json", json("Ferry service resumes", URL));

        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(ws.records()).singleElement().satisfies(a -> assertThat(a.source().fileName()).isEqualTo("a.json"));
        assertThat(result.out()).contains("warning: copy.json: duplicate of a.json");
        assertThat(ws.quarantine).doesNotExist();
    }
}
