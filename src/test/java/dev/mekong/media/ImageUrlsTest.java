package dev.mekong.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageUrlsTest {

    @Test
    void schemeAndHostCaseAndQueryDoNotMatter() {
        assertThat(ImageUrls.sameImage("https://News.Example/img/lead.jpg?w=1200&q=80",
                "HTTPS://news.example/img/lead.jpg#top")).isTrue();
        assertThat(ImageUrls.sameImage("https://news.example/img/lead.jpg", "https://news.example/img/other.jpg")).isFalse();
        assertThat(ImageUrls.sameImage("https://news.example/img/lead.jpg", "https://cdn.example/img/lead.jpg")).isFalse();
    }

    @Test
    void aSavedPagesCopyMatchesTheUrlsFileName() {
        assertThat(ImageUrls.sameImage("https://news.example/img/lead.jpg?w=800", "story_files/lead.jpg")).isTrue();
        assertThat(ImageUrls.sameImage("file:///home/editor/story_files/lead.jpg", "https://news.example/lead.jpg")).isTrue();
        assertThat(ImageUrls.sameImage("story_files/lead.jpg", "story_files/second.jpg")).isFalse();
        assertThat(ImageUrls.sameImage(null, "story_files/lead.jpg")).isFalse();
    }
}
