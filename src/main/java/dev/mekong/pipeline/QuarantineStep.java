package dev.mekong.pipeline;

import dev.mekong.ingest.Quarantine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The error route's step: quarantine the input and note it in the run log. Also called by
 * {@link InboxFilter} for entries refused before they are opened.
 */
public class QuarantineStep {

    private static final Logger LOG = LoggerFactory.getLogger(QuarantineStep.class);

    private final Quarantine quarantine;
    private final boolean keepInputs;
    private final RunLog log;
    private final Consumer<String> readAgainNextRun;

    /** @param readAgainNextRun told the name of every input quarantined ({@link UnchangedInputs#readAgainNextRun}) */
    public QuarantineStep(Quarantine quarantine, boolean keepInputs, RunLog log, Consumer<String> readAgainNextRun) {
        this.quarantine = quarantine;
        this.keepInputs = keepInputs;
        this.log = log;
        this.readAgainNextRun = readAgainNextRun;
    }

    public void reject(String fileName, String absolutePath, Throwable error) {
        if (fileName == null) {
            log.warn("error outside any input: " + Quarantine.reasonOf(error));
            return;
        }
        String reason = quarantine.reject(fileName, absolutePath == null ? null : Path.of(absolutePath), error, keepInputs);
        readAgainNextRun.accept(fileName);
        log.failed(fileName, reason);
        LOG.info("quarantined {}: {}", fileName, reason); // the commands print it: build's summary, watch's line
    }

    /**
     * Quarantines an inbox entry that must not be opened: the reason file alone, and the entry itself moved
     * along when inputs leave the inbox (watch), so a drop folder ends up empty.
     */
    public void refuse(String fileName, Path entry, String reason) {
        quarantine.refuse(fileName, entry, reason, !keepInputs);
        log.failed(fileName, reason);
        LOG.warn("quarantined {}: {}", fileName, reason);
    }

    /** Whether refused entries stay in the inbox (and so are seen again on every poll). */
    public boolean keepsInputs() {
        return keepInputs;
    }
}
