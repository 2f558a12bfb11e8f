package dev.mekong.bench;

import dev.mekong.extract.FormatExtractor;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark measures real work only if its corpus is what the extractors read as the stories it wrote. */
class BenchCorpusTest {

    private static final BenchCorpus CORPUS = BenchCorpus.load();
    private static final FormatExtractor EXTRACTOR = FormatExtractor.standard();
    private static final InputDecoder DECODER = new InputDecoder();

    @Test
    void aStoryIsTheSameEveryTimeAndDiffersFromTheNext() {
        assertThat(CORPUS.markdown(CORPUS.story(7), "th")).isEqualTo(CORPUS.markdown(CORPUS.story(7), "th"));
        assertThat(CORPUS.markdown(CORPUS.story(7), "th")).isNotEqualTo(CORPUS.markdown(CORPUS.story(8), "th"));
    }

    /** A corpus of any size the bench is asked for is published whole: no story dated after this year. */
    @Test
    void theHundredThousandthStoryIsDatedBefore2023() {
        assertThat(CORPUS.story(100_000).date()).startsWith("2022-");
    }

    @Test
    void theCleanCorpusHasFourLinkedVersionsPerStoryThatTheMarkdownReaderTakesWhole(@TempDir Path dir) throws Exception {
        assertThat(CORPUS.writeClean(dir, 3)).isEqualTo(12);
        String zh = Files.readString(dir.resolve("story-000002.zh.md"));
        assertThat(zh).contains("translationKey: story-000002\n", "lang: zh\n", "date: 1990-01-01T11:46:00+07:00\n");
        Article article = extract(dir.resolve("story-000002.zh.md"));
        assertThat(article.title()).startsWith("第2期：").isEqualTo(CORPUS.title(CORPUS.story(2), "zh"));
        assertThat(article.meta().published()).isEqualTo("1990-01-01T11:46:00+07:00");
        assertThat(texts(article)).isEqualTo(CORPUS.paragraphs(CORPUS.story(2), "zh"));
    }

    @Test
    void aRawTextCopyGivesItsStoryBackWithoutTheChrome(@TempDir Path dir) throws Exception {
        Path vi = CORPUS.writeRawStory(dir, 3);
        assertThat(vi.getFileName().toString()).isEqualTo("story-000003-vi.txt");
        Article article = extract(vi);
        assertThat(article.title()).isEqualTo(CORPUS.title(CORPUS.story(3), "vi"));
        assertThat(texts(article)).isEqualTo(CORPUS.paragraphs(CORPUS.story(3), "vi"));
    }

    @Test
    void aRawSavedPageGivesItsStoryBackWithoutTheChrome(@TempDir Path dir) throws Exception {
        Path en = CORPUS.writeRawStory(dir, 6);
        assertThat(en.getFileName().toString()).isEqualTo("story-000006-en.html");
        Article article = extract(en);
        assertThat(article.title()).isEqualTo(CORPUS.title(CORPUS.story(6), "en"));
        assertThat(texts(article)).isEqualTo(CORPUS.paragraphs(CORPUS.story(6), "en"));
    }

    private static Article extract(Path file) throws Exception {
        return EXTRACTOR.extract(DECODER.decode(file.getFileName().toString(), Files.readAllBytes(file)));
    }

    private static List<String> texts(Article article) {
        return article.blocks().stream().filter(b -> b.type().equals(Block.PARAGRAPH)).map(Block::text).toList();
    }
}
