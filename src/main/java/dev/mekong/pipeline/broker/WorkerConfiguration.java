package dev.mekong.pipeline.broker;

import dev.mekong.language.ScriptFirstLanguageDetector;
import dev.mekong.pipeline.Settings;
import dev.mekong.pipeline.TranslateStep;
import dev.mekong.translate.ChainTranslator;
import dev.mekong.translate.Translators;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

import java.util.HashMap;
import java.util.Map;

/**
 * A translation worker's beans: the translate step with the engines of {@code mekong.translator} and the
 * translation memory shared through {@code mekong.content} (a folder on shared storage), and the broker's
 * component and routes. A worker reads no inbox and writes no record or page: it takes no content folder
 * lock, so any number of workers share the folder.
 */
public class WorkerConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        PropertiesComponent properties = context.getPropertiesComponent();
        if (!BrokerSettings.enabled(key -> properties.resolveProperty(key).orElse(null))) {
            throw new IllegalArgumentException("a translation worker needs mekong.transport=jms and mekong.jms.url");
        }
        BrokerSettings broker = BrokerSettings.from(key -> properties.resolveProperty(key).orElse(null));
        Settings settings = Settings.from(key -> properties.resolveProperty(key).orElse(null));
        Map<String, String> mekong = new HashMap<>();
        properties.loadProperties(key -> key.startsWith("mekong.")).stringPropertyNames()
                .forEach(key -> properties.resolveProperty(key).ifPresent(value -> mekong.put(key, value)));
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("mekong."))
                .forEach(key -> properties.resolveProperty(key).ifPresent(value -> mekong.put(key, value)));
        if (properties instanceof org.apache.camel.component.properties.PropertiesComponent component
                && component.getOverrideProperties() != null) {
            component.getOverrideProperties().stringPropertyNames().stream().filter(k -> k.startsWith("mekong."))
                    .forEach(key -> properties.resolveProperty(key).ifPresent(value -> mekong.put(key, value)));
        }
        ChainTranslator translator = Translators.fromSettings(mekong, settings.content(),
                new ScriptFirstLanguageDetector(settings.minLanguageConfidence()));
        context.getRegistry().bind("translateStep", new TranslateStep(translator, settings.languages()));
        BrokerConnections.register(context, BrokerConnections.forWorker(broker));
        context.addRoutes(BrokerRoutes.workerErrors());
        context.addRoutes(BrokerRoutes.worker(broker, translator));
    }
}
