package dev.mekong.pipeline;

import org.apache.camel.support.service.ServiceSupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One pipeline at a time per content folder: two processes storing and rendering the same articles
 * would overwrite each other's work. The lock is an operating-system lock on {@code content/.mekong.lock},
 * so it disappears with the process however it ends (a kill -9 leaves no stale lock behind); the file
 * itself stays and only says which process held it last ({@code pid N on host H}).
 */
public final class InstanceLock extends ServiceSupport {

    static final String FILE_NAME = ".mekong.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** One try: the lock, or else what the lock file says about its holder. */
    private record Attempt(InstanceLock lock, String holder) {
    }

    /** Takes the lock or fails at once, naming the folder and the process that holds it. */
    public static InstanceLock acquire(Path contentDir) {
        Attempt attempt = attempt(contentDir);
        if (attempt.lock() == null) {
            throw new IllegalStateException("another mekong pipeline is using the content folder " + contentDir
                    + describe(attempt.holder()) + "; stop it first");
        }
        return attempt.lock();
    }

    /**
     * A standby's way (mekong.ingest.standby): tries every {@code poll} until the holder is gone, and
     * tells {@code waiting} once, at the first refusal, the folder and who holds it. The holder's lock
     * goes with its process, so a standby on another machine takes over from a killed one, on storage whose
     * locks work across machines (README: One ingest node at a time).
     */
    public static InstanceLock await(Path contentDir, Duration poll, Consumer<String> waiting) throws InterruptedException {
        boolean told = false;
        while (true) {
            Attempt attempt = attempt(contentDir);
            if (attempt.lock() != null) {
                return attempt.lock();
            }
            if (!told) {
                waiting.accept("the content folder " + contentDir + " is locked by another mekong pipeline"
                        + describe(attempt.holder()));
                told = true;
            }
            Thread.sleep(poll.toMillis()); // the lock holder tells nobody when it goes: look again later
        }
    }

    private static Attempt attempt(Path contentDir) {
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
                return new Attempt(null, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " on host " + hostName())
                    .getBytes(StandardCharsets.UTF_8)));
            return new Attempt(new InstanceLock(channel, lock), null);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("cannot lock the content folder " + contentDir + ": " + e.getMessage(), e);
        }
    }

    private static String describe(String holder) {
        return holder.isEmpty() ? "" : " (" + holder + ")";
    }

    /** Which machine holds the lock, for the message of whoever is refused it (on shared storage). */
    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
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
