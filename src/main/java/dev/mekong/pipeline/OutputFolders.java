package dev.mekong.pipeline;

import dev.mekong.site.SiteFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks at startup, before any input is touched and before anything is created, that the folders can be
 * used: that the site path is Mekong's to replace, that no two folders are the same or inside each other,
 * that the inbox of a build exists, and that every folder the pipeline writes to can be written (or
 * created). A typo fails the start with the setting's name instead of deleting the user's files,
 * quarantining inputs into the inbox or retiring the whole site. Nothing is created or changed.
 */
final class OutputFolders {

    private OutputFolders() {
    }

    /** Checks every folder of the settings; {@code build} also requires the inbox to exist. */
    static void check(Settings settings, boolean build) {
        SiteFolder.problem(settings.site()).ifPresent(problem -> {
            throw new IllegalArgumentException("mekong.site: " + problem);
        });
        Map<String, List<Path>> folders = new LinkedHashMap<>();
        folders.put("mekong.inbox", List.of(settings.inbox()));
        folders.put("mekong.site", List.of(settings.site(), SiteFolder.generationsOf(settings.site())));
        folders.put("mekong.content", List.of(settings.content()));
        folders.put("mekong.quarantine", List.of(settings.quarantine()));
        folders.put("mekong.archive", List.of(settings.archive()));
        requireSeparate(folders);
        if (build) {
            requireInbox(settings.inbox());
        }
        requireWritable(Map.of("mekong.site", settings.site().getParent(), "mekong.content", settings.content(),
                "mekong.quarantine", settings.quarantine(), "mekong.archive", settings.archive()));
    }

    /**
     * No folder may be another or lie inside another: a quarantine inside the inbox is read again as input
     * (thousands of files in seconds), a site inside the inbox is published from, content inside the site is
     * deleted with an old generation. The site counts with its generations folder beside it. Paths are
     * compared as the file system resolves them, links in existing parents followed.
     *
     * @param folders setting name → the paths it occupies
     */
    static void requireSeparate(Map<String, List<Path>> folders) {
        List<String> keys = new ArrayList<>(folders.keySet());
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                for (Path a : folders.get(keys.get(i))) {
                    for (Path b : folders.get(keys.get(j))) {
                        Path realA = resolved(a);
                        Path realB = resolved(b);
                        if (realA.startsWith(realB) || realB.startsWith(realA)) {
                            String relation = realA.equals(realB) ? "is the same folder as"
                                    : realA.startsWith(realB) ? "lies inside" : "contains";
                            throw new IllegalArgumentException(keys.get(i) + ": " + a + " " + relation + " "
                                    + keys.get(j) + " " + b + "; the inbox, site, content, quarantine and archive folders"
                                    + " must be separate, none inside another");
                        }
                    }
                }
            }
        }
    }

    /** A build reads an existing inbox: a missing one is a typo, which would find nothing and retire every article. */
    static void requireInbox(Path inbox) {
        if (!Files.exists(inbox)) {
            throw new IllegalArgumentException("mekong.inbox: " + inbox + " does not exist; check --inbox"
                    + " (a build reads an existing folder, a watch creates it)");
        }
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("mekong.inbox: " + inbox + " is not a folder");
        }
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

    /** The path with its deepest existing part resolved by the file system (links followed), the rest appended. */
    private static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
