package dev.mekong.ingest;

import dev.mekong.model.InputRejectedException;

import java.util.Locale;

/** Rejects an input before it is read: an unknown kind of file, or one over the size limit. */
public class InputGuard {

    private final long maxBytes;

    public InputGuard(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** True for reviewed translations (XLIFF) handed back by reviewers, which are not articles. */
    public boolean isReviewedTranslations(String fileName) {
        return InputFormat.ofFileName(fileName) == InputFormat.XLIFF;
    }

    public void check(String fileName, long size) {
        InputFormat.ofFileName(fileName);
        if (size > maxBytes) {
            throw new InputRejectedException(String.format(Locale.ROOT,
                    "the file is %,d bytes, over the limit of %,d bytes (mekong.max-input-bytes)", size, maxBytes));
        }
    }
}
