package dev.mekong.pipeline;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Camel routes of {@code routes/} with the configuration of application.properties, an
 * optional --config file and per-command overrides. One class for both ways of running: a build
 * drains the inbox once and stops; a watch keeps polling until stopped.
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

    private final Main main;
    private final Mode mode;

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
        Main main = new Main();
        String locations = "classpath:application.properties";
        if (configFile != null) {
            if (!configFile.toFile().isFile()) {
                throw new IllegalArgumentException("configuration file not found: " + configFile);
            }
            locations += ",file:" + configFile.toAbsolutePath();
        }
        main.setPropertyPlaceholderLocations(locations);
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.put("mekong.mode", mode.name().toLowerCase(java.util.Locale.ROOT));
        all.forEach(main::addOverrideProperty);
        main.addOverrideProperty("mekong.mode-keeps-inputs", Boolean.toString(mode.keepsInputsByDefault));
        main.start();
        CamelContext context = main.getCamelContext();
        if (context == null || !context.getStatus().isStarted()) {
            main.stop();
            throw new IllegalStateException("the pipeline did not start; see the log above");
        }
        return new Pipeline(main, mode);
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

    /** Waits until the inbox has been drained once and the site rendered; false on timeout. */
    public boolean awaitBuilt(long timeout, TimeUnit unit) throws InterruptedException {
        return siteUpdater().awaitFirstRender(timeout, unit);
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
    public void close() throws Exception {
        SiteUpdater updater = mode == Mode.WATCH && context() != null ? siteUpdater() : null;
        main.stop();
        if (updater != null) {
            updater.inboxDrained();
        }
    }
}
