package dev.mekong.pipeline;

import dev.mekong.extract.FormatExtractor;
import dev.mekong.extract.rules.SiteRules;
import dev.mekong.language.ArticleLanguageStep;
import dev.mekong.language.ScriptFirstLanguageDetector;
import dev.mekong.site.SiteConfig;
import dev.mekong.site.StaticSiteRenderer;
import dev.mekong.site.BuildSummary;
import dev.mekong.translate.ChainTranslator;
import dev.mekong.translate.TranslationStats;
import dev.mekong.translate.Translators;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.media.ImageCapture;
import dev.mekong.media.MediaStore;
import dev.mekong.pipeline.broker.BrokerConnections;
import dev.mekong.pipeline.broker.BrokerSettings;
import dev.mekong.pipeline.broker.DeadLetters;
import dev.mekong.pipeline.broker.RemoteTranslation;
import jakarta.jms.ConnectionFactory;
import dev.mekong.ingest.InputGuard;
import dev.mekong.ingest.Quarantine;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.StoredInputs;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Binds the beans the routes call, each a plain class built from {@link Settings}. Folder settings are
 * made absolute first, so that the file consumer's archive and quarantine moves do not land inside the
 * inbox. Before any input is read or any folder created, the folders are checked ({@link OutputFolders}),
 * then the content folder is locked against a
 * second pipeline, and what a killed run left behind is cleaned up ({@link CrashRecovery}).
 */
