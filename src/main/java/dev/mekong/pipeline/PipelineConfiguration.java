package dev.mekong.pipeline;

import dev.mekong.ingest.ContentHashIdempotentRepository;
import dev.mekong.ingest.InputDecoder;
import dev.mekong.ingest.InputGuard;
import dev.mekong.ingest.Quarantine;
import dev.mekong.site.ArticleStore;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.spi.Registry;

import java.time.Clock;

/**
 * Binds the beans the routes call, each a plain class built from {@link Settings}. Folder settings are
 * made absolute first, so that the file consumer's archive and quarantine moves do not land inside the
 * inbox.
 */
public class PipelineConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        Settings settings = Settings.from(key -> properties.resolveProperty(key).orElse(null));
        properties.addOverrideProperty("mekong.inbox", settings.inbox().toString());
        properties.addOverrideProperty("mekong.quarantine", settings.quarantine().toString());
        properties.addOverrideProperty("mekong.archive", settings.archive().toString());
        RunLog log = new RunLog();
        ArticleStore store = new ArticleStore(settings.content());
        Registry registry = context.getRegistry();
        registry.bind("settings", settings);
        registry.bind("runLog", log);
        registry.bind("inboxRepository", new ContentHashIdempotentRepository());
        registry.bind("inputGuard", new InputGuard(settings.maxInputBytes()));
        registry.bind("decoder", new InputDecoder());
        registry.bind("store", store);
        registry.bind("languageGate", new LanguageGate(settings.minLanguageConfidence(), settings.quarantineUncertainLanguage(), log));
        registry.bind("quarantine", new QuarantineStep(new Quarantine(settings.quarantine(), Clock.systemUTC()), settings.keepInputs(), log));
        // TEMP-WIRING
        registry.bind("extractor", (dev.mekong.extract.ArticleExtractor) in -> dev.mekong.model.Article.extracted(in.source(),
                new dev.mekong.model.Metadata(in.text().lines().findFirst().orElse("x"), null, null, null, null, null, null, null),
                in.text().lines().skip(1).filter(l -> !l.isBlank()).map(dev.mekong.model.Block::paragraph).toList(), null));
        registry.bind("languageStep", new TempLang());
        registry.bind("translateStep", new TranslateStep(new TempTr(), settings.languages()));
        registry.bind("siteUpdater", new SiteUpdater(store, (articles, dir) -> { java.nio.file.Files.createDirectories(dir); java.nio.file.Files.writeString(dir.resolve("index.html"), articles.toString()); }, settings.site(), log));
    }
    public static class TempLang { public dev.mekong.model.Article apply(dev.mekong.model.Article a) { if (a.title().contains("BAD")) throw new dev.mekong.model.InputRejectedException("bad title"); return a.withLanguage(new dev.mekong.model.Language("zh-Hans", 0.9), a.blocks()); } }
    public static class TempTr implements dev.mekong.translate.Translator { public String name() { return "t"; }
        public dev.mekong.model.Version translate(dev.mekong.model.Article a, String l) { return new dev.mekong.model.Version("untranslated", null, "zh-Hans", a.title(), a.blocks()); }
    }
}
