package dev.mekong.reliability;

import dev.mekong.model.Article;
import dev.mekong.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A draft is stored but never published until it is no longer one; an embargoed article is published when due. */
class DraftAndEmbargoTest {

    @TempDir
    Path work;

    private static byte[] markdown(String frontMatter) {
        return ("---\ntitle: Ferry service resumes\nlang: en\n" + frontMatter + "---\n"
                + "The river ferry between the two market towns started running again on Monday after the flood.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String everyPage(Workspace ws) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : Workspace.files(ws.site)) {
            all.append(Files.readString(file, StandardCharsets.ISO_8859_1));
        }
        return all.toString();
    }

    @Test
    void aDraftIsStoredNeverPublishedAndPublishedOnceNoLongerADraft() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop("ferry.md", markdown("draft: true\n"));

        Cli.Result draft = Cli.run(ws, "build");

        assertThat(draft.code()).as(draft.all()).isZero();
        Article stored = ws.records().get(0);
        assertThat(stored.meta().draft()).isTrue();
        assertThat(ws.page(stored, "en")).doesNotExist();
        assertThat(everyPage(ws)).doesNotContain(stored.slug(), "Ferry service resumes");

        ws.drop("ferry.md", markdown("draft: false\n"));
        Cli.Result published = Cli.run(ws, "build");

        assertThat(published.code()).as(published.all()).isZero();
        assertThat(ws.page(ws.records().get(0), "en")).exists();
        assertThat(dev.mekong.site.SiteFiles.sitemap(ws.site)).contains(stored.slug());
    }

    @Test
    void anArticleDatedInTheFutureIsEmbargoedAndTheBuildSaysUntilWhen() throws IOException {
        Workspace ws = new Workspace(work);
        ws.drop("ferry.md", markdown("date: 2099-12-06T08:00:00+07:00\n"));

        Cli.Result result = Cli.run(ws, "build");

        assertThat(result.code()).as(result.all()).isZero();
        assertThat(result.out()).contains("warning: 1 article embargoed until 2099-12-06T08:00:00+07:00");
        Article stored = ws.records().get(0);
        assertThat(ws.page(stored, "en")).doesNotExist();
        assertThat(everyPage(ws)).doesNotContain(stored.slug());
    }

    @Test
    void aWatchPublishesAnEmbargoedArticleWhenItIsDueWithoutANewInput() throws Exception {
        Workspace ws = new Workspace(work);
        // the outcome is asserted, never a time: the logic itself is pinned with a fixed clock (PublicationScheduleTest)
        String due = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString();
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, ws.folders(), line -> { })) {
            assertThat(pipeline.awaitBuilt(2, TimeUnit.MINUTES)).isTrue();
            ws.drop("ferry.md", markdown("date: " + due + "\n"));
            Await.until(Duration.ofMinutes(2), "the article stored", () -> ws.recordCount() == 1);
            Article stored = ws.records().get(0);
            Await.until(Duration.ofMinutes(2), "the embargoed article published", () -> Files.exists(ws.page(stored, "en")));
            assertThat(ws.inboxCount()).isZero();
        }
    }
}
