package dev.mekong.ingest;

import dev.mekong.model.InputRejectedException;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rejects an input before it is read: an unknown kind of file, or one over the size limit; and refuses,
 * without ever opening it, an inbox entry that is not a plain file of its own.
 */
public class InputGuard {

    /** The file type bits of a unix mode, and the types told apart. */
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int FOLDER = 0040000;
    private static final int REGULAR_FILE = 0100000;
    private static final int SYMBOLIC_LINK = 0120000;
    private static final int SOCKET = 0140000;
    private static final String NEVER_OPENED = ", not a regular file: it is never opened";

    private final long maxBytes;

    public InputGuard(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** True for reviewed translations (XLIFF) handed back by reviewers, which are not articles. */
    public boolean isReviewedTranslations(String fileName) {
        return InputFormat.ofFileName(fileName) == InputFormat.XLIFF;
    }

    public void check(String fileName, long size) {
        InputFormat.ofFileName(fileName);
        if (size > maxBytes) {
            throw new InputRejectedException(String.format(Locale.ROOT,
                    "the file is %,d bytes, over the limit of %,d bytes (mekong.max-input-bytes)", size, maxBytes));
        }
    }

    /**
     * Why an inbox entry must not be read, from its own attributes (links are not followed, nothing is
     * opened): a symbolic link (it may point anywhere, /etc/passwd included), a named pipe (reading one
     * waits for a writer forever), a device or socket, or a file with more than one hard link (the same
     * file may also live outside the inbox; editors and download tools never make hard links, so refusing
     * every one is the safe reading). Empty for a regular file or a folder.
     *
     * @throws NoSuchFileException when the entry is gone
     */
    public static Optional<String> refusal(Path entry) throws IOException {
        Map<String, Object> unix;
        try {
            // one lstat for all of it: a poll looks at every entry of an inbox of 40,000 files
            unix = Files.readAttributes(entry, "unix:mode,nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return refusalWithoutUnixAttributes(entry);
        }
        int type = (Integer) unix.get("mode") & TYPE_BITS;
        if (type == SYMBOLIC_LINK) {
            return Optional.of(linkRefusal(entry));
        }
        if (type == REGULAR_FILE) {
            int links = (Integer) unix.get("nlink");
            return links > 1 ? Optional.of(hardLinksRefusal(links)) : Optional.empty();
        }
        if (type == FOLDER) {
            return Optional.empty();
        }
        return Optional.of((type == FIFO ? "a named pipe (FIFO)" : type == SOCKET ? "a socket" : "a device")
                + NEVER_OPENED);
    }

    /** Without unix attributes (Windows) links and special files are still refused; hard links cannot be counted. */
    private static Optional<String> refusalWithoutUnixAttributes(Path entry) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            return Optional.of(linkRefusal(entry));
        }
        return attributes.isOther() ? Optional.of("a special file" + NEVER_OPENED) : Optional.empty();
    }

    private static String linkRefusal(Path entry) throws IOException {
        return "a symbolic link (to " + Files.readSymbolicLink(entry) + "): links are never followed; copy the file itself into the inbox";
    }

    private static String hardLinksRefusal(int links) {
        return "the file has " + links + " hard links: the same file may be outside the inbox, so it is not read; "
                + "copy it into the inbox instead";
    }

    /**
     * The entries of a folder whose names are not valid UTF-8 and read as {@code name}: Java reads each
     * such byte as U+FFFD, so the name it reports opens nothing, while the entries listed by NIO keep
     * their real bytes and can still be moved.
     */
    public static List<Path> undecodableEntries(Path folder, String name) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(name) && Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(entry);
                }
            }
        }
        return found;
    }
}
