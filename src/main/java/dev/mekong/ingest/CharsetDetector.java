package dev.mekong.ingest;

import dev.mekong.ingest.Plausibility.LatinAlphabet;
import dev.mekong.model.InputRejectedException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the charset of an input file and decodes it. In order: a byte-order mark; for HTML, the charset
 * the page declares, if the bytes bear it out; strict UTF-8; UTF-16 without a BOM, recognised by its zero
 * bytes; then a statistical choice among GB18030 (which covers GBK and GB2312), Big5, TIS-620/windows-874,
 * windows-1258 and windows-1252: each candidate decodes a sample, and the one whose text reads most like
 * real writing (see {@link Plausibility}) wins.
 */
public class CharsetDetector {

    /**
     * The decoded text (BOM removed, not yet normalised) and how its charset was found.
     *
     * @param charset the charset's name, e.g. {@code GB18030}
     * @param method  how it was chosen, e.g. {@code statistical}
     */
    public record Detection(String text, String charset, String method) {
        /** For the article record, e.g. {@code GB18030 (statistical)}. */
        public String describe() {
            return charset + " (" + method + ")";
        }
    }

    /** Bytes of the input that the statistical candidates decode and score; the winner decodes everything. */
    static final int SAMPLE_BYTES = 256 * 1024;
    /** A winner must score at least this (1 = every non-ASCII character plausible). */
    static final double MIN_PLAUSIBLE_SCORE = 0.5;
    /** Non-ASCII bytes needed before mojibake is worth repairing: a stray symbol or two proves nothing. */
    private static final int MIN_MOJIBAKE_EVIDENCE = 8;
    /** A charset the page declares is kept unless another candidate scores this much better. */
    private static final double DECLARED_MARGIN = 0.3;
    /** Longest byte stretch where every position is tried for a lost 0xAD; longer ones are decoded as they are. */
    private static final int MAX_SOFT_HYPHEN_SEARCH = 2000;


    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Big5 as most tools write it first, then its extensions for the bytes plain Big5 lacks. */
    private static final List<Charset> BIG5_FAMILY = List.of(
            Charset.forName("Big5"), Charset.forName("Big5-HKSCS"), Charset.forName("x-windows-950"));

    private final Plausibility plausibility = new Plausibility();

    public Detection detect(byte[] bytes, boolean html) {
        Optional<Detection> bom = byBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<String> declared = html ? CharsetDeclaration.find(bytes) : Optional.empty();
        CountingDecoder.Decoded utf8 = CountingDecoder.decode(StandardCharsets.UTF_8, bytes);
        if (utf8.errors() == 0 && !containsNul(bytes)) {
            Optional<Charset> claimed = declared.flatMap(CharsetDetector::forLabel);
            if (claimed.isPresent() && isAscii(bytes)) {
                // Pure ASCII reads the same in any ASCII-compatible charset: the declaration is as right as UTF-8.
                return new Detection(utf8.text(), displayName(claimed.get()), "declared" + aliasNote(declared.get(), claimed.get()));
            }
            Optional<Detection> repaired = repairMojibake(utf8.text());
            if (repaired.isPresent()) {
                return repaired.get();
            }
            String method = declared.map(CharsetDetector::utf8AgainstClaim).orElse("valid UTF-8");
            return new Detection(utf8.text(), "UTF-8", method);
        }
        Optional<Detection> utf16 = byZeroBytes(bytes);
        if (utf16.isPresent()) {
            return utf16.get();
        }
        long nuls = countNuls(bytes);
        if (nuls > 0) {
            // NUL bytes rule out every ASCII-compatible charset; only UTF-16 with mostly non-Latin text is left.
            return statistical(bytes, Optional.empty(), utf16Candidates(bytes))
                    .orElseThrow(() -> new InputRejectedException("this looks like a binary file, not text (it contains "
                            + nuls + " NUL byte" + (nuls == 1 ? "" : "s") + ")"));
        }
        return statistical(bytes, declared, legacyCandidates(bytes)).orElseThrow(() -> new InputRejectedException(
                "the file is not valid UTF-8" + (utf8.errors() > 0 ? " (" + utf8.errors() + " invalid byte sequences)" : "")
                        + ", and none of the other supported charsets (GB18030/GBK, Big5, TIS-620, windows-1258, "
                        + "windows-1252) turns it into readable text; re-save it as UTF-8"));
    }

