package dev.mekong.translate.engine;

import dev.mekong.translate.text.PlaceholderStyle;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Pseudo-translation for testing layouts and the whole path without an engine: Latin letters get
 * accents, the text grows by about a third (German and Finnish run long) and is bracketed so cut-off
 * text shows. Placeholders pass untouched (internal tokens), so markup and numbers survive.
 */
public final class PseudoEngine implements Engine {

    public static final String NAME = "pseudo";
    private static final double EXPANSION = 0.35;
    private static final char PAD = '~';

    private final Map<Integer, String> accents = new HashMap<>();
    /** Milliseconds each request takes, to imitate a slow engine (an LLM) when measuring: 0 by default. */
    private final long delayMillis;

    public PseudoEngine() {
        this(0);
    }

    /** @param delayMillis how long each request takes (mekong.translate.pseudo.delay-ms) */
    public PseudoEngine(long delayMillis) {
        if (delayMillis < 0) {
            throw new IllegalArgumentException("mekong.translate.pseudo.delay-ms must be 0 or more, not " + delayMillis);
        }
        this.delayMillis = delayMillis;
        Properties table = new Properties();
        try (InputStream in = PseudoEngine.class.getResourceAsStream("/translate/pseudo-accents.properties")) {
            table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        table.forEach((k, v) -> accents.put(((String) k).codePointAt(0), (String) v));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean supports(String sourceTag, String targetTag) {
        return true;
    }

    @Override
    public PlaceholderStyle placeholderStyle(String sourceTag, String targetTag) {
        return PlaceholderStyle.INTERNAL;
    }

    @Override
    public int maxBatchItems() {
        return Integer.MAX_VALUE;
    }

    @Override
    public int maxBatchChars() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean linguistic() {
        return false;
    }

    @Override
    public boolean remote() {
        return false;
    }

    @Override
    public List<String> translate(List<String> texts, String sourceTag, String targetTag) {
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis); // an engine's response time, not a synchronisation
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        List<String> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(pseudo(text));
        }
        return out;
    }

    String pseudo(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2).append('[');
        text.codePoints().forEach(cp -> {
            String accented = accents.get(cp);
            if (accented != null) {
                out.append(accented);
            } else {
                out.appendCodePoint(cp);
            }
        });
        int pad = (int) Math.ceil(text.codePointCount(0, text.length()) * EXPANSION);
        if (pad > 0) {
            out.append(' ').append(String.valueOf(PAD).repeat(pad));
        }
        return out.append(']').toString();
    }
}
