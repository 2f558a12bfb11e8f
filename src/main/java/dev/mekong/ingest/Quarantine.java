package dev.mekong.ingest;

import dev.mekong.model.InputRejectedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

/**
 * Puts a bad input aside with a {@code NAME.reason.txt} that says what was wrong. Nothing is ever
 * overwritten: an earlier quarantined file of the same name is renamed with its time first. A long NAME
 * is shortened ({@link InputNames#bounded}) the same way the file consumer's moveFailed shortens it.
 */
public class Quarantine {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS").withZone(ZoneOffset.UTC);

    private static final String TEMP_SUFFIX = ".tmp";

    private final Path folder;
    private final Clock clock;

    public Quarantine(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The sentence an editor reads: the rejection message, or the error's type and message. */
    public static String reasonOf(Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof InputRejectedException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            return cause.getMessage();
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return "processing failed: " + root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * Records why {@code fileName} was rejected. Any earlier quarantined file or reason of the same name
     * is kept under a time-stamped name.
     *
     * @param input    the input as it still lies in the inbox, copied into quarantine when {@code copy}
     *                 is true (inputs that stay in the inbox); when false the caller moves it
     * @return the reason written
     */
    public String reject(String fileName, Path input, Throwable error, boolean copy) {
        String reason = reasonOf(error);
        try {
            Path target = prepare(fileName);
            // a link or special file never gets here (InboxFilter refuses it); never follow one anyway
            if (copy && input != null && Files.isRegularFile(input, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(input, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
            writeReason(fileName, target, reason);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to quarantine folder " + folder, e);
        }
        return reason;
    }

    /**
     * Records why an inbox entry is refused unopened (a link, a named pipe, a device, a name that is not
     * UTF-8). Its content is never read nor copied: the entry itself, not what a link points to, is moved
     * into quarantine when {@code move} is true (inputs that leave the inbox), and left alone otherwise.
     *
     * @param entry the entry as NIO lists it (which keeps the bytes of a name that is not UTF-8)
     */
    public void refuse(String fileName, Path entry, String reason, boolean move) {
        try {
            Path target = prepare(fileName);
            if (move) {
                Files.move(entry, target, LinkOption.NOFOLLOW_LINKS);
            }
            writeReason(fileName, target, reason);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to quarantine folder " + folder, e);
        }
    }

    /** The quarantine path for an input, with any earlier file and reason of that name kept aside. */
    private Path prepare(String fileName) throws IOException {
        Files.createDirectories(folder);
        Path target = safeChild(InputNames.bounded(fileName));
        String stamp = STAMP.format(clock.instant());
        keepEarlier(target, stamp);
        keepEarlier(reasonFileOf(target), stamp);
        return target;
    }

    private void writeReason(String fileName, Path target, String reason) throws IOException {
        String text = "file: " + fileName + "\n"
                + "quarantined: " + Instant.now(clock) + "\n"
                + "reason: " + reason + "\n";
        Path reasonFile = reasonFileOf(target);
        Path tmp = reasonFile.resolveSibling("." + reasonFile.getFileName() + TEMP_SUFFIX);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, reasonFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path reasonFileOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".reason.txt");
    }

    /** Deletes reason files a killed process left half-written; returns how many. */
    public int deleteTemporaryFiles() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.list(folder)) {
            int deleted = 0;
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(".reason.txt" + TEMP_SUFFIX)).toList()) {
                Files.deleteIfExists(f);
                deleted++;
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean quarantine folder " + folder, e);
        }
    }

    private Path safeChild(String fileName) {
        Path name = Path.of(fileName).getFileName();
        Path target = folder.resolve(name.toString()).normalize();
        if (!target.startsWith(folder)) {
            throw new IllegalArgumentException("unsafe file name " + fileName);
        }
        return target;
    }

    private static void keepEarlier(Path file, String stamp) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(file, file.resolveSibling(file.getFileName() + "." + stamp), StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
