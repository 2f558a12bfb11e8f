package dev.mekong.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What Mekong may replace or delete around a site folder: only what it made itself. The site is published
 * as a link {@code site -> .site-generations/NNNNNNNN} ({@link SitePublisher}); the generations folder
 * carries a marker file, outside every generation so that it is never published. A site path is Mekong's
 * when it does not exist yet, is an empty folder, or is a link to a numbered generation of a generations
 * folder that is Mekong's (it holds the marker, or, made by a version before the marker, nothing but
 * numbered generations). Anything else, a folder of the user's files above all, is refused untouched.
 */
public final class SiteFolder {

    /** Inside the generations folder: says which tool made it, and lets the next run recognise it. */
    static final String MARKER = "MADE-BY-MEKONG.txt";

    private static final String MARKER_TEXT = "This folder holds the generations of a site published by Mekong: "
            + "Mekong deletes old generations here. Do not put other files in it.\n";

    private SiteFolder() {
    }

    /** The folder beside the site that holds its generations: {@code .NAME-generations}. */
    public static Path generationsOf(Path site) {
        Path absolute = site.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + "-generations");
    }

    /** The temporary link a switch goes through: {@code .NAME.switch}. */
    public static Path switchLinkOf(Path site) {
        Path absolute = site.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".switch");
    }

    /** The marker of an in-place update under way, in the generations folder ({@link SitePublisher}). */
    static Path updateMarkerOf(Path site) {
        return generationsOf(site).resolve("UPDATE-IN-PROGRESS.txt");
    }

    /** Why Mekong must not publish at this path, in one sentence, or empty when it may. */
    public static Optional<String> problem(Path siteDir) {
        Path site = siteDir.toAbsolutePath().normalize();
        if (site.getParent() == null) {
            return Optional.of(site + " is the root folder; choose an empty or new folder");
        }
        Path generations = generationsOf(site);
        try {
            Optional<String> foreign = foreignContent(generations);
            if (foreign.isPresent()) {
                return foreign;
            }
            Path switchLink = switchLinkOf(site);
            if (Files.exists(switchLink, LinkOption.NOFOLLOW_LINKS) && !isLinkToGeneration(switchLink, generations)) {
                return Optional.of(switchLink + " exists and is not a link Mekong made; move it away");
            }
            if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (Files.isSymbolicLink(site)) {
                return isLinkToGeneration(site, generations) ? Optional.empty()
                        : Optional.of(site + " is a link to " + Files.readSymbolicLink(site)
                        + ", not to a site generation Mekong made; choose an empty or new folder");
            }
            if (Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> entries = Files.list(site)) {
                    return entries.findAny().isEmpty() ? Optional.empty()
                            : Optional.of(site + " is an existing folder Mekong did not create (it is not a link into "
                            + generations.getFileName() + "); choose an empty or new folder");
                }
            }
            return Optional.of(site + " is an existing file; choose an empty or new folder");
        } catch (IOException e) {
            return Optional.of("cannot inspect " + site + ": " + e.getMessage());
        }
    }

    /** Marks a generations folder as Mekong's; called when it is created or first used. */
    static void mark(Path generations) throws IOException {
        Path marker = generations.resolve(MARKER);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
        }
    }

    /** A numbered generation folder's name: eight digits. */
    static boolean isGeneration(Path dir) {
        return dir.getFileName().toString().matches("\\d{8}");
    }

    private static Optional<String> foreignContent(Path generations) throws IOException {
        if (!Files.exists(generations, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(generations, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(generations + " exists and is not a folder Mekong made; move it away");
        }
        if (Files.isRegularFile(generations.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<Path> others;
        try (Stream<Path> entries = Files.list(generations)) {
            others = entries.filter(p -> !(isGeneration(p) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))).sorted().toList();
        }
        return others.isEmpty() ? Optional.empty()
                : Optional.of(generations + " holds " + others.get(0).getFileName() + (others.size() > 1 ? " and " + (others.size() - 1) + " more" : "")
                + ", which Mekong did not make (no " + MARKER + "); move it away or choose another site folder");
    }

    private static boolean isLinkToGeneration(Path link, Path generations) throws IOException {
        if (!Files.isSymbolicLink(link)) {
            return false;
        }
        Path target = link.resolveSibling(Files.readSymbolicLink(link)).normalize();
        return generations.equals(target.getParent()) && isGeneration(target);
    }
}
