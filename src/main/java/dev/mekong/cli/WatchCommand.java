package dev.mekong.cli;

import dev.mekong.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** The long-running mode: the site follows the inbox until the process is stopped. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Keep running and update the site within about a second of each drop into the inbox.",
                "Stop with Ctrl-C or SIGTERM: articles in flight are finished first."})
public class WatchCommand implements Callable<Integer> {

    @Mixin
    PipelineOptions options;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, options.configFile, options.overrides());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pipeline.close();
            } catch (Exception e) {
                System.err.println("watch: error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "mekong-shutdown"));
        System.out.println("watch: watching " + pipeline.settings().inbox() + ", site in " + pipeline.settings().site()
                + " (Ctrl-C to stop)");
        stopped.await();
        return 0;
    }
}
