package dev.mekong.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Publishes a rendered site atomically: the site folder is a symbolic link to one complete
 * generation folder beside it ({@code site -> .site-generations/00000007}). A new generation is
 * assembled next to the live one, with unchanged files hard-linked from it (same bytes, same inode, same
 * mtime), and then the link is replaced by a single {@code rename(2)}. A web server or {@code rsync}
 * that resolved the link keeps reading a complete old generation, a new reader gets the complete new
 * one; nobody sees a half-written site. The previous generation is kept for readers still in it; older
 * ones are deleted. When nothing changed no generation is made and nothing on disk is touched. Only what
 * Mekong made is ever replaced or deleted ({@link SiteFolder}): an existing folder of other files, a file
 * or a foreign link at the site's path is refused.
 *
 * <p>Walking the site: {@code Files.walk(siteDir)} does not follow the root link; walk
 * {@code siteDir.toRealPath()} instead.
 */
public final class SitePublisher {

    public PublishResult publish(Map<String, byte[]> files, Path siteDir) throws IOException {
        Path site = siteDir.toAbsolutePath().normalize();
        Optional<String> notOurs = SiteFolder.problem(site);
        if (notOurs.isPresent()) {
            throw new IOException(notOurs.get());
        }
        Path parent = site.getParent();
        Files.createDirectories(parent);
        Path generations = SiteFolder.generationsOf(site);

        Path current = Files.isDirectory(site) ? site.toRealPath() : null;
        Map<String, Path> previous = current == null ? Map.of() : listFiles(current);
        files.keySet().forEach(SitePublisher::checkRelative);

        if (current != null && Files.isSymbolicLink(site) && previous.keySet().equals(files.keySet())
                && files.entrySet().stream().allMatch(e -> sameBytes(previous.get(e.getKey()), e.getValue()))) {
            return new PublishResult(0, files.size(), 0, current);
        }

        Files.createDirectories(generations);
        SiteFolder.mark(generations);
        Path generation = generations.resolve(String.format("%08d", nextNumber(generations)));
        Files.createDirectory(generation);
        int written = 0;
        int unchanged = 0;
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = generation.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Path old = previous.get(file.getKey());
            if (old != null && sameBytes(old, file.getValue())) {
                carryOver(old, target);
                unchanged++;
            } else {
                Files.write(target, file.getValue());
                written++;
            }
        }
        int deleted = (int) previous.keySet().stream().filter(name -> !files.containsKey(name)).count();

        switchLink(site, generation, generations);
        deleteOldGenerations(generations, generation, current);
        return new PublishResult(written, unchanged, deleted, generation);
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
