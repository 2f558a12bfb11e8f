package dev.mekong.language;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The two real Chinese articles in seeds/ are Simplified Chinese, as a whole and paragraph by paragraph. */
class SeedArticlesTest {

    private static String seed(String name) throws IOException {
        Path root = Path.of(System.getProperty("mekong.project.dir", "."));
        return Files.readString(root.resolve("seeds").resolve(name), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_2881879f7339e84c.txt", "004_3b86ed7627a881e3.txt"})
    void seedIsSimplifiedChinese(String name) throws IOException {
        String text = seed(name);
        assertThat(SharedDetector.DETECTOR.detect(text).tag()).isEqualTo("zh-Hans");

        List<Block> blocks = Arrays.stream(text.split("\\n\\s*\\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).map(Block::paragraph).toList();
        Article detected = new ArticleLanguageStep(SharedDetector.DETECTOR)
                .apply(Article.extracted(null, null, blocks, List.of()));

        assertThat(detected.language().tag()).isEqualTo("zh-Hans");
        assertThat(detected.blocks()).allSatisfy(block -> assertThat(block.lang()).isNull());
    }
}
