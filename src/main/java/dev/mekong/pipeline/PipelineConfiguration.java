package dev.mekong.pipeline;

import dev.mekong.extract.FormatExtractor;
import dev.mekong.extract.html.HtmlPageExtractor;
import dev.mekong.ingest.ContentHashIdempotentRepository;
import dev.mekong.ingest.InputFormat;
import dev.mekong.language.ArticleLanguageStep;
import dev.mekong.language.ScriptFirstLanguageDetector;
import dev.mekong.site.SiteConfig;
import dev.mekong.site.StaticSiteRenderer;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.ingest.InputGuard;
import dev.mekong.ingest.Quarantine;
import dev.mekong.site.ArticleStore;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;

import java.time.Clock;
import java.util.Map;

/**
 * Binds the beans the routes call, each a plain class built from {@link Settings}. Folder settings are
 * made absolute first, so that the file consumer's archive and quarantine moves do not land inside the
 * inbox. Before any input is read, the output folders are checked, the content folder is locked against a
 * second pipeline, and what a killed run left behind is cleaned up ({@link CrashRecovery}).
 */
public class PipelineConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        Settings settings = Settings.from(key -> properties.resolveProperty(key).orElse(null));
        properties.addOverrideProperty("mekong.inbox", settings.inbox().toString());
        properties.addOverrideProperty("mekong.quarantine", settings.quarantine().toString());
        properties.addOverrideProperty("mekong.archive", settings.archive().toString());
        OutputFolders.requireWritable(Map.of("mekong.site", settings.site().getParent(), "mekong.content", settings.content(),
                "mekong.quarantine", settings.quarantine(), "mekong.archive", settings.archive()));
        InstanceLock lock = InstanceLock.acquire(settings.content());
        try {
            context.addService(lock, true, true); // released when the context stops
        } catch (Exception e) {
            throw new IllegalStateException("cannot hold the content folder lock", e);
        }
        RunLog log = new RunLog();
        ArticleStore store = new ArticleStore(settings.content());
        Quarantine quarantine = new Quarantine(settings.quarantine(), Clock.systemUTC());
        CrashRecovery.recover(store, quarantine, settings.site());
        TestPause pause = TestPause.from(key -> properties.resolveProperty(key).orElse(null));
        if (pause != null) {
            context.getManagementStrategy().addEventNotifier(pause);
        }
        Registry registry = context.getRegistry();
        registry.bind("settings", settings);
        registry.bind("runLog", log);
        registry.bind("inboxRepository", new ContentHashIdempotentRepository());
        registry.bind("inboxFilter", new InboxFilter(settings.inboxIgnore(), log));
        registry.bind("inputGuard", new InputGuard(settings.maxInputBytes()));
        registry.bind("decoder", new InputDecoder(settings.maxInputBytes()));
        registry.bind("markupGate", new MarkupDepthGate(settings.maxHtmlDepth()));
        registry.bind("articleGate", new ArticleGate(settings.maxParagraphChars()));
        registry.bind("store", store);
        registry.bind("duplicateGate", new DuplicateGate(store, log));
        registry.bind("languageGate", new LanguageGate(settings.minLanguageConfidence(), settings.quarantineUncertainLanguage(), log));
        registry.bind("quarantine", new QuarantineStep(quarantine, settings.keepInputs(), log));
        ScriptFirstLanguageDetector detector = new ScriptFirstLanguageDetector(settings.minLanguageConfidence());
        registry.bind("extractor", FormatExtractor.standard().with(InputFormat.HTML, new HtmlPageExtractor()));
        registry.bind("languageStep", new ArticleLanguageStep(detector));
        registry.bind("translateStep", new TranslateStep(TEMP_NONE, settings.languages()));
        SiteConfig site = SiteConfig.from(key -> properties.resolveProperty(key).orElse(null));
        registry.bind("siteUpdater", new SiteUpdater(store, new StaticSiteRenderer(site), settings.site(), log));
    }

    static final dev.mekong.translate.Translator TEMP_NONE = new dev.mekong.translate.Translator() {
        public String name() { return "none"; }
        public dev.mekong.model.Version translate(dev.mekong.model.Article a, String l) {
            boolean same = a.language().primary().equals(l);
            return new dev.mekong.model.Version(same ? "source" : "untranslated", null, a.language().tag(), a.title(), a.blocks()); }
    };
}
