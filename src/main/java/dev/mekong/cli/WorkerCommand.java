package dev.mekong.cli;

import dev.mekong.pipeline.broker.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** A translation worker of a pipeline on several machines (README: Running on several machines). */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Translate articles for an ingest node (build or watch with mekong.transport=jms), taking them",
                "from the broker's translation queue in competition with the other workers. Runs until Ctrl-C/SIGTERM,",
                "which finishes the articles in hand."})
public class WorkerCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file overriding the defaults.")
    Path configFile;

    @Option(names = "--broker", paramLabel = "URL", description = "The Artemis broker, e.g. tcp://10.0.0.1:61616 (mekong.jms.url).")
    String broker;

    @Option(names = "--content", paramLabel = "DIR",
            description = "The shared content folder, for the translation memory (mekong.content).")
    Path content;

    @Option(names = "--translator", paramLabel = "NAME", description = "Translation engine (mekong.translator).")
    String translator;

    @Option(names = "--consumers", paramLabel = "N", description = "Articles translated at once (mekong.jms.consumers).")
    Integer consumers;

    @Option(names = "-D", paramLabel = "KEY=VALUE", description = "Set any configuration key.")
    Map<String, String> properties = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>(properties);
        overrides.put("mekong.transport", "jms");
        if (broker != null) {
            overrides.put("mekong.jms.url", broker);
        }
        if (content != null) {
            overrides.put("mekong.content", content.toAbsolutePath().toString());
        }
        if (translator != null) {
            overrides.put("mekong.translator", translator);
        }
        if (consumers != null) {
            overrides.put("mekong.jms.consumers", consumers.toString());
        }
        Worker worker = Worker.start(configFile, overrides);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("worker: stopping: finishing the articles in hand");
            try {
                worker.close();
            } finally {
                System.out.println("worker: stopped");
                stopped.countDown();
            }
        }, "mekong-worker-shutdown"));
        System.out.println("worker: translating for " + overrides.getOrDefault("mekong.jms.url",
                worker.context().resolvePropertyPlaceholders("{{mekong.jms.url}}")) + " (Ctrl-C to stop)");
        stopped.await();
        return ExitCode.OK;
    }
}
