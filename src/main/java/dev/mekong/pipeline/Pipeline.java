package dev.mekong.pipeline;

import org.apache.camel.CamelContext;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.DefaultMainShutdownStrategy;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.Registry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the Camel routes of {@code routes/} with the configuration of application.properties, an
 * optional --config file and per-command overrides. One class for both ways of running: a build
 * drains the inbox once and stops; a watch keeps polling until stopped. Articles are processed by
 * {@code mekong.workers} threads at once.
 */
public final class Pipeline implements AutoCloseable {

    /** How inputs are treated by default: a build reads them in place, a watch archives them. */
    public enum Mode {
        BUILD(true), WATCH(false);

        final boolean keepsInputsByDefault;

        Mode(boolean keepsInputsByDefault) {
            this.keepsInputsByDefault = keepsInputsByDefault;
        }
    }

    private static final String NOTICES = "notices";

    private final Main main;
    private final Mode mode;
    /** Stops the pipeline gracefully when the JVM is asked to stop (SIGTERM, Ctrl-C) while it runs. */
    private final Thread stopOnSignal = new Thread(this::closeOnSignal, "mekong-stop");
    private boolean closed;

    private Pipeline(Main main, Mode mode) {
        this.main = main;
        this.mode = mode;
    }

    /**
     * Starts the routes. Fails fast, with the cause, when a route file, a configuration value or a
     * folder is wrong.
     *
     * @param configFile an extra properties file overriding the defaults, or null
     * @param overrides  properties that win over everything (command-line options)
     */
    public static Pipeline start(Mode mode, Path configFile, Map<String, String> overrides) throws Exception {
        return start(mode, configFile, overrides, line -> { });
    }

    /**
     * Where Camel reads the configuration: the user's file (when given; it must exist) before the defaults,
     * since of several locations holding a key Camel takes the first.
     */
    public static String propertyLocations(Path configFile) {
        String locations = "classpath:application.properties";
        if (configFile != null) {
            if (!configFile.toFile().isFile()) {
                throw new IllegalArgumentException("configuration file not found: " + configFile);
            }
            locations = "file:" + configFile.toAbsolutePath() + "," + locations;
        }
        return locations;
    }

    /**
     * Starts the routes, telling {@code inputs} one line per input handled ({@link RunLog#listen}) from the
     * first input on, and a standby's wait for the content folder lock before that ({@link #notices}).
     */
    public static Pipeline start(Mode mode, Path configFile, Map<String, String> overrides, Consumer<String> inputs)
            throws Exception {
        Main main = new Main();
        // in the registry before the configuration runs, which is where a standby waits for the lock
        main.bind(NOTICES, inputs);
        main.setPropertyPlaceholderLocations(propertyLocations(configFile));
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.put("mekong.mode", mode.name().toLowerCase(java.util.Locale.ROOT));
        all.forEach(main::addOverrideProperty);
        main.addOverrideProperty("mekong.mode-keeps-inputs", Boolean.toString(mode.keepsInputsByDefault));
        // Camel Main's own shutdown hook takes every JVM exit for a SIGTERM (and says so, even after a failed
        // start that ends in System.exit); the pipeline installs its own hook once it runs (stopOnSignal)
        ((DefaultMainShutdownStrategy) main.getShutdownStrategy()).disableHangupSupport();
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                Registry registry = configured.getCamelContext().getRegistry();
                registry.lookupByNameAndType("runLog", RunLog.class).listen(inputs);
            }
        });
        try {
            main.start();
        } catch (RuntimeException | Error e) {
            try {
                // releases what the failed start took, the content folder lock above all (Camel Main regards
                // itself as stopped once its start failed, so its context is stopped directly)
                if (main.getCamelContext() != null) {
                    main.getCamelContext().stop();
                }
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        CamelContext context = main.getCamelContext();
        if (context == null || !context.getStatus().isStarted()) {
            main.stop();
            throw new IllegalStateException("the pipeline did not start (--verbose shows the framework's log)");
        }
        Pipeline pipeline = new Pipeline(main, mode);
        Runtime.getRuntime().addShutdownHook(pipeline.stopOnSignal);
        return pipeline;
    }

    /** The command's console lines, for what the configuration has to say before the pipeline exists. */
    @SuppressWarnings("unchecked")
    static Consumer<String> notices(CamelContext context) {
        return context.getRegistry().lookupByNameAndType(NOTICES, Consumer.class);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public Settings settings() {
        return lookup("settings", Settings.class);
    }

    public RunLog runLog() {
        return lookup("runLog", RunLog.class);
    }

    public SiteUpdater siteUpdater() {
        return lookup("siteUpdater", SiteUpdater.class);
    }

    /** How long each stage of the article route took, over every input of this run. */
    public StageTimes stageTimes() {
        return lookup("stageTimes", StageTimes.class);
    }

    /**
     * Waits until the inbox has been drained, every input read has reached its outcome and the site has
     * been rendered ({@link RenderTrigger}); false on timeout.
     */
    public boolean awaitBuilt(long timeout, TimeUnit unit) throws InterruptedException {
        return lookup("renderTrigger", RenderTrigger.class).awaitBuilt(timeout, unit);
    }

    private <T> T lookup(String name, Class<T> type) {
        T bean = context().getRegistry().lookupByNameAndType(name, type);
        if (bean == null) {
            throw new IllegalStateException("bean " + name + " missing from the registry");
        }
        return bean;
    }

    /**
     * Stops gracefully: the file consumer takes no new input, the articles in flight are finished and
     * their inputs archived (camel.main.shutdown-timeout), and then a watch renders the site once more if
     * an article was stored since the last render, so a stop never leaves a stored article unpublished.
     */
    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != stopOnSignal) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnSignal);
            } catch (IllegalStateException stopping) {
                // the JVM is already stopping: the hook is running or about to, and finds the pipeline closed
            }
        }
        SiteUpdater updater = mode == Mode.WATCH && context() != null ? siteUpdater() : null;
        main.stop();
        if (updater != null) {
            updater.renderIfChanged();
        }
    }

    private void closeOnSignal() {
        try {
            close();
        } catch (Exception e) {
            System.err.println("error while stopping the pipeline: " + e);
        }
    }
}
