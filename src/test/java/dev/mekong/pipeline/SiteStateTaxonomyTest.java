package dev.mekong.pipeline;

import dev.mekong.site.BuildSummary;
import dev.mekong.site.Publication;
import dev.mekong.site.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An edited taxonomy file makes a start render the site again, though no setting and no record changed. */
class SiteStateTaxonomyTest {

    @Test
    void anEditedMappingFileIsNoLongerUpToDate(@TempDir Path work) throws Exception {
        Path mapping = Files.writeString(work.resolve("terms.tsv"), "category\ten=Business\tvi=Kinh doanh\n");
        Map<String, String> settings = Map.of(SiteConfig.KEY_TAXONOMY, mapping.toString());
        SiteState state = SiteState.of(work.resolve("content"), work.resolve("site"), settings);
        state.rendered(state.records(), BuildSummary.empty(), Publication.Schedule.NONE);
        Instant now = Instant.now();
        assertThat(SiteState.of(work.resolve("content"), work.resolve("site"), settings).upToDate(now)).isTrue();

        Files.writeString(mapping, "category\ten=Business\tvi=Kinh tế\n");
        assertThat(SiteState.of(work.resolve("content"), work.resolve("site"), settings).upToDate(now)).isFalse();
    }
}
