package dev.mekong.reliability;

import dev.mekong.model.Article;
import dev.mekong.site.ArticleStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The folders of one pipeline under test, and ways to look at what it produced. */
final class Workspace {

    static final List<String> LANGUAGES = List.of("zh", "en", "vi", "th");

    final Path root;
    final Path inbox;
    final Path site;
    final Path content;
    final Path quarantine;
    final Path archive;
    final Path staging;

    Workspace(Path root) {
        this.root = root;
        this.inbox = root.resolve("inbox");
        this.site = root.resolve("site");
        this.content = root.resolve("content");
        this.quarantine = root.resolve("quarantine");
        this.archive = root.resolve("archive");
        this.staging = root.resolve("staging");
        try {
            Files.createDirectories(inbox);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path projectDir() {
        return Path.of(System.getProperty("mekong.project.dir", ".")).toAbsolutePath();
    }

    /**
     * The shared corpus beside the repository ({@code <repo>/../shared}, or beside the folder of worktrees
     * for a worktree checkout), or null when there is none.
     */
    static Path sharedCorpus() {
        for (String up : List.of("..", "../..")) {
            Path corpus = projectDir().resolve(up).resolve("shared/corpus/extraction").normalize();
            if (Files.isDirectory(corpus)) {
                return corpus;
            }
        }
        return null;
    }

    Map<String, String> folders() {
        return Map.of("mekong.inbox", inbox.toString(), "mekong.site", site.toString(),
                "mekong.content", content.toString(), "mekong.quarantine", quarantine.toString(),
                "mekong.archive", archive.toString());
    }

    /** Drops a file the way a careful tool does: written in a staging folder, then renamed into the inbox. */
    Path drop(String name, byte[] bytes) {
        try {
            Path tmp = Files.write(staging.resolve(name), bytes);
            return Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Article> records() {
        return new ArticleStore(content).all();
    }

    long recordCount() {
        return count(content.resolve("articles"), ".json");
    }

    long inboxCount() {
        return count(inbox, "");
    }

    /** Every regular file below a folder, links followed (the site is a link to its live generation). */
    static List<Path> files(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The archived inputs, by the input name they were archived under (the part after the time stamp). */
    List<String> archivedNames() {
        List<String> names = new ArrayList<>();
        for (Path f : files(archive)) {
            String name = f.getFileName().toString();
            names.add(name.substring(name.indexOf('-') + 1));
        }
        return names;
    }

    /** Temporary or half-written files anywhere in the outputs: hidden files other than the instance lock. */
    List<Path> leftovers() {
        List<Path> found = new ArrayList<>();
        for (Path dir : List.of(content, quarantine, archive, site)) {
            for (Path f : files(dir)) {
                String name = f.getFileName().toString();
                if ((name.startsWith(".") && !name.equals(".mekong.lock")) || name.endsWith(".tmp") || name.endsWith(".part")) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    /** The site generations beside the live one (published, or half-assembled by a killed process). */
    List<Path> generations() {
        Path dir = root.resolve(".site-generations");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            // generation folders only: the folder also holds Mekong's marker file (MADE-BY-MEKONG.txt)
            return list.filter(p -> p.getFileName().toString().matches("\\d{8}")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live generation the site link points at, or null before the first render. */
    Path liveGeneration() {
        try {
            return Files.isSymbolicLink(site) ? site.toRealPath() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The page of an article in one site language. */
    Path page(Article article, String language) {
        return site.resolve(language).resolve("articles").resolve(article.slug() + ".html");
    }

    static long count(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString().startsWith(".")).count();
        } catch (IOException e) {
            return 0; // listed while a file was renamed away: look again on the next poll
        }
    }
}
