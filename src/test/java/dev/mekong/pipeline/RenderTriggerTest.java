package dev.mekong.pipeline;

import dev.mekong.site.ArticleStore;
import dev.mekong.site.PublishResult;
import dev.mekong.site.SiteBuild;
import dev.mekong.site.SiteRenderer;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** When the render stage renders, and when a build is done, with inputs processed concurrently. */
class RenderTriggerTest {

    @TempDir
    Path work;

    private final AtomicInteger renders = new AtomicInteger();
    private final AtomicInteger events = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong();
    private SiteUpdater site;

    private RenderTrigger trigger(boolean build, Throwable renderFailure) {
        SiteRenderer renderer = (SiteBuild siteBuild, Path siteDir) -> {
            renders.incrementAndGet();
            if (renderFailure instanceof Error error) {
                throw error;
            }
            return new PublishResult(0, 0, 0, siteDir);
        };
        site = new SiteUpdater(new ArticleStore(work.resolve("content")), renderer, work.resolve("site"), new RunLog(), List::of,
                SiteState.of(work.resolve("content"), work.resolve("site"), Map.of()), java.time.Clock.systemUTC());
        return new RenderTrigger(site, build, 2000, events::incrementAndGet, clock::get);
    }

    private static Exchange input() {
        return new DefaultExchange(new DefaultCamelContext());
    }

    /** What the file consumer's unit of work does when the exchange completes. */
    private static void complete(Exchange exchange) {
        for (Synchronization done : exchange.getExchangeExtension().handoverCompletions()) {
            done.onComplete(exchange);
        }
    }

    @Test
    void aBuildStopsReadingTheInboxWhenItsLastRenderBeginsAWatchNever() {
        RenderTrigger build = trigger(true, null);
        Exchange input = input();
        build.dispatched(input);
        build.inboxDrained();
        build.settle();
        assertThat(build.takesInputs()).as("an input in flight: not the last render").isTrue();
        complete(input);
        build.settle();
        assertThat(build.takesInputs()).isFalse();

        RenderTrigger watch = trigger(false, null);
        watch.inboxDrained();
        watch.settle();
        assertThat(watch.takesInputs()).isTrue();
    }

    @Test
    void aBuildRendersOnceTheInboxIsDrainedAndEveryInputReachedItsOutcome() throws InterruptedException {
        RenderTrigger trigger = trigger(true, null);
        Exchange first = input();
        Exchange second = input();
        trigger.dispatched(first);
        trigger.dispatched(second);
        trigger.inboxDrained();
        complete(first);
        trigger.settle();

        assertThat(events).as("each outcome is an event").hasValue(1);
        assertThat(renders).as("one input still in flight").hasValue(0);
        assertThat(trigger.awaitBuilt(0, TimeUnit.SECONDS)).isFalse();

        complete(second);
        trigger.settle();

        assertThat(renders).hasValue(1);
        assertThat(trigger.inFlight()).isZero();
        assertThat(trigger.awaitBuilt(0, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aBuildDoesNotRenderBeforeTheInboxIsDrained() throws InterruptedException {
        RenderTrigger trigger = trigger(true, null);
        Exchange only = input();
        trigger.dispatched(only);
        complete(only);
        trigger.settle();

        assertThat(renders).hasValue(0);
        assertThat(trigger.awaitBuilt(0, TimeUnit.SECONDS)).isFalse();

        trigger.inboxDrained();
        trigger.settle();

        assertThat(renders).hasValue(1);
        assertThat(trigger.awaitBuilt(0, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWatchRendersAsSoonAsNothingIsInFlight() {
        RenderTrigger trigger = trigger(false, null);
        trigger.inboxDrained();
        trigger.settle();
        assertThat(renders).as("the first look at the inbox").hasValue(1);

        Exchange drop = input();
        trigger.dispatched(drop);
        site.changed();
        complete(drop);
        trigger.settle();

        assertThat(renders).as("no empty poll needed").hasValue(2);
    }

    @Test
    void aWatchUnderAStreamOfInputsRendersAtLeastEveryMaxDelay() {
        RenderTrigger trigger = trigger(false, null);
        Exchange longRunning = input();
        trigger.dispatched(longRunning);
        Exchange done = input();
        trigger.dispatched(done);
        site.changed();
        complete(done);
        trigger.settle();
        assertThat(renders).as("one input still in flight").hasValue(0);

        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(2000));
        trigger.settle();

        assertThat(renders).as("the outcome waited the max delay").hasValue(1);
    }

    @Test
    void aFailedRenderReleasesTheBuildWithTheFailure() throws InterruptedException {
        RenderTrigger trigger = trigger(true, new StackOverflowError());
        trigger.inboxDrained();
        trigger.settle();

        assertThat(trigger.awaitBuilt(0, TimeUnit.SECONDS)).isTrue();
        assertThat(site.renderFailure()).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aBuildPollThatDispatchedEveryInputAndLeftTheFolderAsItWasDrainsTheInboxWithoutAnotherPoll() throws Exception {
        RenderTrigger trigger = trigger(true, null);
        Inbox inbox = new Inbox(trigger);

        inbox.poll(() -> { });

        assertThat(trigger.awaitBuilt(0, TimeUnit.SECONDS)).isTrue();
        assertThat(trigger.takesInputs()).isFalse();
        assertThat(renders).hasValue(1);
    }

    @Test
    void aFileThatCameDuringThePollOrThatTheReadLockTurnedAwayNeedsAnEmptyPollAsBefore() throws Exception {
        RenderTrigger trigger = trigger(true, null);
        Inbox inbox = new Inbox(trigger);

        inbox.poll(() -> Files.setLastModifiedTime(inbox.folder,
                FileTime.fromMillis(System.currentTimeMillis() + 60_000)));
        assertThat(trigger.awaitBuilt(0, TimeUnit.SECONDS)).as("the folder changed").isFalse();

        inbox.poll(() -> {
            GenericFile<File> gone = new GenericFile<>();
            gone.setAbsoluteFilePath(inbox.folder.resolve("gone.md").toString());
            assertThat(inbox.lock.acquireExclusiveReadLock(null, gone, input())).isFalse();
        });
        assertThat(trigger.awaitBuilt(0, TimeUnit.SECONDS)).as("a file turned away").isFalse();
        assertThat(trigger.takesInputs()).isTrue();

        trigger.inboxDrained();
        trigger.settle();
        assertThat(trigger.awaitBuilt(0, TimeUnit.SECONDS)).isTrue();
    }

    /** Something that happens while a poll runs. */
    private interface DuringPoll {
        void run() throws Exception;
    }

    /** The inbox consumer's endpoint with its read lock, polled through {@link InboxPolls}. */
    private final class Inbox {
        final Path folder = Files.createDirectories(work.resolve("inbox"));
        final InboxReadLock lock = new InboxReadLock();
        final FileEndpoint endpoint;
        final RenderTrigger trigger;
        final InboxPolls polls;

        Inbox(RenderTrigger trigger) throws IOException {
            this.trigger = trigger;
            endpoint = new DefaultCamelContext().getEndpoint("file:" + folder, FileEndpoint.class);
            endpoint.setExclusiveReadLockStrategy(lock);
            polls = new InboxPolls(trigger);
        }

        /** A poll that dispatches one input, which then reaches its outcome. */
        void poll(DuringPoll during) throws Exception {
            assertThat(polls.begin(null, endpoint)).isTrue();
            Exchange input = input();
            trigger.dispatched(input);
            during.run();
            polls.commit(null, endpoint, 1);
            complete(input);
            trigger.settle();
        }
    }
}
