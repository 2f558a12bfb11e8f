package dev.mekong.media;

import dev.mekong.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MediaStoreTest {

    @TempDir
    Path content;

    @Test
    void theSameBytesAreStoredOnceUnderTheirHash() throws IOException {
        byte[] png = TestImages.image("png", 3, 2);
        MediaStore store = new MediaStore(content);

        MediaRef first = store.put(png, ImageFormat.PNG, new ImageFormat.Size(3, 2));
        MediaRef second = store.put(png.clone(), ImageFormat.PNG, new ImageFormat.Size(3, 2));

        String sha = Sha256.hex(png);
        assertThat(first).isEqualTo(second);
        assertThat(first.toString()).isEqualTo("media:" + sha + ".png#3x2");
        try (Stream<Path> files = Files.list(content.resolve("media"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(sha + ".png");
        }
        assertThat(Files.readAllBytes(content.resolve("media/" + sha + ".png"))).isEqualTo(png);
    }

    @Test
    void aReferenceReadsBackAndAnythingElseIsNone() {
        String sha = "0123456789abcdef".repeat(4);
        assertThat(MediaRef.parse("media:" + sha + ".jpg#1200x800"))
                .isEqualTo(new MediaRef(sha, ImageFormat.JPEG, 1200, 800));
        assertThat(MediaRef.parse("media:" + sha + ".svg#10x10")).isNull();
        assertThat(MediaRef.parse("media:../../etc/passwd#1x1")).isNull();
        assertThat(MediaRef.parse("https://news.example/a.jpg")).isNull();
    }
}
