package dev.mekong.pipeline;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

/**
 * The inbox consumer's poll strategy: a poll is skipped once the render stage says the inbox is no longer
 * read ({@link RenderTrigger#takesInputs}); errors of a poll are handled as Camel's default strategy does.
 */
public class InboxPolls extends DefaultPollingConsumerPollStrategy {

    private final RenderTrigger trigger;

    public InboxPolls(RenderTrigger trigger) {
        this.trigger = trigger;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return trigger.takesInputs();
    }
}
