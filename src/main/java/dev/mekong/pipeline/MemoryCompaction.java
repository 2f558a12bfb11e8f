package dev.mekong.pipeline;

import dev.mekong.translate.memory.TranslationMemory;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * The translation memory's compaction at the end of a translation period (a build's render, each render of
 * a watch), run on a thread of its own beside the render instead of before it: the render never reads the
 * memory, and a full build of 10,000 raw articles rewrote a 119 MB journal (~1.5 s) on its critical path.
 * Stopping the pipeline waits for a compaction under way, so a build ends with its memory compacted; a
 * compaction cut off by a kill leaves the journal as it was ({@link TranslationMemory#compactIfGrown}).
 */
final class MemoryCompaction extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryCompaction.class);

    private final TranslationMemory memory;
    private CompletableFuture<?> running = CompletableFuture.completedFuture(null); // guarded by this

    MemoryCompaction(TranslationMemory memory) {
        this.memory = memory;
    }

    /**
     * Compacts the memory in the background if its journal has grown; while one compaction runs, another
     * call does nothing (the next period's call compacts what is still due).
     */
    synchronized void startIfGrown() {
        if (!running.isDone()) {
            return;
        }
        running = DaemonThreads.supply("memory-compaction", () -> {
            try {
                return memory.compactIfGrown();
            } catch (RuntimeException e) { // it warns of what it can recover from itself
                LOG.warn("the translation memory was not compacted ({}); it stays a journal, compacted by a later run",
                        e.toString());
                return false;
            }
        });
    }

    @Override
    protected void doStop() {
        CompletableFuture<?> last;
        synchronized (this) {
            last = running;
        }
        last.join();
    }
}
