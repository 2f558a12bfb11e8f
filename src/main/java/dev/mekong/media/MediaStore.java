package dev.mekong.media;

import dev.mekong.model.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The images copied into the content folder ({@code content/media/SHA256.EXT}), named by the sha-256 of their
 * bytes: the same image, from any input, is stored once. A file is written beside its place and renamed
 * into it, so a reader never sees half of one. The site is rendered from here, so a rebuild from the content
 * folder needs no inbox.
 */
public final class MediaStore {

    private static final String TEMP_PREFIX = ".media-";

    private final Path folder;

    /** @param content the content folder */
    public MediaStore(Path content) {
        this.folder = content.resolve("media");
    }

    /** The media folder of a content folder. */
    public static Path folderOf(Path content) {
        return content.resolve("media");
    }

    /** Stores validated image bytes (once) and returns their reference. */
    public MediaRef put(byte[] bytes, ImageFormat format, ImageFormat.Size size) {
        MediaRef ref = new MediaRef(Sha256.hex(bytes), format, size.width(), size.height());
        Path target = folder.resolve(ref.fileName());
        if (Files.isRegularFile(target)) {
            return ref;
        }
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, TEMP_PREFIX, ".tmp");
            try {
                Files.write(temp, bytes);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (FileAlreadyExistsException e) {
                // another worker stored the same bytes meanwhile
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store image " + target, e);
        }
        return ref;
    }

    /** Deletes the images a killed process left half stored (never renamed into place); returns how many. */
    public int deleteTemporaryFiles() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            int deleted = 0;
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                Files.deleteIfExists(file);
                deleted++;
            }
            return deleted;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + folder, e);
        }
    }
}
