package dev.mekong.ingest;

import dev.mekong.model.Source;

/**
 * An input file turned into normalised text.
 *
 * @param fileName name relative to the inbox
 * @param format   what kind of input it is
 * @param text     decoded, normalised text (NFC, \n line endings)
 * @param charset  the charset used and how it was chosen, e.g. {@code GB18030 (statistical)}
 * @param sha256   hex digest of the raw bytes
 * @param size     number of raw bytes
 */
public record DecodedInput(String fileName, InputFormat format, String text, String charset, String sha256, long size) {

    public Source source() {
        return new Source(fileName, sha256, format.id(), charset, size);
    }
}
