package dev.mekong.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes a rendered site, page by page, in one of two ways. Only what Mekong made is ever replaced or
 * deleted ({@link SiteFolder}): an existing folder of other files, a file or a foreign link at the site's
 * path is refused.
 *
 * <p>{@link #newGeneration}: the site folder is a symbolic link to one complete generation folder beside
 * it ({@code site -> .site-generations/00000007}). A new generation is assembled next to the live one,
 * with unchanged files hard-linked from it (same bytes, same inode, same mtime), and then the link is
 * replaced by a single {@code rename(2)}: a reader sees the whole old site or the whole new one. It costs
 * a link per file, so it is kept for first and full builds. When nothing changed no generation is made and
 * nothing on disk is touched. The previous generation is kept for readers still in it; older ones are
 * deleted.
 *
 * <p>{@link #inPlace}: changed files are replaced inside the live generation, each written to a temporary
 * file beside it and renamed over it, so a reader gets a file's old bytes or its new ones, never part of
 * it. The caller writes in dependency order (articles before the lists that link to them, deletions
 * last), so a link on the site never points at a page not yet written or already deleted. A marker in the
 * generations folder says an update is under way; after a kill {@link #cleanInterruptedUpdate} deletes
 * its temporary files, and the next render rewrites what the update did not finish.
 *
 * <p>Walking the site: {@code Files.walk(siteDir)} does not follow the root link; walk
 * {@code siteDir.toRealPath()} instead.
 */
public class SitePublisher {

    private static final String TEMP_SUFFIX = ".mekong-tmp";

    /** Publishes these files as the whole site, in a new generation when anything changed. */
    public PublishResult publish(Map<String, byte[]> files, Path siteDir) throws IOException {
        NewGeneration generation = newGeneration(siteDir);
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                generation.put(file.getKey(), file.getValue());
            }
            return generation.commit();
        } catch (IOException | RuntimeException | Error e) {
            generation.abort();
            throw e;
        }
    }

    NewGeneration newGeneration(Path siteDir) throws IOException {
        return new NewGeneration(checked(siteDir));
    }

    InPlaceUpdate inPlace(Path siteDir) throws IOException {
        return new InPlaceUpdate(checked(siteDir));
    }

    /** The live generation a site link points at, or null when the site has none yet. */
    static Path liveGeneration(Path siteDir) throws IOException {
        Path site = siteDir.toAbsolutePath().normalize();
        return Files.isSymbolicLink(site) && Files.isDirectory(site) ? site.toRealPath() : null;
    }

    /**
     * After a kill during an in-place update: deletes its temporary files in the live generation. Returns
     * how many, or -1 when no update was under way. Only called on a site layout that is Mekong's.
     */
    public static int cleanInterruptedUpdate(Path siteDir) throws IOException {
        Path site = siteDir.toAbsolutePath().normalize();
        Path marker = SiteFolder.updateMarkerOf(site);
        if (!Files.exists(marker, LinkOption.NOFOLLOW_LINKS)) {
            return -1;
        }
        Path live = liveGeneration(site);
        int deleted = 0;
        if (live != null) {
            List<Path> temporary;
            try (Stream<Path> walk = Files.walk(live)) {
                temporary = walk.filter(p -> p.getFileName().toString().endsWith(TEMP_SUFFIX)).toList();
            }
            for (Path file : temporary) {
                Files.delete(file);
                deleted++;
            }
        }
        Files.delete(marker);
        return deleted;
    }

    private static Path checked(Path siteDir) throws IOException {
        Path site = siteDir.toAbsolutePath().normalize();
        Optional<String> notOurs = SiteFolder.problem(site);
        if (notOurs.isPresent()) {
            throw new IOException(notOurs.get());
        }
        return site;
    }

    /** A whole new generation, switched in by one rename when committed. */
    static final class NewGeneration {
        private final Path site;
        private final Path generations;
        private final Path current;
        private final Map<String, Path> previous;
        private final Set<String> names = new HashSet<>();
        // Files equal to the live ones, waiting for the first changed file to need a generation at all.
        private final List<String> unchangedSoFar = new ArrayList<>();
        private Path generation;
        private int written;

        private NewGeneration(Path site) throws IOException {
            this.site = site;
            this.generations = SiteFolder.generationsOf(site);
            Files.createDirectories(site.getParent());
            this.current = Files.isDirectory(site) ? site.toRealPath() : null;
            this.previous = current == null ? Map.of() : listFiles(current);
        }

        void put(String name, byte[] bytes) throws IOException {
            checkRelative(name);
            if (!names.add(name)) {
                throw new IllegalArgumentException("published twice: " + name);
            }
            Path old = previous.get(name);
            boolean same = old != null && sameBytes(old, bytes);
            if (same && generation == null) {
                unchangedSoFar.add(name);
                return;
            }
            start();
            Path target = generation.resolve(name);
            Files.createDirectories(target.getParent());
            if (same) {
                carryOver(old, target);
            } else {
                Files.write(target, bytes);
                written++;
            }
        }

        PublishResult commit() throws IOException {
            int deleted = (int) previous.keySet().stream().filter(name -> !names.contains(name)).count();
            if (generation == null && deleted == 0 && Files.isSymbolicLink(site)) {
                return new PublishResult(0, names.size(), 0, current);
            }
            start();
            switchLink(site, generation, generations);
            deleteOldGenerations(generations, generation, current);
            return new PublishResult(written, names.size() - written, deleted, generation);
        }

        /** Deletes what was assembled after a failure; the live site is untouched. */
        void abort() throws IOException {
            if (generation != null && !generation.equals(liveGeneration(site))) {
                deleteTree(generation);
            }
        }

        private void start() throws IOException {
            if (generation != null) {
                return;
            }
            Files.createDirectories(generations);
            SiteFolder.mark(generations);
            generation = generations.resolve(String.format("%08d", nextNumber(generations)));
            Files.createDirectory(generation);
            for (String name : unchangedSoFar) {
                Path target = generation.resolve(name);
                Files.createDirectories(target.getParent());
                carryOver(previous.get(name), target);
            }
            unchangedSoFar.clear();
        }
    }

    /** Changed files replaced one by one inside the live generation. */
    static class InPlaceUpdate {
        private final Path live;
        private final Path marker;
        private int written;
        private int deleted;

        InPlaceUpdate(Path site) throws IOException {
            this.live = liveGeneration(site);
            if (live == null) {
                throw new IOException(site + " has no live generation to update");
            }
            SiteFolder.mark(SiteFolder.generationsOf(site));
            this.marker = SiteFolder.updateMarkerOf(site);
            Files.writeString(marker, "An update of the live site generation is under way.\n");
        }

        /** Replaces a file when its bytes differ (or adds it); true when it was written. */
        boolean put(String name, byte[] bytes) throws IOException {
            checkRelative(name);
            Path target = live.resolve(name);
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && sameBytes(target, bytes)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            written++;
            return true;
        }

        /** Deletes a file of the site, and the folders it leaves empty. */
        void delete(String name) throws IOException {
            checkRelative(name);
            Path target = live.resolve(name);
            if (Files.deleteIfExists(target)) {
                deleted++;
            }
            for (Path dir = target.getParent(); !dir.equals(live); dir = dir.getParent()) {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    break;
                }
            }
        }

        /**
         * Ends an update that failed: the files replaced so far stay, and the caller renders again from the
         * index as it was before this update, which rewrites them and the rest.
         */
        void abort() throws IOException {
            Files.deleteIfExists(marker);
        }

        PublishResult finish(int files) throws IOException {
            Files.delete(marker);
            return new PublishResult(written, files - written, deleted, live);
        }
    }

    private static void switchLink(Path site, Path generation, Path generations) throws IOException {
        Path parent = site.getParent();
        if (Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            // An empty folder made ready for the site (SiteFolder refuses any other): it becomes the link.
            // Deleting a folder fails when it is not empty, so a file written into it meanwhile is kept.
            Files.delete(site);
        }
        Path link = SiteFolder.switchLinkOf(site);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, parent.relativize(generation));
        try {
            Files.move(link, site, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot switch " + site + " atomically on this file system", e);
        }
    }

    private static void carryOver(Path old, Path target) throws IOException {
        try {
            Files.createLink(target, old);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            // Hard links can fail across devices or on some file systems: a copy keeps the bytes and mtime.
            Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void deleteOldGenerations(Path generations, Path keep, Path previous) throws IOException {
        List<Path> stale;
        try (Stream<Path> entries = Files.list(generations)) {
            stale = entries.filter(p -> SiteFolder.isGeneration(p) && !p.equals(keep) && !p.equals(previous)).toList();
        }
        for (Path dir : stale) {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long nextNumber(Path generations) throws IOException {
        try (Stream<Path> entries = Files.list(generations)) {
            return entries.filter(SiteFolder::isGeneration).map(p -> p.getFileName().toString())
                    .mapToLong(Long::parseLong).max().orElse(0) + 1;
        }
    }

    /** Every regular file under a folder, keyed by its path relative to it with forward slashes. */
    static Map<String, Path> listFiles(Path dir) throws IOException {
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), p));
        }
        return files;
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return file != null && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkRelative(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || Arrays.stream(name.split("/")).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException("not a plain relative site path: " + name);
        }
    }
}
