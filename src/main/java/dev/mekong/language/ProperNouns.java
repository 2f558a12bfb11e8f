package dev.mekong.language;

import morfologik.fsa.ByteSequenceIterator;
import morfologik.fsa.FSA;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Which capitalised words are more than names, from a part-of-speech dictionary
 * ({@code language/proper-nouns.tsv}: LanguageTool's English tagger dictionary, entries
 * "Word SEP lemma SEP tag"). Patrick, Bangkok, Samsung and Monday carry only the proper-noun tag;
 * Canadian (also an adjective), Germans (a plural) or Christ (also an interjection) carry others and
 * are words of the language.
 */
final class ProperNouns {

    private final FSA fsa;
    private final byte separator;
    private final Set<String> nameTags;

    ProperNouns() {
        String[] row = Resources.table("language/proper-nouns.tsv", 3).get(0);
        separator = (byte) row[1].charAt(0);
        nameTags = Set.of(row[2].split(","));
        try (InputStream in = Resources.open(row[0])) {
            fsa = FSA.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + row[0], e);
        }
    }

    /** Whether the dictionary lists the word as written with a tag other than a proper noun's. */
    boolean isMoreThanName(String word) {
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        int node = fsa.getRootNode();
        for (int i = 0; i <= bytes.length; i++) {
            int arc = fsa.getArc(node, i < bytes.length ? bytes[i] : separator);
            if (arc == 0 || fsa.isArcTerminal(arc)) {
                return false;
            }
            node = fsa.getEndNode(arc);
        }
        ByteSequenceIterator entries = new ByteSequenceIterator(fsa, node);
        while (entries.hasNext()) {
            ByteBuffer entry = entries.next();
            int start = entry.limit();
            while (start > entry.position() && entry.get(start - 1) != separator) {
                start--;
            }
            String tag = new String(entry.array(), entry.arrayOffset() + start, entry.limit() - start,
                    StandardCharsets.UTF_8);
            if (!nameTags.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
