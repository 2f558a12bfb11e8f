package dev.mekong.pipeline;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads an inbox file only once its writer is done: when it has been quiet (same size, same modification
 * time) for the quiet period. Camel's {@code readLock=changed} with {@code readLockMinAge} asks instead
 * for a modification time older than now minus the quiet period, which a file stamped in the future (a
 * camera or a machine with a wrong clock, {@code touch -d tomorrow}) never has: it was never read, and
 * every poll spent the whole read-lock timeout on it before the files after it. Here the quiet time of a
 * file stamped in the past counts from its stamp (a file renamed into the inbox is read at once), and that
 * of any other file from when it was first seen unchanged, by this machine's clock.
 */
public class InboxReadLock implements GenericFileExclusiveReadLockStrategy<File> {

    /** Files not read by the poll that tried them (not quiet before the timeout, or gone): a later poll tries again. */
    private final AtomicLong refusals = new AtomicLong();
    private long quietPeriodMillis;
    private long timeoutMillis;
    private long checkIntervalMillis = 100;

    public void setQuietPeriod(long millis) {
        this.quietPeriodMillis = millis;
    }

    /** Gives up after this long (the file is tried again on the next poll). */
    @Override
    public void setTimeout(long millis) {
        this.timeoutMillis = millis;
    }

    @Override
    public void setCheckInterval(long millis) {
        this.checkIntervalMillis = millis;
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file, Exchange exchange) {
        Path path = Path.of(file.getAbsoluteFilePath());
        long start = System.currentTimeMillis();
        long seenModified = Long.MIN_VALUE;
        long seenSize = -1;
        long quietSince = start;
        while (true) {
            long now = System.currentTimeMillis();
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                refusals.incrementAndGet();
                return false; // gone: nothing to read
            }
            long modified = attributes.lastModifiedTime().toMillis();
            if (modified != seenModified || attributes.size() != seenSize) {
                seenModified = modified;
                seenSize = attributes.size();
                quietSince = now;
            }
            if (now - Math.min(modified, quietSince) >= quietPeriodMillis) {
                return true;
            }
            if (timeoutMillis > 0 && now - start > timeoutMillis) {
                refusals.incrementAndGet();
                return false;
            }
            try {
                Thread.sleep(checkIntervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                refusals.incrementAndGet();
                return false; // stopping
            }
        }
    }

    /** How many times a file was not read so far ({@link InboxPolls}: then a build looks at the inbox again). */
    public long refusals() {
        return refusals.get();
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint) {
        // no lock files to clean up
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(GenericFileOperations<File> operations, GenericFile<File> file, Exchange exchange) {
        // nothing was locked: the file was only watched
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(GenericFileOperations<File> operations, GenericFile<File> file, Exchange exchange) {
        // nothing was locked
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(GenericFileOperations<File> operations, GenericFile<File> file, Exchange exchange) {
        // nothing was locked
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel level) {
        // nothing is logged
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
        // never writes marker files into the user's inbox
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean delete) {
        // never writes lock files
    }
}
