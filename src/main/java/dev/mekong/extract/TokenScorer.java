package dev.mekong.extract;

import dev.mekong.language.LanguageFacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The extraction score of issue 3: bag-of-tokens overlap between an output and the gold after NFKC and
 * lower-casing, where every Han, kana, Hangul and Thai character is one token and every other run of
 * letters/digits is one token; P = overlap/|output|, R = overlap/|gold|, F1 their harmonic mean. The
 * same over 4-token shingles.
 */
public final class TokenScorer {

    public static final int SHINGLE = 4;

    private TokenScorer() {
    }

    /** Precision, recall and F1 of one page. */
    public record Score(double precision, double recall, double f1) {
    }

    public static List<String> tokens(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSingleCharToken(cp)) {
                flush(run, out);
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp) || cp == '_' || run.length() > 0 && isMark(cp)) {
                run.appendCodePoint(cp);
            } else {
                flush(run, out);
            }
        }
        flush(run, out);
        return out;
    }

    /** Consecutive runs of {@link #SHINGLE} tokens; a text shorter than that is one shingle. */
    public static List<String> shingles(List<String> tokens) {
        List<String> out = new ArrayList<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.add(String.join(" ", tokens));
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
        }
        return out;
    }

    public static Score tokenScore(String output, String gold) {
        return score(tokens(output), tokens(gold));
    }

    public static Score shingleScore(String output, String gold) {
        return score(shingles(tokens(output)), shingles(tokens(gold)));
    }

    /** Bag overlap: each gold item matches at most as many output items as it occurs. */
    public static Score score(List<String> output, List<String> gold) {
        if (output.isEmpty() && gold.isEmpty()) {
            return new Score(1, 1, 1);
        }
        Map<String, Integer> goldCounts = new HashMap<>();
        gold.forEach(t -> goldCounts.merge(t, 1, Integer::sum));
        int overlap = 0;
        for (String t : output) {
            Integer left = goldCounts.get(t);
            if (left != null && left > 0) {
                overlap++;
                goldCounts.put(t, left - 1);
            }
        }
        double p = output.isEmpty() ? 0 : (double) overlap / output.size();
        double r = gold.isEmpty() ? 0 : (double) overlap / gold.size();
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Score(p, r, f);
    }

    private static boolean isSingleCharToken(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return (LanguageFacts.isIdeographic(script) || script == Character.UnicodeScript.THAI) && (Character.isLetterOrDigit(cp) || isMark(cp));
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (run.length() > 0) {
            out.add(run.toString());
            run.setLength(0);
        }
    }
}
