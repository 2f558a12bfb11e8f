package dev.mekong.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Work the pipeline does beside its routes, each task on a daemon thread of its own, named for thread dumps. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Runs {@code task} on a daemon thread called {@code name}. */
    static <T> CompletableFuture<T> supply(String name, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** What a task made, or what it threw, as it threw it. */
    static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
