package dev.mekong.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks at startup, before any input is touched, that every folder the pipeline writes to can be
 * written (or created): a typo or a read-only disk fails the start with the setting's name instead of
 * quarantining the first article or failing the render after all the work is done. Nothing is created.
 */
final class OutputFolders {

    private OutputFolders() {
    }

    /** @param folders setting name → folder; the site is checked through its parent, where its generations go */
    static void requireWritable(Map<String, Path> folders) {
        folders.forEach((key, folder) -> {
            Path existing = folder.toAbsolutePath().normalize();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                throw new IllegalArgumentException(key + ": no part of " + folder + " exists");
            }
            if (!Files.isDirectory(existing)) {
                throw new IllegalArgumentException(key + ": cannot write to " + folder + " because " + existing + " is not a folder");
            }
            if (!Files.isWritable(existing)) {
                throw new IllegalArgumentException(key + ": cannot write to " + folder + " (" + existing + " is not writable)");
            }
        });
    }
}
