package dev.mekong.pipeline;

import dev.mekong.ingest.Quarantine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/** The error route's step: quarantine the input and note it in the run log. */
public class QuarantineStep {

    private static final Logger LOG = LoggerFactory.getLogger(QuarantineStep.class);

    private final Quarantine quarantine;
    private final boolean keepInputs;
    private final RunLog log;

    public QuarantineStep(Quarantine quarantine, boolean keepInputs, RunLog log) {
        this.quarantine = quarantine;
        this.keepInputs = keepInputs;
        this.log = log;
    }

    public void reject(String fileName, String absolutePath, Throwable error) {
        if (fileName == null) {
            log.warn("error outside any input: " + Quarantine.reasonOf(error));
            return;
        }
        String reason = quarantine.reject(fileName, absolutePath == null ? null : Path.of(absolutePath), error, keepInputs);
        log.failed(fileName, reason);
        LOG.info("quarantined {}: {}", fileName, reason); // the commands print it: build's summary, watch's line
    }
}
