package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An inbox under version control: deleting an input takes its article off the site at the next build. */
class RemovedInputTest {

    @TempDir
    Path work;

    @Test
    void deletedInputLosesItsPagesToARemovedPageAndKeepsItsRecord() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work).withSeeds();
        assertThat(fixture.run("build").code()).isZero();
        List<Article> before = new ArticleStore(fixture.content).all();
        Article gone = before.stream().filter(a -> a.source().fileName().startsWith("004_")).findFirst().orElseThrow();
        Article kept = before.stream().filter(a -> a.source().fileName().startsWith("000_")).findFirst().orElseThrow();
        assertThat(fixture.site.resolve("zh/articles/" + gone.slug() + ".html")).exists();

        Files.delete(fixture.inbox.resolve(gone.source().fileName()));
        PipelineFixture.Result result = fixture.run("build");

        assertThat(result.code()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains(gone.source().fileName() + " is no longer in the inbox");
        assertThat(new ArticleStore(fixture.content).all()).hasSize(before.size() - 1).doesNotContain(gone);
        assertThat(fixture.content.resolve("retired/" + gone.id() + ".json")).exists();
        for (String language : List.of("zh", "en", "vi", "th")) {
            // its old URL answers with a "removed" page, kept out of search engines
            String removed = Files.readString(fixture.site.resolve(language + "/articles/" + gone.slug() + ".html"));
            assertThat(removed).contains("<meta name=\"robots\" content=\"noindex\">").doesNotContain(gone.title());
            assertThat(fixture.site.resolve(language + "/articles/" + kept.slug() + ".html")).exists();
            assertThat(Files.readString(fixture.site.resolve(language + "/index.html"))).doesNotContain(gone.slug());
        }
    }

    @Test
    void anInputRenamedInTheInboxMovesItsArticleAndTheOldUrlRedirects() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work).withSeeds();
        assertThat(fixture.run("build").code()).isZero();
        Article old = new ArticleStore(fixture.content).all().stream()
                .filter(a -> a.source().fileName().startsWith("004_")).findFirst().orElseThrow();
        String renamedName = "renamed-" + old.source().fileName();
        Files.move(fixture.inbox.resolve(old.source().fileName()), fixture.inbox.resolve(renamedName));

        PipelineFixture.Result result = fixture.run("build");

        assertThat(result.code()).as(result.out() + result.err()).isZero();
        Article renamed = new ArticleStore(fixture.content).all().stream()
                .filter(a -> a.source().fileName().equals(renamedName)).findFirst().orElseThrow();
        assertThat(renamed.slug()).isNotEqualTo(old.slug());
        for (String language : List.of("zh", "en", "vi", "th")) {
            assertThat(Files.readString(fixture.site.resolve(language + "/articles/" + old.slug() + ".html")))
                    .contains("<meta http-equiv=\"refresh\" content=\"0; url=../../" + language + "/articles/" + renamed.slug() + ".html\">");
        }
    }
}
