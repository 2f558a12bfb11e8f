package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;
import org.apache.camel.builder.NotifyBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.apache.camel.builder.Builder.body;
import static org.apache.camel.builder.Builder.header;
import static org.assertj.core.api.Assertions.assertThat;

/** Reviewed translations dropped into the inbox as XLIFF replace the untranslated version on the site. */
class ReviewDropTest {

    @TempDir
    Path work;

    private static final String TITLE = "Night market reopens by the river";
    private static final String BODY = "The night market by the river reopened on Friday after three months of repairs to the old pier.";

    private static final String ARTICLE = """
            ---
            title: %s
            date: 2025-04-04T19:00:00+07:00
            ---
            %s
            """.formatted(TITLE, BODY);

    private static final String REVIEWED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="zh">
              <file id="f1">
                <unit id="u1"><segment state="reviewed"><source>%s</source><target>河畔夜市重新开放</target></segment></unit>
                <unit id="u2"><segment state="final"><source>%s</source><target>河畔夜市在旧码头维修三个月后于周五重新开放。</target></segment></unit>
              </file>
            </xliff>
            """.formatted(TITLE, BODY);

    @Test
    void droppedReviewIsPublishedWithoutALabel() throws Exception {
        PipelineFixture fixture = new PipelineFixture(work);
        Map<String, String> settings = new HashMap<>(fixture.folders());
        settings.put("mekong.languages", "en,zh");
        try (Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, null, settings)) {
            assertThat(pipeline.awaitBuilt(30, TimeUnit.SECONDS)).isTrue();
            dropAndAwaitRender(pipeline, fixture, "night-market.md", ARTICLE);
            Article before = new ArticleStore(fixture.content).all().get(0);
            assertThat(before.versions().get("zh").status()).isEqualTo("untranslated");

            dropAndAwaitRender(pipeline, fixture, "night-market.zh.xlf", REVIEWED);

            Article after = new ArticleStore(fixture.content).find(before.id()).orElseThrow();
            assertThat(after.versions().get("zh").status()).isEqualTo("reviewed");
            assertThat(after.versions().get("zh").title()).isEqualTo("河畔夜市重新开放");
            Document zh = Jsoup.parse(fixture.site.resolve("zh/articles/" + after.slug() + ".html").toFile(), "UTF-8");
            assertThat(zh.body().text()).contains("河畔夜市在旧码头维修三个月后于周五重新开放。").doesNotContain(BODY);
            assertThat(zh.select("meta[name=robots][content*=noindex]")).isEmpty();
            assertThat(fixture.quarantine).doesNotExist();
        }
    }

    private static void dropAndAwaitRender(Pipeline pipeline, PipelineFixture fixture, String name, String text) throws Exception {
        NotifyBuilder done = new NotifyBuilder(pipeline.context()).fromRoute("ingest")
                .filter(header("CamelFileName").isNotNull()).whenDone(1).create();
        fixture.drop(name, text.getBytes(StandardCharsets.UTF_8));
        assertThat(done.matches(30, TimeUnit.SECONDS)).isTrue();
        NotifyBuilder rendered = new NotifyBuilder(pipeline.context()).fromRoute("ingest")
                .filter(body().isNull()).whenDone(2).create();
        assertThat(rendered.matches(30, TimeUnit.SECONDS)).isTrue();
    }
}
