package dev.mekong.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.mekong.model.AtomicFiles;
import dev.mekong.model.Sha256;
import dev.mekong.site.BuildSummary;
import dev.mekong.site.Publication;
import dev.mekong.site.SiteConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code content/site-state.json}: what the site was last rendered from, so that a start with nothing to
 * read and nothing changed does not render it again ({@link SiteUpdater}). The site is up to date only when
 * the last render was made
 * <ol>
 *   <li>under the same site settings ({@code mekong.site.*}, {@code mekong.languages}), templates folder
 *   contents, taxonomy file ({@code mekong.site.taxonomy}) bytes and Mekong code (the jar's size and time);</li>
 *   <li>from the same records (names, sizes and times of {@code content/articles/*.json}: records are
 *   replaced by renaming, so any write shows);</li>
 *   <li>into the site generation that is live now (a deleted or replaced site renders);</li>
 *   <li>with a clean report, no quarantined input and no warning: what a report listed may have gone since,
 *   and the next render must drop it;</li>
 *   <li>showing the articles that are published now: no embargo has ended since (nor, the clock set back,
 *   begun again), see {@link Publication.Schedule#holdsAt}.</li>
 * </ol>
 * Anything else renders: a first build, a missing or unreadable state file, a changed template.
 */
public final class SiteState {

    public static final String FILE_NAME = "site-state.json";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private record Rendered(String settings, String records, String site, boolean clean, Held held) {
    }

    /** {@link Publication.Schedule} as written: instants in ISO-8601, null when there is none. */
    private record Held(String lastRelease, String nextRelease, int drafts, int embargoed, String warning) {

        static Held of(Publication.Schedule schedule) {
            return new Held(text(schedule.lastRelease()), text(schedule.nextRelease()), schedule.drafts(),
                    schedule.embargoed(), schedule.warning());
        }

        Publication.Schedule schedule() {
            return new Publication.Schedule(instant(lastRelease), instant(nextRelease), drafts, embargoed, warning);
        }

        private static String text(Instant instant) {
            return instant == null ? null : instant.toString();
        }

        private static Instant instant(String text) {
            return text == null ? null : Instant.parse(text);
        }
    }

    private final Path file;
    private final Path articles;
    private final Path siteDir;
    private final String settings;

    private SiteState(Path contentDir, Path siteDir, String settings) {
        this.file = contentDir.resolve(FILE_NAME);
        this.articles = contentDir.resolve("articles");
        this.siteDir = siteDir;
        this.settings = settings;
    }

    /** The state of the site in {@code siteDir} rendered from {@code contentDir} under these {@code mekong.*} settings. */
    public static SiteState of(Path contentDir, Path siteDir, Map<String, String> settings) {
        TreeMap<String, String> shaping = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith("mekong.site.") || key.equals(SiteConfig.KEY_LANGUAGES)) {
                shaping.put(key, value == null ? "" : value.strip());
            }
        });
        StringBuilder text = new StringBuilder();
        shaping.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        text.append("templates=").append(templatesHash(shaping.get(SiteConfig.KEY_TEMPLATES))).append('\n');
        text.append("taxonomy=").append(fileHash(shaping.get(SiteConfig.KEY_TAXONOMY))).append('\n');
        text.append("code=").append(codeIdentity()).append('\n');
        return new SiteState(contentDir, siteDir, Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether the live site is the one these settings would render at {@code now} from the records as they
     * are now.
     */
    public boolean upToDate(Instant now) {
        Rendered last = last();
        return last != null && last.clean() && settings.equals(last.settings()) && records().equals(last.records())
                && liveSite().equals(last.site()) && last.held() != null && last.held().schedule().holdsAt(now);
    }

    /** What the last render held back (drafts, embargoes), as far as the state file says. */
    public Publication.Schedule schedule() {
        Rendered last = last();
        return last == null || last.held() == null ? Publication.Schedule.NONE : last.held().schedule();
    }

    private Rendered last() {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readValue(file.toFile(), Rendered.class);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable: render, which writes it afresh
        }
    }

    /**
     * The records as they are now; take it before a render reads them, and hand it to {@link #rendered}
     * after, so that a record stored during the render makes the next start render again.
     */
    public String records() {
        if (!Files.isDirectory(articles)) {
            return Sha256.hex(new byte[0]);
        }
        try (Stream<Path> list = Files.list(articles)) {
            StringBuilder text = new StringBuilder();
            for (Path record : list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(record, BasicFileAttributes.class);
                text.append(record.getFileName()).append(' ').append(attributes.size()).append(' ')
                        .append(attributes.lastModifiedTime().toMillis()).append('\n');
            }
            return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + articles, e);
        }
    }

    /**
     * Notes a successful render of the records as they were when {@code records} was taken, holding back
     * what {@code schedule} says.
     */
    public void rendered(String records, BuildSummary summary, Publication.Schedule schedule) throws IOException {
        boolean clean = summary.quarantined().isEmpty() && summary.warnings().isEmpty();
        AtomicFiles.write(file, JSON.writeValueAsBytes(new Rendered(settings, records, liveSite(), clean, Held.of(schedule))));
    }

    /** The folder the site link points at now, or "" when there is no site. */
    private String liveSite() {
        try {
            return Files.exists(siteDir) ? siteDir.toRealPath().toString() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The bytes of a file a setting names (the taxonomy): an edited mapping file needs a render. */
    private static String fileHash(String file) {
        if (file == null || file.isBlank()) {
            return "";
        }
        try {
            return Sha256.hex(Files.readAllBytes(Path.of(file.strip())));
        } catch (IOException | RuntimeException e) {
            return "missing"; // the renderer reports it
        }
    }

    /** The templates folder's files (names and bytes), or "" for the built-in templates (covered by the code). */
    private static String templatesHash(String templates) {
        if (templates == null || templates.isBlank() || templates.strip().startsWith("classpath:")) {
            return "";
        }
        Path folder = Path.of(templates.strip());
        if (!Files.isDirectory(folder)) {
            return "missing"; // the renderer reports it
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            StringBuilder text = new StringBuilder();
            for (Path f : walk.filter(p -> Files.isRegularFile(p)).sorted().toList()) {
                text.append(folder.relativize(f)).append(' ')
                        .append(Sha256.hex(Files.readAllBytes(f))).append('\n');
            }
            return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates folder " + folder, e);
        }
    }

    /** The jar Mekong runs from, by size and time (a new build renders once), or "classes" when run unpacked. */
    private static String codeIdentity() {
        try {
            Path code = Path.of(SiteState.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code, LinkOption.NOFOLLOW_LINKS)) {
                return List.of(code.toAbsolutePath(), Files.size(code), Files.getLastModifiedTime(code).toMillis()).toString();
            }
        } catch (Exception e) {
            // no code location (an unusual class loader): render as if unpacked
        }
        return "classes";
    }
}
