package dev.mekong.extract.html;

import dev.mekong.ingest.InputDecoder;
import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import dev.mekong.model.Removed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The English seed page: an original article inside the usual news-site chrome. */
class SeedPageTest {

    private static Article seed() throws IOException {
        Path repo = Path.of(System.getProperty("mekong.project.dir", "."));
        Path page = repo.resolve("seeds/en-harbour-ferry.html");
        return new HtmlPageExtractor().extract(new InputDecoder().decode("en-harbour-ferry.html", Files.readAllBytes(page)));
    }

    @Test
    void metadata() throws IOException {
        assertThat(seed().meta()).isEqualTo(new Metadata(
                "Harbour ferry back in service after six-month overhaul",
                "2024-09-16T07:45:00+10:00",
                "The Aldine Courier",
                List.of("Nadia Kerrigan"),
                null,
                List.of("Local", "Transport"),
                "https://www.aldinecourier.example/local/2024/09/16/harbour-ferry-back-in-service",
                "https://www.aldinecourier.example/media/2024/09/marguerite-pier.jpg"));
    }

    @Test
    void keepsEveryPartOfTheArticleInOrder() throws IOException {
        List<Block> blocks = seed().blocks();
        assertThat(blocks).extracting(Block::type).containsExactly(
                "p", "figure", "p", "p", "p", "h2", "p", "p", "p", "quote", "p", "ul", "p");
        assertThat(blocks.get(0).text()).startsWith("The Marguerite, the oldest boat on the cross-harbour route");
        assertThat(blocks.get(1)).isEqualTo(new Block(Block.FIGURE,
                "The Marguerite leaves the Quay Street pier on its first run since March.", null,
                "https://www.aldinecourier.example/media/2024/09/marguerite-pier.jpg", null));
        assertThat(blocks.get(5).text()).isEqualTo("A smaller boat, a longer queue");
        assertThat(blocks.get(11).items()).containsExactly(
                "Weekday sailings every 20 minutes from 6.10am to 9.30am",
                "Sailings every 40 minutes for the rest of the day",
                "A last departure from the northern shore at 11.15pm on Fridays and Saturdays");
        assertThat(blocks.get(12).text()).endsWith("used to the ferry's new steering gear.");
    }

    @Test
    void dropsTheChromeWithTheRuleThatRemovedIt() throws IOException {
        assertThat(seed().removed()).extracting(Removed::rule).contains(
                "cookie-banner", "nav", "breadcrumb", "byline", "share", "tags", "disclaimer", "newsletter",
                "related-list", "comment", "footer", "title");
        assertThat(seed().blocks()).extracting(Block::plainText).noneMatch(t ->
                t.contains("cookie") || t.contains("Share on") || t.contains("Related stories") || t.contains("newsletter")
                        || t.contains("©") || t.contains("Disclaimer") || t.contains("Tags:") || t.contains("Comments"));
    }
}
