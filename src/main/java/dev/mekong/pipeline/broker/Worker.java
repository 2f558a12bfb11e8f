package dev.mekong.pipeline.broker;

import dev.mekong.pipeline.Pipeline;
import org.apache.camel.CamelContext;
import org.apache.camel.main.DefaultMainShutdownStrategy;
import org.apache.camel.main.Main;

import java.nio.file.Path;
import java.util.Map;

/**
 * A translation worker process (the {@code worker} command): the translate route of
 * {@code routes/translate.camel.yaml}, fed by the translation queue of the broker, with
 * {@code mekong.jms.consumers} requests at once. Runs until closed; closing finishes the requests in hand.
 */
public final class Worker implements AutoCloseable {

    private final Main main;

    private Worker(Main main) {
        this.main = main;
    }

    public static Worker start(Path configFile, Map<String, String> overrides) throws Exception {
        Main main = new Main();
        main.setPropertyPlaceholderLocations(Pipeline.propertyLocations(configFile));
        overrides.forEach(main::addOverrideProperty);
        main.addOverrideProperty("mekong.mode", "worker");
        main.addOverrideProperty("mekong.mode-keeps-inputs", "true");
        main.addOverrideProperty("camel.main.name", "mekong-worker");
        // only the translation stage's route, with the worker's beans
        main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:routes/translate.camel.yaml");
        main.addOverrideProperty("camel.main.configuration-classes", WorkerConfiguration.class.getName());
        ((DefaultMainShutdownStrategy) main.getShutdownStrategy()).disableHangupSupport();
        try {
            main.start();
        } catch (RuntimeException | Error e) {
            if (main.getCamelContext() != null) {
                main.getCamelContext().stop();
            }
            throw e;
        }
        CamelContext context = main.getCamelContext();
        if (context == null || !context.getStatus().isStarted()) {
            main.stop();
            throw new IllegalStateException("the worker did not start (--verbose shows the framework's log)");
        }
        return new Worker(main);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        main.stop();
    }
}