    /**
     * The statistical candidates, in order of preference when two score the same (the same bytes can
     * decode identically in several single-byte charsets, e.g. a lone curly quote).
     */
    private static List<Candidate> legacyCandidates(byte[] bytes) {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(new Candidate(StandardCharsets.UTF_8, LatinAlphabet.ANY));
        candidates.add(new Candidate(GB18030, LatinAlphabet.ANY));
        candidates.add(new Candidate(BIG5_FAMILY.get(0), LatinAlphabet.ANY));
        candidates.add(new Candidate(WINDOWS_1252, LatinAlphabet.WESTERN));
        candidates.add(new Candidate(WINDOWS_874, LatinAlphabet.ANY));
        candidates.add(new Candidate(WINDOWS_1258, LatinAlphabet.VIETNAMESE));
        candidates.addAll(utf16Candidates(bytes));
        return candidates;
    }

    private static List<Candidate> utf16Candidates(byte[] bytes) {
        return bytes.length % 2 != 0 ? List.of() : List.of(
                new Candidate(StandardCharsets.UTF_16LE, LatinAlphabet.ANY),
                new Candidate(StandardCharsets.UTF_16BE, LatinAlphabet.ANY));
    }

    /**
     * The bytes are valid UTF-8 and not plain ASCII: that is proof enough, since legacy multi-byte text
     * practically never forms valid UTF-8 sequences. Say how it relates to what the page declared.
     */
    private static String utf8AgainstClaim(String label) {
        Optional<Charset> claimed = forLabel(label);
        return claimed.isPresent() && claimed.get().equals(StandardCharsets.UTF_8)
                ? "declared" : "valid UTF-8, declared " + label + " ignored";
    }

