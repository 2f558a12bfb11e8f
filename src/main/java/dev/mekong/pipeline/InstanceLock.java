package dev.mekong.pipeline;

import org.apache.camel.support.service.ServiceSupport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One pipeline at a time per content folder: two processes storing and rendering the same articles
 * would overwrite each other's work. The lock is an operating-system lock on {@code content/.mekong.lock},
 * so it disappears with the process however it ends (a kill -9 leaves no stale lock behind); the file
 * itself stays and only says which process held it last.
 */
public final class InstanceLock extends ServiceSupport {

    static final String FILE_NAME = ".mekong.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails at once, naming the folder and the process that holds it. */
    public static InstanceLock acquire(Path contentDir) {
        Path file = contentDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(contentDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another pipeline in this same JVM
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new IllegalStateException("another mekong pipeline is using the content folder " + contentDir
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + "; stop it first");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("cannot lock the content folder " + contentDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected void doStop() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
        channel.close();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock failed already; that is the error worth reporting
        }
    }
}
