package dev.mekong.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes with one charset, replacing every malformed or unmappable sequence with U+FFFD and
 * counting them, so that candidates can be compared by how cleanly they decode.
 */
final class CountingDecoder {

    /** The decoded text and the number of byte sequences that had to be replaced. */
    record Decoded(String text, int errors) {
    }

    private CountingDecoder() {
    }

    /**
     * @param complete whether {@code length} is the end of the input; when it is not (a sample), an
     *                 incomplete sequence at the end is dropped instead of counted as an error
     */
    static Decoded decode(Charset charset, byte[] bytes, int offset, int length, boolean complete) {
        return decode(reporting(charset), bytes, offset, length, complete);
    }

    /** A decoder of the charset that reports every malformed or unmappable sequence, for {@link #decode(CharsetDecoder, byte[], int, int, boolean)}. */
    static CharsetDecoder reporting(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** As {@link #decode(Charset, byte[], int, int, boolean)}, with a {@link #reporting} decoder used again (reset first). */
    static Decoded decode(CharsetDecoder decoder, byte[] bytes, int offset, int length, boolean complete) {
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 16);
        int errors = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                out = grow(out);
                continue;
            }
            errors++;
            in.position(in.position() + result.length());
            if (!out.hasRemaining()) {
                out = grow(out);
            }
            out.put('\uFFFD');
        }
        if (complete) {
            while (decoder.flush(out).isOverflow()) {
                out = grow(out);
            }
        }
        out.flip();
        return new Decoded(out.toString(), errors);
    }

    static Decoded decode(Charset charset, byte[] bytes) {
        return decode(charset, bytes, 0, bytes.length, true);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }
}
