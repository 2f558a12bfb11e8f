package dev.mekong.translate.memory;

import com.fasterxml.jackson.databind.ObjectReader;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The sorted part of a translation memory's file, searched where it lies: the lines from the file's start
 * that are in {@link MemoryEntry#FILE_ORDER}, strictly, each ending in a newline and starting with its key
 * as the memory writes it ({@code {"hash":"…","src":"…","tgt":"…","engine":"…","glossary":"…",}, no escape
 * in those values). One pass over the file finds them, reading only those five values; a lookup then reads
 * about log2(lines) lines by bisection and parses the one it finds. Reads go through a {@link RandomAccessFile},
 * one at a time: unlike a {@code FileChannel}, it is not closed for every thread when one reading it is
 * interrupted (a stopping pipeline interrupts its workers). A compaction writes the whole file so, and a build appends a few lines after it: translating one
 * edited article of a large site no longer parses the whole memory (10,000 raw articles: 119 MB, 137,000
 * lines, ~2 s and ~400 MB of heap).
 */
final class SortedPart implements Closeable {

    private static final byte[][] KEY_FIELDS = {
            ascii("{\"hash\":\""), ascii("\",\"src\":\""), ascii("\",\"tgt\":\""), ascii("\",\"engine\":\""),
            ascii("\",\"glossary\":\""), ascii("\",")};

    private final RandomAccessFile file;
    /** Line i is the bytes from starts[i] to starts[i + 1], its newline included; starts[count] ends the part. */
    private long[] starts;
    private int count;

    private SortedPart(RandomAccessFile file) {
        this.file = file;
    }

    /** One line after the sorted part, as text (a malformed byte sequence replaced), and whether it ended in a newline. */
    interface Tail {
        void line(String text, boolean ended);
    }

    /** Reads the file once: finds its sorted part, and hands every line after it to {@code tail}, in order. */
    static SortedPart scan(Path file, Tail tail) throws IOException {
        SortedPart part = new SortedPart(new RandomAccessFile(file.toFile(), "r"));
        try {
            Scan scan = new Scan(tail);
            part.forEachLine(scan);
            part.starts = Arrays.copyOf(scan.starts, scan.count + 1);
            part.count = scan.count;
            return part;
        } catch (IOException | RuntimeException e) {
            part.close();
            throw e;
        }
    }

    /** The lines of the sorted part, as {@link #scan} found them. */
    int lines() {
        return count;
    }

    /**
     * The line with this key (its hash, src, tgt, engine and glossary), parsed; null when there is none, or
     * when it is not an entry after all (a line damaged after its key), which {@code damaged} is told.
     */
    MemoryEntry find(MemoryEntry key, ObjectReader reader, Consumer<String> damaged) throws IOException {
        int at = lowerBound(key);
        if (at == count) {
            return null;
        }
        byte[] line = line(at);
        if (MemoryEntry.FILE_ORDER.compare(keyAt(line, at), key) != 0) {
            return null;
        }
        return parse(line, at, reader, damaged);
    }

    /** Every entry with this source hash and language pair, in file order (any engine and glossary). */
    void forEachOfSegment(String hash, String src, String tgt, ObjectReader reader, Consumer<String> damaged,
                          Consumer<MemoryEntry> each) throws IOException {
        for (int at = lowerBound(new MemoryEntry(hash, src, tgt, "", "", null, null, null)); at < count; at++) {
            byte[] line = line(at);
            MemoryEntry key = keyAt(line, at);
            if (!key.hash().equals(hash) || !key.src().equals(src) || !key.tgt().equals(tgt)) {
                return;
            }
            MemoryEntry entry = parse(line, at, reader, damaged);
            if (entry != null) {
                each.accept(entry);
            }
        }
    }

    /** Every entry of the part, in file order (one sequential read). */
    void forEach(ObjectReader reader, Consumer<String> damaged, Consumer<MemoryEntry> each) throws IOException {
        int[] at = {0};
        forEachLine((bytes, offset, length, start, ended) -> {
            if (at[0] < count) {
                MemoryEntry entry = parse(Arrays.copyOfRange(bytes, offset, offset + length), at[0]++, reader, damaged);
                if (entry != null) {
                    each.accept(entry);
                }
            }
            return at[0] < count;
        });
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /** The first line whose key is not before {@code key}; {@link #count} when there is none. */
    private int lowerBound(MemoryEntry key) throws IOException {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (MemoryEntry.FILE_ORDER.compare(keyAt(line(mid), mid), key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The key of line {@code at}, read again: the scan found one there, so a line without one was rewritten since. */
    private static MemoryEntry keyAt(byte[] line, int at) throws IOException {
        MemoryEntry key = keyOf(line, 0, line.length);
        if (key == null) {
            throw new IOException("translation memory line " + (at + 1) + " changed since the file was read (by another program?)");
        }
        return key;
    }

    private byte[] line(int at) throws IOException {
        byte[] line = new byte[Math.toIntExact(starts[at + 1] - starts[at])];
        int filled = 0;
        while (filled < line.length) {
            int read = readAt(starts[at] + filled, line, filled, line.length - filled);
            if (read < 0) {
                throw new IOException("translation memory file shorter than when it was read (changed by another program?)");
            }
            filled += read;
        }
        return line;
    }

    private synchronized int readAt(long position, byte[] buffer, int offset, int length) throws IOException {
        file.seek(position);
        return file.read(buffer, offset, length);
    }

    private static MemoryEntry parse(byte[] line, int at, ObjectReader reader, Consumer<String> damaged) {
        try {
            MemoryEntry entry = reader.readValue(line);
            if (entry.hasNoTranslation()) {
                damaged.accept("line " + (at + 1) + ": an empty translation");
                return null;
            }
            return entry;
        } catch (IOException e) {
            damaged.accept("line " + (at + 1) + ": not a memory entry");
            return null;
        }
    }

    /**
     * The key a line starts with, as an entry with only its hash, src, tgt, engine and glossary; null when the
     * line does not start as the memory writes one. Visible for tests.
     */
    static MemoryEntry keyOf(byte[] bytes, int length) {
        return keyOf(bytes, 0, length);
    }

    private static MemoryEntry keyOf(byte[] bytes, int offset, int length) {
        String[] values = new String[KEY_FIELDS.length - 1];
        int at = offset;
        int end = offset + length;
        for (int field = 0; field < KEY_FIELDS.length; field++) {
            byte[] expected = KEY_FIELDS[field];
            if (end - at < expected.length || !Arrays.equals(bytes, at, at + expected.length, expected, 0, expected.length)) {
                return null;
            }
            at += expected.length;
            if (field == values.length) {
                break;
            }
            int close = at;
            while (close < end && bytes[close] != '"') {
                if (bytes[close] == '\\') {
                    return null; // an escape: leave it to the JSON parser, after the sorted part
                }
                close++;
            }
            values[field] = new String(bytes, at, close - at, StandardCharsets.UTF_8);
            at = close;
        }
        return new MemoryEntry(values[0], values[1], values[2], values[3], values[4], null, null, null);
    }

    /** Receives lines; returns whether it wants more. */
    private interface LineSink {
        boolean line(byte[] bytes, int offset, int length, long start, boolean ended) throws IOException;
    }

    /** The lines of the file (without their newline), each with its offset; the last may lack one. */
    private void forEachLine(LineSink sink) throws IOException {
        byte[] buffer = new byte[1 << 20];
        int length = 0;
        long bufferStart = 0;
        while (true) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
            }
            int read = readAt(bufferStart + length, buffer, length, buffer.length - length);
            int from = 0;
            if (read < 0) {
                if (length > 0) {
                    sink.line(buffer, 0, length, bufferStart, false);
                }
                return;
            }
            int scanned = length;
            length += read;
            for (int i = scanned; i < length; i++) {
                if (buffer[i] == '\n') {
                    if (!sink.line(buffer, from, i - from, bufferStart + from, true)) {
                        return;
                    }
                    from = i + 1;
                }
            }
            System.arraycopy(buffer, from, buffer, 0, length - from);
            bufferStart += from;
            length -= from;
        }
    }

    /** The state of {@link #scan}: in the sorted part until a line is out of order or not as the memory writes it. */
    private static final class Scan implements LineSink {
        private final Tail tail;
        private long[] starts = new long[1 << 12];
        private int count;
        private MemoryEntry previous;
        private boolean sorted = true;

        Scan(Tail tail) {
            this.tail = tail;
        }

        @Override
        public boolean line(byte[] bytes, int offset, int length, long start, boolean ended) {
            if (sorted) {
                MemoryEntry key = ended ? keyOf(bytes, offset, length) : null;
                if (key != null && (previous == null || MemoryEntry.FILE_ORDER.compare(previous, key) < 0)) {
                    if (count + 1 == starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                    }
                    starts[count++] = start;
                    starts[count] = start + length + 1;
                    previous = key;
                    return true;
                }
                sorted = false;
            }
            tail.line(new String(bytes, offset, length, StandardCharsets.UTF_8), ended);
            return true;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
