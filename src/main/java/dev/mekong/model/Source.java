package dev.mekong.model;

/**
 * Where an article came from.
 *
 * @param fileName name of the input file, relative to the inbox
 * @param sha256   hex digest of the input bytes as dropped
 * @param format   html, txt, md or json
 * @param charset  the charset the bytes were decoded with, and how it was found
 * @param size     input size in bytes
 */
public record Source(String fileName, String sha256, String format, String charset, long size) {
}
