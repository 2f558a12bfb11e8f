package dev.mekong.pipeline;

import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.apache.camel.util.AntPathMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leaves alone the inbox files the user told the pipeline to ignore (mekong.inbox-ignore: editors'
 * temporary and partial files), saying so once per file in the log and the run log instead of
 * quarantining them. Files whose name starts with a dot are skipped by the file consumer itself.
 */
public class InboxFilter implements GenericFileFilter<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(InboxFilter.class);

    private final List<String> patterns;
    private final RunLog log;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public InboxFilter(List<String> patterns, RunLog log) {
        this.patterns = List.copyOf(patterns);
        this.log = log;
    }

    /** Parses the comma-separated ant-style patterns of mekong.inbox-ignore. */
    public static List<String> patterns(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        if (file.isDirectory()) {
            return true;
        }
        String name = file.getFileNameOnly();
        Optional<String> pattern = ignoringPattern(name);
        if (pattern.isEmpty()) {
            reported.remove(name);
            return true;
        }
        if (reported.add(name)) {
            String reason = name + ": ignored, matches mekong.inbox-ignore pattern '" + pattern.get() + "'";
            LOG.info(reason);
            log.skipped(reason);
        }
        return false;
    }

    /** The first pattern that matches a file name, ignoring case, or empty when the file is read. */
    public Optional<String> ignoringPattern(String name) {
        return patterns.stream().filter(p -> AntPathMatcher.INSTANCE.match(p, name, false)).findFirst();
    }
}