    private Optional<Detection> byBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(withBom(b, 3, StandardCharsets.UTF_8, "UTF-8"));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(withBom(b, 4, Charset.forName("UTF-32LE"), "UTF-32LE"));
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(withBom(b, 4, Charset.forName("UTF-32BE"), "UTF-32BE"));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(withBom(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(withBom(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"));
        }
        return Optional.empty();
    }

    private static Detection withBom(byte[] b, int bomLength, Charset charset, String name) {
        CountingDecoder.Decoded decoded = CountingDecoder.decode(charset, b, bomLength, b.length - bomLength, true);
        return new Detection(decoded.text(), name, errorsNoted("BOM", decoded.errors()));
    }

    /**
     * UTF-16 without a BOM: text that is mostly ASCII puts a zero byte in every other position (the high
     * byte of each code unit), on the odd positions for little-endian and on the even ones for big-endian.
     */
    private static Optional<Detection> byZeroBytes(byte[] b) {
        int length = Math.min(b.length, SAMPLE_BYTES) & ~1;
        if (length < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < length; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int units = length / 2;
        Charset charset;
        if (oddZeros * 10 >= units * 3 && evenZeros * 50 <= units) {
            charset = StandardCharsets.UTF_16LE;
        } else if (evenZeros * 10 >= units * 3 && oddZeros * 50 <= units) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return Optional.empty();
        }
        CountingDecoder.Decoded decoded = CountingDecoder.decode(charset, b);
        if (decoded.errors() * 100 > units) {
            return Optional.empty();
        }
        return Optional.of(new Detection(decoded.text(), charset.name(), errorsNoted("zero-byte pattern", decoded.errors())));
    }

    private Optional<Detection> statistical(byte[] bytes, Optional<String> declared, List<Candidate> candidates) {
        int sampleLength = Math.min(bytes.length, SAMPLE_BYTES);
        boolean complete = sampleLength == bytes.length;
        for (Candidate candidate : candidates) {
            if (isBig5(candidate.charset)) {
                candidate.charset = bestBig5(bytes, sampleLength, complete);
            }
        }
        Optional<Charset> declaredCharset = declared.flatMap(CharsetDetector::forLabel)
                .map(c -> isBig5(c) ? bestBig5(bytes, sampleLength, complete) : c);
        boolean declaredIsCandidate = declaredCharset.isPresent()
                && candidates.stream().anyMatch(c -> c.charset.equals(declaredCharset.get()));
        if (declaredCharset.isPresent() && !declaredIsCandidate) {
            // A charset outside the scored set (Shift_JIS, windows-1251, …): trust it if it decodes cleanly.
            CountingDecoder.Decoded decoded = CountingDecoder.decode(declaredCharset.get(), bytes);
            if (decoded.errors() == 0) {
                return Optional.of(new Detection(decoded.text(), displayName(declaredCharset.get()), "declared"));
            }
        }

        int fewestErrors = Integer.MAX_VALUE;
        for (Candidate candidate : candidates) {
            CountingDecoder.Decoded sample = CountingDecoder.decode(candidate.charset, bytes, 0, sampleLength, complete);
            candidate.errors = sample.errors();
            // windows-1258 writes most Vietnamese tones as combining marks: compose them before judging.
            String text = candidate.alphabet == LatinAlphabet.VIETNAMESE
                    ? Normalizer.normalize(sample.text(), Normalizer.Form.NFC) : sample.text();
            candidate.score = plausibility.score(text, candidate.alphabet, sample.errors());
            fewestErrors = Math.min(fewestErrors, candidate.errors);
        }
        // The right charset decodes real text (nearly) without errors: candidates with clearly more errors
        // than the cleanest one are out, however plausible the rest of their text looks.
        int toleratedErrors = fewestErrors + 2 + sampleLength / 10_000;
        Candidate best = null;
        Candidate declaredCandidate = null;
        for (Candidate candidate : candidates) {
            if (candidate.errors <= toleratedErrors && (best == null || candidate.score > best.score)) {
                best = candidate;
            }
            if (declaredCharset.isPresent() && candidate.charset.equals(declaredCharset.get())) {
                declaredCandidate = candidate;
            }
        }
        if (declaredCandidate != null && declaredCandidate.errors == 0
                && declaredCandidate.score >= MIN_PLAUSIBLE_SCORE
                && declaredCandidate.score + DECLARED_MARGIN >= best.score) {
            return Optional.of(finish(bytes, declaredCandidate, "declared" + aliasNote(declared.get(), declaredCandidate.charset)));
        }
        if (best == null || best.score < MIN_PLAUSIBLE_SCORE) {
            return Optional.empty();
        }
        String method = declared.isPresent() ? "statistical, declared " + declared.get() + " did not fit" : "statistical";
        return Optional.of(finish(bytes, best, method));
    }

    private static Detection finish(byte[] bytes, Candidate chosen, String method) {
        CountingDecoder.Decoded decoded = CountingDecoder.decode(chosen.charset, bytes);
        return new Detection(decoded.text(), displayName(chosen.charset), errorsNoted(method, decoded.errors()));
    }

    /**
     * Text that some tool decoded with the wrong single-byte charset (windows-1252, Latin-1 or Latin-9) and
     * saved again as UTF-8: every non-ASCII character is one of that charset's and, read as such, makes no
     * sense (e.g. {@code ¹úÄÚ} for 国内). Turning the characters back into the bytes they came from and
     * detecting those again recovers the original text.
     */
    private Optional<Detection> repairMojibake(String text) {
        // every way below needs that many characters the single-byte charset produces (Chinese, Thai or English
        // text seldom has 8): counted first, it spares the plausibility scoring of most texts
        if (WindowsLatin1.WINDOWS_1252.producedNonAsciiCount(text) < MIN_MOJIBAKE_EVIDENCE
                && WindowsLatin1.LATIN_9.producedNonAsciiCount(text) < MIN_MOJIBAKE_EVIDENCE) {
            return Optional.empty();
        }
        Detection best = null;
        double bestScore = MIN_PLAUSIBLE_SCORE;
        for (WindowsLatin1 mojibakeCharset : List.of(WindowsLatin1.WINDOWS_1252, WindowsLatin1.LATIN_9)) {
            byte[] original = mojibakeCharset.originalBytes(text);
            if (original == null || WindowsLatin1.nonAsciiCount(original) < MIN_MOJIBAKE_EVIDENCE
                    || plausibility.score(text, LatinAlphabet.WESTERN, 0) >= MIN_PLAUSIBLE_SCORE) {
                continue;
            }
            // windows-1252 stays a candidate: Latin-1 mojibake of windows-1252 text leaves C1 controls for ’ “ ”.
            Optional<Detection> repaired = statistical(original, Optional.empty(), legacyCandidates(original));
            if (repaired.isPresent()) {
                double score = plausibility.score(repaired.get().text(), LatinAlphabet.ANY, 0);
                if (score > bestScore) {
                    best = repaired.get();
                    bestScore = score;
                }
            }
        }
        // Mixed-in characters may also fit the wrong single-byte charset (• and ‘ are windows-1252 but not
        // Latin-9): a whole-text repair through it loses to a run-by-run repair through the right one.
        Optional<Detection> byRuns = repairMixedMojibake(text);
        if (byRuns.isPresent() && plausibility.score(byRuns.get().text(), LatinAlphabet.ANY, 0) > bestScore) {
            return byRuns.map(d -> new Detection(d.text(), d.charset(), d.method() + ", mojibake runs saved as UTF-8 repaired"));
        }
        return Optional.ofNullable(best).map(d -> new Detection(d.text(), d.charset(),
                d.method() + ", repaired from mojibake saved as UTF-8"));
    }

    /**
     * Mojibake with other characters mixed in: a tool read legacy Chinese or Thai bytes as windows-1252 or
     * Latin-9 but kept characters the source had as entities, or drew its own bullets and boxes (●, □), so
     * the text as a whole cannot be turned back into bytes. Each maximal run of characters the single-byte
     * charset can produce is turned back into its bytes; the runs together choose the legacy charset, and
     * each run is re-decoded with it where that reads plausibly. Everything else stays as it is. Only a
     * charset of another script may win: Latin text read as another Latin charset is left alone, since
     * genuine Western or Vietnamese text cannot be told from it run by run.
     */
    private Optional<Detection> repairMixedMojibake(String text) {
        if (plausibility.score(text, LatinAlphabet.WESTERN, 0) >= MIN_PLAUSIBLE_SCORE) {
            return Optional.empty();
        }
        Detection best = null;
        double bestScore = MIN_PLAUSIBLE_SCORE;
        for (WindowsLatin1 mojibakeCharset : List.of(WindowsLatin1.WINDOWS_1252, WindowsLatin1.LATIN_9)) {
            List<WindowsLatin1.Run> runs = mojibakeCharset.runs(text);
            ByteArrayOutputStream joined = new ByteArrayOutputStream();
            for (WindowsLatin1.Run run : runs) {
                if (WindowsLatin1.nonAsciiCount(run.bytes()) > 0) {
                    joined.writeBytes(run.bytes());
                    joined.write('\n');
                }
            }
            byte[] original = joined.toByteArray();
            if (WindowsLatin1.nonAsciiCount(original) < MIN_MOJIBAKE_EVIDENCE) {
                continue;
            }
            Optional<Charset> legacy = mostPlausibleOtherScript(original);
            if (legacy.isEmpty()) {
                continue;
            }
            Charset charset = legacy.get();
            String repaired = redecodeRuns(text, runs, charset);
            double score = plausibility.score(repaired, LatinAlphabet.ANY, 0);
            if (score > bestScore) {
                best = new Detection(repaired, displayName(charset), "statistical");
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private CountingDecoder.Decoded decodeMojibakeBytes(Charset charset, byte[] bytes) {
        return charset.equals(WINDOWS_874) ? CountingDecoder.decode(charset, bytes) : decodeRestoringSoftHyphens(charset, bytes);
    }

    /**
     * Decodes double-byte mojibake bytes (GBK or Big5) where soft hyphens may be missing: 0xAD is a common
     * trail byte, and a tool that drew it as U+00AD often dropped the invisible character, after which every
     * pair up to the next ASCII byte decodes shifted. Bytes below 0x40 can never be trail bytes, so the
     * stretches between them must hold whole pairs; one left with a dangling lead byte gets back the 0xAD
     * at the position that reads most plausibly.
     */
    private CountingDecoder.Decoded decodeRestoringSoftHyphens(Charset charset, byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        CharsetDecoder decoder = CountingDecoder.reporting(charset); // one for every stretch: text has thousands
        int errors = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && (bytes[i] & 0xFF) >= 0x40) {
                continue;
            }
            if (isAscii(bytes, start, i)) {
                // a stretch of ASCII reads as itself in GB18030 and Big5, and has no lead byte to dangle
                for (int k = start; k < i; k++) {
                    text.append((char) bytes[k]);
                }
            } else {
                CountingDecoder.Decoded stretch = decodeStretch(decoder, Arrays.copyOfRange(bytes, start, i));
                text.append(stretch.text());
                errors += stretch.errors();
            }
            if (i < bytes.length) {
                text.append((char) bytes[i]);
            }
            start = i + 1;
        }
        return new CountingDecoder.Decoded(text.toString(), errors);
    }

    private static boolean isAscii(byte[] bytes, int from, int to) {
        for (int k = from; k < to; k++) {
            if (bytes[k] < 0) {
                return false;
            }
        }
        return true;
    }

    private CountingDecoder.Decoded decodeStretch(CharsetDecoder decoder, byte[] stretch) {
        CountingDecoder.Decoded plain = CountingDecoder.decode(decoder, stretch, 0, stretch.length, true);
        if (!endsWithDanglingLeadByte(stretch) || stretch.length > MAX_SOFT_HYPHEN_SEARCH) {
            return plain;
        }
        CountingDecoder.Decoded best = plain;
        double bestScore = plausibility.score(plain.text(), LatinAlphabet.ANY, plain.errors());
        byte[] restored = new byte[stretch.length + 1];
        for (int at = 1; at <= stretch.length; at++) {
            System.arraycopy(stretch, 0, restored, 0, at);
            restored[at] = (byte) 0xAD;
            System.arraycopy(stretch, at, restored, at + 1, stretch.length - at);
            CountingDecoder.Decoded candidate = CountingDecoder.decode(decoder, restored, 0, restored.length, true);
            double score = plausibility.score(candidate.text(), LatinAlphabet.ANY, candidate.errors());
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether reading the bytes as lead-and-trail pairs (0x81–0xFE leads) leaves the last lead without a trail. */
    private static boolean endsWithDanglingLeadByte(byte[] stretch) {
        int i = 0;
        while (i < stretch.length) {
            int b = stretch[i] & 0xFF;
            i += b >= 0x81 && b <= 0xFE ? 2 : 1;
        }
        return i > stretch.length;
    }

    /**
     * Which of GB18030, Big5 and windows-874 reads the bytes most plausibly, if any does. Decoding errors
     * only weigh in the score: a tool that drew mojibake often drops a byte (a soft hyphen, 0xAD) and
     * leaves a few undecodable pairs where a whole-file decision would rule the charset out.
     */
    private Optional<Charset> mostPlausibleOtherScript(byte[] bytes) {
        Charset best = null;
        double bestScore = MIN_PLAUSIBLE_SCORE;
        for (Charset charset : List.of(GB18030, bestBig5(bytes, bytes.length, true), WINDOWS_874)) {
            CountingDecoder.Decoded decoded = decodeMojibakeBytes(charset, bytes);
            double score = plausibility.score(decoded.text(), LatinAlphabet.ANY, decoded.errors());
            if (score > bestScore) {
                best = charset;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The text with each run that decodes plausibly in {@code charset} replaced by that decoding. */
    private String redecodeRuns(String text, List<WindowsLatin1.Run> runs, Charset charset) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (WindowsLatin1.Run run : runs) {
            if (WindowsLatin1.nonAsciiCount(run.bytes()) == 0) {
                continue;
            }
            CountingDecoder.Decoded decoded = decodeMojibakeBytes(charset, run.bytes());
            String original = text.substring(run.start(), run.end());
            if (plausibility.score(decoded.text(), LatinAlphabet.ANY, decoded.errors()) >= MIN_PLAUSIBLE_SCORE
                    && plausibility.score(original, LatinAlphabet.WESTERN, 0) < MIN_PLAUSIBLE_SCORE) {
                out.append(text, copied, run.start()).append(decoded.text());
                copied = run.end();
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The Big5 variant that decodes the bytes with the fewest errors, plain Big5 on a tie. */
    private static Charset bestBig5(byte[] bytes, int length, boolean complete) {
        Charset best = null;
        int fewest = Integer.MAX_VALUE;
        for (Charset charset : BIG5_FAMILY) {
            int errors = CountingDecoder.decode(charset, bytes, 0, length, complete).errors();
            if (errors < fewest) {
                best = charset;
                fewest = errors;
            }
            if (errors == 0) {
                break;
            }
        }
        return best;
    }

    /**
     * The charset to decode a declared label with. The legacy Chinese labels all decode as GB18030 (a
     * superset that pages labelled GB2312 or GBK routinely rely on), Thai labels as windows-874 (a superset
     * of TIS-620), Latin-1 labels as windows-1252, as browsers do.
     */
    static Optional<Charset> forLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        switch (l) {
            case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "csgb2312", "gb_2312-80":
                return Optional.of(GB18030);
            case "big5", "big-5", "big5-hkscs", "cp950", "x-windows-950", "windows-950", "csbig5", "x-x-big5":
                return Optional.of(BIG5_FAMILY.get(0));
            case "tis-620", "tis620", "windows-874", "x-windows-874", "cp874", "iso-8859-11", "iso8859-11":
                return Optional.of(WINDOWS_874);
            case "windows-1258", "cp1258", "x-cp1258":
                return Optional.of(WINDOWS_1258);
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252":
                return Optional.of(WINDOWS_1252);
            case "utf-8", "utf8", "unicode-1-1-utf-8":
                return Optional.of(StandardCharsets.UTF_8);
            default:
                break;
        }
        // A page whose meta tag we can read is not UTF-16, whatever it claims.
        if (l.startsWith("utf-16") || l.startsWith("unicode")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isBig5(Charset charset) {
        return BIG5_FAMILY.contains(charset);
    }

    private static String aliasNote(String label, Charset charset) {
        return label.equalsIgnoreCase(displayName(charset)) ? "" : " " + label;
    }

    private static String displayName(Charset charset) {
        return switch (charset.name()) {
            case "x-windows-874" -> "windows-874";
            case "x-windows-950" -> "windows-950";
            default -> charset.name();
        };
    }

    private static String errorsNoted(String method, int errors) {
        return errors == 0 ? method
                : method + ", " + errors + " undecodable byte sequence" + (errors == 1 ? "" : "s") + " replaced";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] b) {
        return countNuls(b) > 0;
    }

    private static long countNuls(byte[] b) {
        long count = 0;
        for (byte x : b) {
            if (x == 0) {
                count++;
            }
        }
        return count;
    }

    private static final class Candidate {
        Charset charset;
        final LatinAlphabet alphabet;
        int errors;
        double score;

        Candidate(Charset charset, LatinAlphabet alphabet) {
            this.charset = charset;
            this.alphabet = alphabet;
        }
    }
}
