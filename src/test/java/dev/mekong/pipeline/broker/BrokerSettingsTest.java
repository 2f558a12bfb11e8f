package dev.mekong.pipeline.broker;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerSettingsTest {

    @Test
    void theTransportIsLocalUnlessJmsIsAskedFor() {
        assertThat(BrokerSettings.enabled(Map.<String, String>of()::get)).isFalse();
        assertThat(BrokerSettings.enabled(Map.of("mekong.transport", " JMS ")::get)).isTrue();
        assertThatThrownBy(() -> BrokerSettings.enabled(Map.of("mekong.transport", "amqp")::get))
                .hasMessage("mekong.transport must be local or jms, not 'amqp'");
    }

    @Test
    void workersConsumeInATransactionAndTheIngestNodeWaitsForItsReply() {
        BrokerSettings settings = BrokerSettings.from(Map.of("mekong.jms.queue", "site-a.translate",
                "mekong.jms.consumers", "4", "mekong.jms.request-timeout-ms", "90000")::get);

        assertThat(settings.workerUri()).startsWith("jms:queue:site-a.translate?")
                .contains("transacted=true", "concurrentConsumers=4", "maxConcurrentConsumers=4");
        assertThat(settings.requestUri()).startsWith("jms:queue:site-a.translate?")
                .contains("exchangePattern=InOut", "replyTo=mekong.translated", "requestTimeout=90000",
                        "deliveryPersistent=true");
        assertThat(settings.deadLetterUri()).startsWith("jms:queue:mekong.translate.dead?");
    }

    @Test
    void badValuesNameTheirKey() {
        assertThatThrownBy(() -> BrokerSettings.from(Map.of("mekong.jms.queue", "a?b=c")::get))
                .hasMessage("mekong.jms.queue must be a queue name (letters, digits, . _ -), not 'a?b=c'");
        assertThatThrownBy(() -> BrokerSettings.from(Map.of("mekong.jms.max-body-bytes", "64MB")::get))
                .hasMessage("mekong.jms.max-body-bytes must be a whole number, not '64MB'");
        assertThatThrownBy(() -> BrokerSettings.from(Map.of("mekong.jms.max-deliveries", "0")::get))
                .hasMessage("mekong.jms.max-deliveries must be 1 or more, not 0");
    }
}
