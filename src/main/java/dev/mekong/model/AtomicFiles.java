package dev.mekong.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replacing a file so that a reader, or a process killed halfway, sees the old bytes or the new ones, never
 * a part: written to {@code .NAME.tmp} beside it, then renamed over it. A leftover temporary file is what a
 * kill leaves ({@code ArticleStore.deleteTemporaryFiles} relies on the name).
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Replaces (or creates) {@code file}, and its folder, with these bytes. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
