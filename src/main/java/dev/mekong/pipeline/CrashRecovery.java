package dev.mekong.pipeline;

import dev.mekong.ingest.Quarantine;
import dev.mekong.site.ArticleStore;
import dev.mekong.site.SiteFolder;
import dev.mekong.site.SitePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.mekong.media.MediaStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Clears what a killed process can leave behind, before anything is read: temporary article records,
 * images being stored ({@link MediaStore}) and reason files (the files they were replacing are intact), and site generations that were being
 * assembled but never switched live, and the temporary files of an in-place update of the live one that
 * was cut short. Inputs need no recovery: an input leaves the inbox only after its
 * article is stored, and storing is idempotent, so a restart simply handles it again.
 *
 * <p>The site part follows {@link dev.mekong.site.SitePublisher}'s layout: {@code site} is a link to
 * {@code .site-generations/NNNNNNNN}, a new generation is numbered above the live one and switched in
 * through a {@code .site.switch} link. Any numbered generation above the live one is therefore
 * unfinished. An in-place update leaves a marker in the generations folder until it is done; the pages it
 * did not replace yet are rendered again by the next render, as the site index in the content folder is
 * written only after a publish. Only a site layout that is Mekong's ({@link SiteFolder}) is cleaned.
 */
public final class CrashRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(CrashRecovery.class);

    private CrashRecovery() {
    }

    /** What was cleaned, for the log and for tests. */
    public record Report(int records, int media, int reasons, List<Path> generations, boolean interruptedUpdate) {
        public boolean isEmpty() {
            return records == 0 && media == 0 && reasons == 0 && generations.isEmpty() && !interruptedUpdate;
        }
    }

    public static Report recover(ArticleStore store, Quarantine quarantine, Path siteDir) {
        Report report = new Report(store.deleteTemporaryFiles(),
                new MediaStore(store.recordsFolder().getParent()).deleteTemporaryFiles(), quarantine.deleteTemporaryFiles(),
                unfinishedGenerations(siteDir), interruptedUpdate(siteDir));
        if (!report.isEmpty()) {
            LOG.warn("recovered from an interrupted run: deleted {} temporary record(s), {} temporary image(s), "
                    + "{} temporary reason file(s), {} unfinished site generation(s){}", report.records(), report.media(),
                    report.reasons(), report.generations().size(),
                    report.interruptedUpdate() ? "; the site's interrupted update is finished by the next render" : "");
        }
        return report;
    }

    private static List<Path> unfinishedGenerations(Path siteDir) {
        Path site = siteDir.toAbsolutePath().normalize();
        Path generations = SiteFolder.generationsOf(site);
        if (SiteFolder.problem(site).isPresent()) {
            return List.of(); // not Mekong's layout: nothing here is ours to delete (the start refuses such a site)
        }
        try {
            Files.deleteIfExists(SiteFolder.switchLinkOf(site));
            if (!Files.isDirectory(generations)) {
                return List.of();
            }
            long live = Files.isSymbolicLink(site) && Files.isDirectory(site) ? number(site.toRealPath()) : 0;
            List<Path> unfinished;
            try (Stream<Path> entries = Files.list(generations)) {
                unfinished = entries.filter(p -> number(p) > live).sorted().toList();
            }
            for (Path dir : unfinished) {
                deleteTree(dir);
            }
            return unfinished;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean unfinished site generations in " + generations, e);
        }
    }

    /** Whether an in-place update of the live site was cut short; its temporary files are deleted. */
    private static boolean interruptedUpdate(Path siteDir) {
        if (SiteFolder.problem(siteDir).isPresent()) {
            return false;
        }
        try {
            return SitePublisher.cleanInterruptedUpdate(siteDir) >= 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean an interrupted update of " + siteDir, e);
        }
    }

    /** The number of a generation folder, or -1 for anything else. */
    private static long number(Path dir) {
        String name = dir.getFileName().toString();
        return name.matches("\\d{8}") ? Long.parseLong(name) : -1;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
