package dev.mekong.ingest;

import com.ibm.icu.text.Transliterator;
import dev.mekong.model.InputRejectedException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures charset detection on the shared corpus: every UTF-8 {@code NAME.page.txt} is re-encoded, without
 * any declaration, in the legacy charset its language used (zh → GB18030, and Big5 after conversion to
 * Traditional characters; th → TIS-620/windows-874; vi → windows-1258; en → windows-1252) and in UTF-16LE
 * without a BOM, then decoded. Prints, per charset, how many were detected correctly and decoded to the
 * text of the UTF-8 original, and the decoding speed. Run: {@code java -cp target/classes:target/test-classes:DEPS
 * dev.mekong.ingest.CharsetAccuracyBench [CORPUS_DIR]}.
 */
public final class CharsetAccuracyBench {

    private CharsetAccuracyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : LegacyCorpusTwinTest.corpus();
        if (dir == null) {
            System.err.println("no corpus: pass the extraction corpus folder");
            System.exit(2);
        }
        InputDecoder decoder = new InputDecoder();
        Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");
        Map<String, int[]> results = new TreeMap<>();
        long bytesDecoded = 0;
        long nanos = 0;
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(p -> p.getFileName().toString().matches("[a-z]{2}-.*(?<!\\.gbk|\\.big5)\\.page\\.txt"))
                    .sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String original = Files.readString(page, StandardCharsets.UTF_8);
            String language = name.substring(0, 2);
            for (String charset : charsetsFor(language)) {
                String text = charset.equals("Big5") ? toTraditional.transliterate(original) : original;
                byte[] bytes = charset.equals("windows-1258") ? Samples.windows1258Lenient(text) : encode(text, charset);
                String expected = new TextNormalizer().normalizePlainText(
                        new String(bytes, charset.equals("TIS-620") ? Charset.forName("x-windows-874") : Charset.forName(charset)));
                int[] tally = results.computeIfAbsent(language + " " + charset, k -> new int[3]);
                tally[0]++;
                long start = System.nanoTime();
                try {
                    DecodedInput in = decoder.decode(name, bytes);
                    nanos += System.nanoTime() - start;
                    bytesDecoded += bytes.length;
                    if (in.text().equals(expected)) {
                        tally[1]++;
                    } else {
                        System.out.println("MISS " + name + " as " + charset + ": detected " + in.charset());
                    }
                } catch (InputRejectedException e) {
                    tally[2]++;
                    System.out.println("REJECTED " + name + " as " + charset + ": " + e.getMessage());
                }
            }
        }
        int total = 0;
        int correct = 0;
        for (Map.Entry<String, int[]> result : results.entrySet()) {
            int[] t = result.getValue();
            System.out.printf("%-18s %3d/%3d correct, %d rejected%n", result.getKey(), t[1], t[0], t[2]);
            total += t[0];
            correct += t[1];
        }
        System.out.printf("overall %d/%d correct; %.1f MB decoded at %.1f MB/s%n", correct, total,
                bytesDecoded / 1e6, bytesDecoded / 1e6 / (nanos / 1e9));
    }

    private static List<String> charsetsFor(String language) {
        return switch (language) {
            case "zh" -> List.of("GB18030", "Big5", "UTF-16LE");
            case "th" -> List.of("TIS-620", "UTF-16LE");
            case "vi" -> List.of("windows-1258", "UTF-16LE");
            default -> List.of("windows-1252", "UTF-16LE");
        };
    }

    /** Encodes as a legacy editor saves: characters the charset lacks become '?'. */
    private static byte[] encode(String text, String charset) throws CharacterCodingException {
        Charset target = charset.equals("TIS-620") ? Charset.forName("x-windows-874") : Charset.forName(charset);
        CharsetEncoder encoder = target.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE);
        ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }
}
