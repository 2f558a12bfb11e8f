package dev.mekong.reliability;

import dev.mekong.ingest.DecodedInput;
import dev.mekong.ingest.InputFormat;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.InputRejectedException;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.pipeline.ArticleGate;
import dev.mekong.pipeline.InboxFilter;
import dev.mekong.pipeline.MarkupDepthGate;
import dev.mekong.pipeline.QuarantineStep;
import dev.mekong.pipeline.RunLog;
import dev.mekong.ingest.Quarantine;
import org.apache.camel.component.file.GenericFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The pipeline's own input checks, literal input to exact outcome. */
class GuardsTest {

    private final MarkupDepthGate depth = new MarkupDepthGate(20);

    @Test
    void ordinaryMarkupPassesTheDepthGate() {
        String page = "<html><head><title>t</title><script>var s = '<div><div><div>';</script></head><body>"
                + "<div><ul>" + "<li><p>item".repeat(50) + "</ul></div><!-- <div><div> --><br><img src=x/></body></html>";
        assertThat(depth.check(html(page)).text()).isEqualTo(page);
    }

    @Test
    void markupNestedBeyondTheLimitIsRejectedWithTheSetting() {
        String page = "<div>".repeat(21) + "text" + "</div>".repeat(21);
        assertThatThrownBy(() -> depth.check(html(page))).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("nested more than 20 elements deep (mekong.max-html-depth)");
        assertThat(depth.check(html("<div>".repeat(20) + "</div>".repeat(20)))).isNotNull();
        String text = "<div>".repeat(21);
        assertThat(depth.check(new DecodedInput("a.txt", InputFormat.TEXT, text, "UTF-8", "00", text.length()))).isNotNull();
    }

    @Test
    void everyCorpusPageIsFarBelowTheDefaultDepthLimit() throws Exception {
        Path corpus = Workspace.sharedCorpus();
        assumeTrue(corpus != null, "no ../shared/corpus/extraction beside the repository");
        MarkupDepthGate tenthOfTheDefault = new MarkupDepthGate(100);
        List<Path> pages;
        try (Stream<Path> files = Files.list(corpus)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            String text = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
            assertThat(tenthOfTheDefault.check(html(text))).as(page.toString()).isNotNull();
        }
    }

    @Test
    void anArticleWithoutBodyTextIsRejected() {
        ArticleGate gate = new ArticleGate(100, 10, 200, 20, 100);
        assertThatThrownBy(() -> gate.check(article("Ferry returns", List.of())))
                .hasMessage("no article text found under the title 'Ferry returns': the page may be truncated, empty or only navigation");
        assertThatThrownBy(() -> gate.check(article(null, List.of(Block.paragraph("  ")))))
                .hasMessageStartingWith("no article text found:");
        assertThatThrownBy(() -> gate.check(article("Dump", List.of(Block.paragraph("x".repeat(101))))))
                .hasMessage("a paragraph of 101 characters, over the limit of 100 (mekong.max-paragraph-chars): not an article");
        Article fine = article("Ferry returns", List.of(Block.paragraph("x".repeat(100))));
        assertThat(gate.check(fine)).isSameAs(fine);
    }

    @Test
    void ignoredInboxFilesAreSkippedAndReportedOnce(@TempDir Path inbox) throws Exception {
        RunLog log = new RunLog();
        InboxFilter filter = new InboxFilter(InboxFilter.patterns("*.part, ~$*,Thumbs.db"),
                new QuarantineStep(new Quarantine(inbox.resolve("quarantine"), Clock.systemUTC()), true, log, name -> { }), log);
        Files.writeString(inbox.resolve("story.txt"), "text");
        assertThat(filter.accept(file(inbox, "story.txt"))).isTrue();
        assertThat(filter.accept(file(inbox, "story.txt.PART"))).isFalse();
        assertThat(filter.accept(file(inbox, "story.txt.PART"))).isFalse();
        assertThat(filter.accept(file(inbox, "~$draft.docx"))).isFalse();
        assertThat(filter.accept(file(inbox, "thumbs.db"))).isFalse();
        assertThat(filter.ignoringPattern("report.pdf")).isEmpty();
        assertThat(log.warnings()).as("in inbox order").containsExactly(
                "story.txt.PART: ignored, matches mekong.inbox-ignore pattern '*.part'",
                "thumbs.db: ignored, matches mekong.inbox-ignore pattern 'Thumbs.db'",
                "~$draft.docx: ignored, matches mekong.inbox-ignore pattern '~$*'");
    }

    private static GenericFile<Object> file(Path folder, String name) {
        GenericFile<Object> file = new GenericFile<>();
        file.setFileNameOnly(name);
        file.setFileName(name);
        file.setAbsoluteFilePath(folder.resolve(name).toString());
        file.setDirectory(false);
        return file;
    }

    private static DecodedInput html(String text) {
        return new DecodedInput("page.html", InputFormat.HTML, text, "UTF-8", "00", text.length());
    }

    private static Article article(String title, List<Block> blocks) {
        return Article.extracted(new Source("a.txt", "00", "txt", "UTF-8", 1),
                new Metadata(title, null, null, null, null, null, null, null), blocks, List.of());
    }
}
