package dev.mekong.site;

import java.nio.file.Path;

/**
 * What a render changed on disk, and what it held back.
 *
 * @param written    files whose bytes were new or different
 * @param unchanged  files carried over untouched (same bytes, same file)
 * @param deleted    files of the previous site the new one no longer has
 * @param generation the folder the site link now points at
 * @param schedule   the drafts and embargoed articles the site does not show, and until when it stays as it is
 */
public record PublishResult(int written, int unchanged, int deleted, Path generation, Publication.Schedule schedule) {

    public PublishResult {
        schedule = schedule == null ? Publication.Schedule.NONE : schedule;
    }

    public PublishResult(int written, int unchanged, int deleted, Path generation) {
        this(written, unchanged, deleted, generation, Publication.Schedule.NONE);
    }

    public PublishResult withSchedule(Publication.Schedule schedule) {
        return new PublishResult(written, unchanged, deleted, generation, schedule);
    }

    public boolean changed() {
        return written > 0 || deleted > 0;
    }
}
