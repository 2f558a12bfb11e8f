package dev.mekong.pipeline;

import dev.mekong.site.ArticleStore;
import dev.mekong.site.PublishResult;
import dev.mekong.site.SiteBuild;
import dev.mekong.site.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

/** A render that fails, whatever it throws, is reported and tried again at the next drained inbox. */
class SiteUpdaterTest {

    @TempDir
    Path work;

    /** Throws the queued failures in turn, then renders nothing and succeeds. */
    private static final class ScriptedRenderer implements SiteRenderer {
        final Queue<Throwable> failures = new ArrayDeque<>();
        int calls;

        @Override
        public PublishResult render(SiteBuild build, Path siteDir) throws IOException {
            calls++;
            Throwable next = failures.poll();
            if (next instanceof IOException io) {
                throw io;
            }
            if (next instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (next instanceof Error error) {
                throw error;
            }
            return new PublishResult(0, 0, 0, siteDir);
        }
    }

    private SiteUpdater updater(SiteRenderer renderer) {
        return new SiteUpdater(new ArticleStore(work.resolve("content")), renderer, work.resolve("site"), new RunLog(), List::of,
                SiteState.of(work.resolve("content"), work.resolve("site"), Map.of()));
    }

    @Test
    void anErrorWhileRenderingIsTheRenderFailureAndTheNextDrainRendersAgain() {
        ScriptedRenderer renderer = new ScriptedRenderer();
        renderer.failures.add(new OutOfMemoryError("test"));
        SiteUpdater updater = updater(renderer);

        updater.renderIfChanged();

        assertThat(updater.renderFailure()).isInstanceOf(OutOfMemoryError.class).hasMessage("test");
        assertThat(updater.renderCount()).isEqualTo(1);

        updater.renderIfChanged();

        assertThat(renderer.calls).isEqualTo(2);
        assertThat(updater.renderFailure()).isNull();

        updater.renderIfChanged();

        assertThat(renderer.calls).as("nothing changed since the successful render").isEqualTo(2);
    }

    @Test
    void aRuntimeExceptionOrAnIoExceptionIsARenderFailureToo() {
        ScriptedRenderer renderer = new ScriptedRenderer();
        renderer.failures.add(new IllegalStateException("template list.ftlh failed"));
        renderer.failures.add(new IOException("disk full"));
        SiteUpdater updater = updater(renderer);

        updater.renderIfChanged();
        assertThat(updater.renderFailure()).hasMessage("template list.ftlh failed");
        updater.renderIfChanged();
        assertThat(updater.renderFailure()).hasMessage("disk full");
        updater.renderIfChanged();
        assertThat(updater.renderFailure()).isNull();
        assertThat(renderer.calls).isEqualTo(3);
    }
}
