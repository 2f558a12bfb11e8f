package dev.mekong.pipeline;

import dev.mekong.model.Article;
import dev.mekong.model.Block;
import dev.mekong.model.Metadata;
import dev.mekong.model.Source;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.BuildSummary;
import dev.mekong.site.ChangedArticles;
import dev.mekong.site.PublishResult;
import dev.mekong.site.SiteBuild;
import dev.mekong.site.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

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
                SiteState.of(work.resolve("content"), work.resolve("site"), Map.of()), Clock.systemUTC());
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

    /**
     * A worker storing an article while the render stage renders is not held up by the render, and its
     * article is in the next render's changes, not lost between the two.
     */
    @Test
    void anArticleStoredDuringARenderIsNotHeldUpAndIsInTheNextRendersChanges() throws Exception {
        List<ChangedArticles> updates = new ArrayList<>();
        ArticleStore store = new ArticleStore(work.resolve("content"));
        Article stored = store.save(Article.extracted(new Source("b.txt", "bb", "txt", "UTF-8", 2),
                new Metadata("B", null, null, null, null, null, null, null), List.of(Block.paragraph("b")), List.of()));
        SiteUpdater[] updater = new SiteUpdater[1];
        SiteRenderer renderer = new SiteRenderer() {
            @Override
            public PublishResult render(SiteBuild build, Path siteDir) {
                throw new AssertionError("update is called");
            }

            @Override
            public PublishResult update(ArticleStore s, ChangedArticles changed, BuildSummary summary, java.time.Instant now,
                                        Path siteDir)
                    throws IOException {
                updates.add(changed);
                if (updates.size() == 1) {
                    // a worker on another thread stores an article meanwhile; join() hangs if the render blocks it
                    Thread worker = new Thread(() -> updater[0].stored(stored, "b.txt"));
                    worker.start();
                    try {
                        worker.join();
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
                return new PublishResult(0, 0, 0, siteDir);
            }
        };
        updater[0] = updater(renderer);

        updater[0].renderIfChanged();
        updater[0].renderIfChanged();
        updater[0].renderIfChanged();

        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).unknown()).as("the first render looks at every record").isTrue();
        assertThat(updates.get(1)).isEqualTo(ChangedArticles.of(Set.of(stored.id())));
    }

    /** Counts its preparations, noting what they were asked to read; renders nothing. */
    private static final class PreparingRenderer implements SiteRenderer {
        final java.util.concurrent.atomic.AtomicInteger preparations = new java.util.concurrent.atomic.AtomicInteger();
        final List<Boolean> reusedToo = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public PublishResult render(SiteBuild build, Path siteDir) {
            return new PublishResult(0, 0, 0, siteDir);
        }

        @Override
        public int prepare(ArticleStore store, Path siteDir, boolean reusedToo) {
            this.reusedToo.add(reusedToo);
            return 100 + preparations.incrementAndGet();
        }
    }

    @Test
    void aPreparationInTheBackgroundRunsOnceWhenItIsWorthIt() throws Exception {
        PreparingRenderer renderer = new PreparingRenderer();
        SiteUpdater updater = updater(renderer);
        java.util.concurrent.CompletableFuture<Integer> ready = new java.util.concurrent.CompletableFuture<>();

        updater.prepareInBackground(() -> true, false, ready::complete);
        updater.prepareInBackground(() -> true, true, pages -> ready.completeExceptionally(new AssertionError("a second one")));

        assertThat(ready.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(101);
        updater.renderIfChanged(); // under the render lock: after the preparation
        assertThat(renderer.preparations).hasValue(1);
        assertThat(renderer.reusedToo).as("what the first call asked for").containsExactly(false);
    }

    @Test
    void noPreparationWhenNoRenderIsComing() throws Exception {
        PreparingRenderer renderer = new PreparingRenderer();
        SiteUpdater updater = updater(renderer);
        java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);

        updater.prepareInBackground(() -> {
            asked.countDown();
            return false;
        }, true, pages -> { });

        assertThat(asked.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        updater.renderIfChanged();
        assertThat(renderer.preparations).hasValue(0);
    }
}
