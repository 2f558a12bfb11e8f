package dev.mekong.cli;

import dev.mekong.pipeline.Pipeline;
import dev.mekong.site.PreviewServer;
import dev.mekong.site.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** The long-running mode: the site follows the inbox until the process is stopped. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Keep running and update the site within about a second of each drop into the inbox.",
                "Prints one line per input handled: published, updated, quarantined (with the reason), duplicate, ignored.",
                "Stop with Ctrl-C or SIGTERM: articles in flight are finished first."})
public class WatchCommand implements Callable<Integer> {

    @Mixin
    PipelineOptions options;

    @Option(names = "--serve", paramLabel = "PORT", description = "Also preview the site on http://127.0.0.1:PORT (0 picks a free port).")
    Integer servePort;

    @Option(names = "--standby", description = "When another pipeline holds the content folder, wait until it stops"
            + " and then start, instead of exiting (mekong.ingest.standby).")
    boolean standby;

    @Override
    public Integer call() throws Exception {
        var overrides = options.overrides();
        if (standby) {
            overrides.put("mekong.ingest.standby", "true");
        }
        Pipeline pipeline = Pipeline.start(Pipeline.Mode.WATCH, options.configFile, overrides,
                line -> System.out.println("watch: " + line));
        String basePath = URI.create(pipeline.context().resolvePropertyPlaceholders("{{" + SiteConfig.KEY_BASE_URL + "}}")).getPath();
        PreviewServer server = servePort == null ? null : PreviewServer.start(pipeline.settings().site(), servePort, basePath);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("watch: stopping: finishing the articles in flight");
            try {
                if (server != null) {
                    server.close();
                }
                pipeline.close();
            } catch (Exception e) {
                System.err.println("watch: error while stopping: " + ExitCode.describe(e));
            } finally {
                System.out.println("watch: stopped");
                stopped.countDown();
            }
        }, "mekong-shutdown"));
        System.out.println("watch: watching " + pipeline.settings().inbox() + ", site in " + pipeline.settings().site()
                + (server == null ? "" : ", previewed at " + server.uri()) + " (Ctrl-C to stop)");
        stopped.await();
        return ExitCode.OK;
    }
}
