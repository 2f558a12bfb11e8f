package dev.mekong.site;

import java.nio.file.Path;

/**
 * What a render changed on disk.
 *
 * @param written    files whose bytes were new or different
 * @param unchanged  files carried over untouched (same bytes, same file)
 * @param deleted    files of the previous site the new one no longer has
 * @param generation the folder the site link now points at
 */
public record PublishResult(int written, int unchanged, int deleted, Path generation) {

    public boolean changed() {
        return written > 0 || deleted > 0;
    }
}
