package dev.mekong.pipeline;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;

/**
 * The inbox consumer's poll strategy: a poll is skipped once the render stage says the inbox is no longer
 * read ({@link RenderTrigger#takesInputs}); errors of a poll are handled as Camel's default strategy does.
 * A poll that dispatched inputs, during which the inbox folder did not change (no file came, went or was
 * renamed) and the read lock turned no file away, left nothing behind: the render stage is told so
 * ({@link RenderTrigger#everyInputDispatched}), and a build renders without polling once more.
 */
public class InboxPolls extends DefaultPollingConsumerPollStrategy {

    private final RenderTrigger trigger;
    /** The inbox folder's time stamp and the read lock's refusals when the current poll began; null: unknown. */
    private FileTime folderAtBegin;
    private long refusalsAtBegin;

    public InboxPolls(RenderTrigger trigger) {
        this.trigger = trigger;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        if (!trigger.takesInputs()) {
            return false;
        }
        folderAtBegin = folderStamp(endpoint);
        refusalsAtBegin = refusals(endpoint);
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        super.commit(consumer, endpoint, polledMessages);
        if (polledMessages > 0 && folderAtBegin != null && refusalsAtBegin >= 0
                && refusals(endpoint) == refusalsAtBegin && folderAtBegin.equals(folderStamp(endpoint))) {
            trigger.everyInputDispatched();
        }
    }

    private static FileTime folderStamp(Endpoint endpoint) {
        if (!(endpoint instanceof FileEndpoint files)) {
            return null;
        }
        try {
            return Files.getLastModifiedTime(files.getFile().toPath());
        } catch (IOException e) {
            return null;
        }
    }

    /** The read lock's refusals so far, or -1 when the endpoint has another read lock. */
    private static long refusals(Endpoint endpoint) {
        return endpoint instanceof FileEndpoint files && files.getExclusiveReadLockStrategy() instanceof InboxReadLock lock
                ? lock.refusals() : -1;
    }
}