public class PipelineConfiguration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineConfiguration.class);

    @Override
    public void configure(CamelContext context) throws InterruptedException {
        PropertiesComponent properties = context.getPropertiesComponent();
        Settings settings = Settings.from(key -> properties.resolveProperty(key).orElse(null));
        properties.addOverrideProperty("mekong.inbox", settings.inbox().toString());
        properties.addOverrideProperty("mekong.quarantine", settings.quarantine().toString());
        properties.addOverrideProperty("mekong.archive", settings.archive().toString());
        properties.addOverrideProperty("mekong.workers", Integer.toString(workers(properties)));
        BrokerSettings broker = BrokerSettings.enabled(key -> properties.resolveProperty(key).orElse(null))
                ? BrokerSettings.from(key -> properties.resolveProperty(key).orElse(null)) : null;
        if (broker != null) {
            // the translation stage is the workers, over the broker (README: Running on several machines)
            properties.addOverrideProperty("mekong.stage.translate", "bean:remoteTranslation?method=apply");
        }
        String mode = properties.resolveProperty("mekong.mode").orElse("");
        OutputFolders.check(settings, "build".equals(mode));
        InstanceLock lock = settings.standby() && "watch".equals(mode) ? awaitLock(context, settings)
                : InstanceLock.acquire(settings.content());
        try {
            context.addService(lock, true, true); // released when the context stops
            bind(context, properties, settings, broker);
        } catch (Exception e) {
            lock.stop(); // a start refused from here on never stops the context: release the lock now
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot hold the content folder lock", e);
        }
    }

    /**
     * A standby ingest node (mekong.ingest.standby): waits here, before any bean, route or consumer exists,
     * until the pipeline holding the content folder is gone, saying so on the command's console.
     */
    private static InstanceLock awaitLock(CamelContext context, Settings settings) throws InterruptedException {
        Consumer<String> console = Pipeline.notices(context);
        InstanceLock lock = InstanceLock.await(settings.content(), Duration.ofMillis(settings.standbyPollMillis()),
                holder -> console.accept("standby: " + holder + "; waiting for it to stop, trying every "
                        + settings.standbyPollMillis() + " ms"));
        console.accept("standby: took the content folder lock of " + settings.content() + "; starting");
        return lock;
    }

    private void bind(CamelContext context, PropertiesComponent properties, Settings settings, BrokerSettings broker) {
        RunLog log = new RunLog();
        // with inputs kept in the inbox, a record may wait in memory for the next article (ArticleStore); not
        // with translation workers: an input then waits seconds for its translation, and what is stored shows
        // on disk at once, while others are still out
        ArticleStore store = new ArticleStore(settings.content(), settings.keepInputs() && broker == null);
        Quarantine quarantine = new Quarantine(settings.quarantine(), Clock.systemUTC());
        CrashRecovery.recover(store, quarantine, settings.site());
        InboxListing inbox = settings.keepInputs() ? InboxListing.of(settings.inbox()) : null;
        Map<String, String> mekongProperties = mekongProperties(properties);
        // an inbox that archives its inputs (a watch) has no journal of its own: it leaves the kept inbox's
        // entries in the content folder as they are, for the next build. Read beside the records (its own
        // file): a tenth of a second or more at 40,000 inputs
        CompletableFuture<InputIndex> inputIndexRead = DaemonThreads.supply("input-index-read", () -> InputIndex.open(
                settings.content(), RecordFingerprint.of(mekongProperties), name -> inbox == null || inbox.contains(name)));
        // every record changed since the last start read once, before any input: a corrupt one stops the
        // start, naming the file, instead of failing each input that meets it (quarantined through no fault
        // of its own)
        List<StoredInputs> records;
        try {
            records = store.open();
        } finally {
            inputIndexRead.exceptionally(failure -> null).join(); // a start that fails writes nothing after it
        }
        InputIndex inputIndex = DaemonThreads.joined(inputIndexRead);
        if (inbox != null) {
            Set<String> retired = RemovedInputs.retire(store, records, inbox, settings.retireLimit(), log);
            records = records.stream().filter(record -> !retired.contains(record.id())).toList();
        }
        TestPause pause = TestPause.from(key -> properties.resolveProperty(key).orElse(null));
        if (pause != null) {
            context.getManagementStrategy().addEventNotifier(pause);
        }
        Registry registry = context.getRegistry();
        registry.bind("settings", settings);
        StageTimes stageTimes = new StageTimes();
        context.getCamelContextExtension().addInterceptStrategy(stageTimes);
        registry.bind("stageTimes", stageTimes);
        registry.bind("runLog", log);
        boolean watching = "watch".equals(properties.resolveProperty("mekong.mode").orElse(null));
        ScriptFirstLanguageDetector detector = new ScriptFirstLanguageDetector(settings.minLanguageConfidence());
        if (watching) {
            detector.preload(); // a build reads the model at its first new input, or never (nothing changed)
        }
        registry.bind("extractor", FormatExtractor.standard(siteRules(properties)));
        registry.bind("languageStep", new ArticleLanguageStep(detector));
        ChainTranslator translator = Translators.fromSettings(mekongProperties, settings.content(), detector);
        if (watching) {
            translator.memory().preload(); // likewise: a build reads it at its first translation, or never
        }
        TranslateStep translateStep = new TranslateStep(translator, settings.languages(), store,
                new PendingVersions(settings.inbox(), settings.keepInputs() ? inputIndex : null));
        if (inbox != null) {
            RemovedInputs.relink(store, records, inbox, log, translateStep::retranslate);
        }
        registry.bind("translateStep", translateStep);
        DeadLetters deadLetters = null;
        if (broker != null) {
            ConnectionFactory connections = BrokerConnections.forIngest(broker,
                    Integer.parseInt(properties.resolveProperty("mekong.workers").orElseThrow()));
            BrokerConnections.register(context, connections);
            registry.bind("remoteTranslation", new RemoteTranslation(context.createProducerTemplate(), broker,
                    spent -> translator.stats().add(spent)));
            deadLetters = new DeadLetters(connections, broker.deadLetterQueue());
        }
        DeadLetters dead = deadLetters;
        SiteConfig site = SiteConfig.from(key -> properties.resolveProperty(key).orElse(null));
        MemoryCompaction compaction = new MemoryCompaction(translator.memory());
        try {
            context.addService(compaction, true, true); // its stop waits for a compaction under way
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the translation memory's compaction", e);
        }
        SiteUpdater siteUpdater = new SiteUpdater(store, new StaticSiteRenderer(site), settings.site(), log,
                () -> {
                    if (dead != null) {
                        dead.report(log::warn); // what workers could not translate, in the build report
                    }
                    List<BuildSummary.TranslationCost> costs = closeTranslationPeriod(translator, log);
                    compaction.startIfGrown(); // beside the render, which does not read the memory
                    return costs;
                }, SiteState.of(settings.content(), settings.site(), mekongProperties),
                Clock.systemUTC());
        registry.bind("siteUpdater", siteUpdater);
        if (watching) {
            // the site's pages made before the first drop, not after it (on a large site: seconds)
            Consumer<String> console = Pipeline.notices(context);
            long started = System.nanoTime();
            siteUpdater.prepareInBackground(() -> true, true, pages -> {
                if (pages > 0 && console != null) {
                    console.accept(String.format(java.util.Locale.ROOT, "site ready for updates: %,d pages, after %.1f s",
                            pages, (System.nanoTime() - started) / 1e9));
                }
            });
        }
        RenderTrigger renderTrigger = renderTrigger(context, properties, siteUpdater);
        registry.bind("renderTrigger", renderTrigger);
        registry.bind("inboxPolls", new InboxPolls(renderTrigger));
        registry.bind("reviewDrop", new ReviewDrop(translator.memory(), translateStep, store, siteUpdater));
        UnchangedInputs inputs = new UnchangedInputs(inputIndex, store, log, !Translators.NONE.equals(translator.name()),
                siteUpdater::changed);
        registry.bind("inboxRepository", inputs);
        QuarantineStep quarantineStep = new QuarantineStep(quarantine, settings.keepInputs(), log, inputs::readAgainNextRun);
        InboxFilter inboxFilter = new InboxFilter(settings.inboxIgnore(), quarantineStep, log);
        registry.bind("inboxFilter", inboxFilter);
        if ("build".equals(properties.resolveProperty("mekong.mode").orElse(null)) && inbox != null) {
            // the site's pages made while the inputs are read, when a render is coming
            siteUpdater.prepareInBackground(() -> siteUpdater.renderPending()
                    || inputs.anyUnvouched(inbox, name -> inboxFilter.ignoringPattern(name).isPresent()), false, pages -> { });
        }
        registry.bind("inputGuard", new InputGuard(settings.maxInputBytes()));
        registry.bind("decoder", new InputDecoder(settings.maxInputBytes()));
        registry.bind("markupGate", new MarkupDepthGate(settings.maxHtmlDepth()));
        registry.bind("imageCapture", new ImageCapture(new MediaStore(settings.content()), imageSettings(properties),
                line -> LOG.warn("{}", line)));
        registry.bind("articleGate", new ArticleGate(settings.maxParagraphChars(),
                settings.maxCategoryDepth(), settings.maxCategoryChars(), settings.maxTags(), settings.maxTagChars()));
        registry.bind("store", store);
        registry.bind("duplicateGate", new DuplicateGate(store, log));
        registry.bind("identityGate", new IdentityGate(store, settings.inbox()));
        registry.bind("gateOrder", new GateOrder());
        registry.bind("inFlightLimit", new InFlightLimit(Integer.parseInt(properties.resolveProperty("mekong.workers").orElseThrow())));
        registry.bind("languageGate", new LanguageGate(settings.minLanguageConfidence(), settings.quarantineUncertainLanguage(),
                log, inputs::readAgainNextRun));
        registry.bind("quarantine", quarantineStep);
    }

    /** {@link RecordFingerprint#IMAGE_CAPTURE}: what the image capture copies into the content folder, and fetches. */
    private static ImageCapture.Settings imageSettings(PropertiesComponent properties) {
        return new ImageCapture.Settings(flag(properties, "mekong.site.copy-images"), flag(properties, "mekong.site.fetch-images"),
                (int) positive(properties, "mekong.site.image-fetch-timeout-ms"), positive(properties, "mekong.site.image-max-bytes"),
                positive(properties, "mekong.site.image-max-pixels"));
    }

    private static boolean flag(PropertiesComponent properties, String key) {
        String value = properties.resolveProperty(key).orElseThrow().trim();
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false, not '" + value + "'");
        };
    }

    private static long positive(PropertiesComponent properties, String key) {
        String value = properties.resolveProperty(key).orElseThrow().trim();
        try {
            long number = Long.parseLong(value);
            if (number > 0 && number <= Integer.MAX_VALUE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(key + " must be a positive whole number, not '" + value + "'");
    }

    /** Article threads: mekong.workers, or one per processor core when it is 0. */
    private static int workers(PropertiesComponent properties) {
        String value = properties.resolveProperty("mekong.workers").orElseThrow().trim();
        int workers;
        try {
            workers = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("mekong.workers must be a whole number (0: one per core), not '" + value + "'");
        }
        if (workers < 0) {
            throw new IllegalArgumentException("mekong.workers must be 0 (one per core) or more, not " + workers);
        }
        return workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
    }

    /** Each outcome of an input is an event sent to the render stage (mekong.stage.render). */
    private static RenderTrigger renderTrigger(CamelContext context, PropertiesComponent properties, SiteUpdater site) {
        String renderStage = properties.resolveProperty("mekong.stage.render").orElseThrow();
        boolean build = "build".equals(properties.resolveProperty("mekong.mode").orElse(""));
        long maxDelay = Long.parseLong(properties.resolveProperty("mekong.render.max-delay-ms").orElseThrow().trim());
        ProducerTemplate events = context.createProducerTemplate();
        Runnable announce = () -> {
            try {
                events.sendBody(renderStage, null);
            } catch (RuntimeException e) {
                // expected only while the context stops: a stopped watch then renders once more (Pipeline.close)
                if (!context.isStopping() && !context.isStopped()) {
                    LOG.warn("cannot send an event to the render stage {}: {}", renderStage, e.toString());
                }
            }
        };
        return new RenderTrigger(site, build, maxDelay, announce, System::nanoTime);
    }

    /** The period's engine costs; its rejected outputs become warnings (one per engine and language). */
    private static List<BuildSummary.TranslationCost> closeTranslationPeriod(ChainTranslator translator, RunLog log) {
        TranslationStats.Snapshot finished = translator.newBuild();
        finished.rejectionWarnings().forEach(log::warn);
        return costs(finished);
    }

    private static List<BuildSummary.TranslationCost> costs(TranslationStats.Snapshot stats) {
        return stats.engines().entrySet().stream()
                .map(e -> new BuildSummary.TranslationCost(e.getKey(), e.getValue().requests(), e.getValue().charactersSent(),
                        e.getValue().charactersDryRun(), e.getValue().retries(), e.getValue().stopped()))
                .sorted(java.util.Comparator.comparing(BuildSummary.TranslationCost::engine))
                .toList();
    }

    /** The user's per-site extraction rules, or none; a file that cannot be read stops the start. */
    private static SiteRules siteRules(PropertiesComponent properties) {
        String file = properties.resolveProperty(SiteRules.CONFIG_KEY).orElse("").trim();
        if (file.isEmpty()) {
            return SiteRules.none();
        }
        try {
            return SiteRules.load(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(SiteRules.CONFIG_KEY + ": cannot use " + file + ": " + e, e);
        }
    }

    /**
     * Every {@code mekong.*} key as the properties component resolves it (defaults, --config file,
     * system properties, environment, command-line overrides), for the components that read keys
     * themselves.
     */
    private static Map<String, String> mekongProperties(PropertiesComponent properties) {
        Set<String> keys = new TreeSet<>();
        properties.loadProperties(key -> key.startsWith("mekong.")).stringPropertyNames().forEach(keys::add);
        if (properties instanceof org.apache.camel.component.properties.PropertiesComponent component
                && component.getOverrideProperties() != null) {
            component.getOverrideProperties().stringPropertyNames().forEach(keys::add);
        }
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("mekong.")).forEach(keys::add);
        Map<String, String> resolved = new HashMap<>();
        for (String key : keys) {
            if (key.startsWith("mekong.")) {
                properties.resolveProperty(key).ifPresent(value -> resolved.put(key, value));
            }
        }
        return resolved;
    }
}
