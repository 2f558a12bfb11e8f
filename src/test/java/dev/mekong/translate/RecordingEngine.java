package dev.mekong.translate;

import dev.mekong.translate.engine.Engine;
import dev.mekong.translate.engine.EngineException;
import dev.mekong.translate.engine.EngineSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A remote-looking engine for tests: applies a function to each text and records what it was sent. */
class RecordingEngine implements Engine {

    final List<String> received = new ArrayList<>();
    final List<String> pairs = new ArrayList<>();
    private final String name;
    private final UnaryOperator<String> function;
    private EngineException failure;

    RecordingEngine(String name, UnaryOperator<String> function) {
        this.name = name;
        this.function = function;
    }

    /** ROT13 on ASCII letters: changes every word, keeps length and placeholders. */
    static String rot13(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static EngineSettings settings(String name) {
        return EngineSettings.forTest(name, "http://127.0.0.1:9");
    }

    RecordingEngine failingWith(EngineException e) {
        this.failure = e;
        return this;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(String sourceTag, String targetTag) {
        return true;
    }

    @Override
    public int maxBatchItems() {
        return 10;
    }

    @Override
    public List<String> translate(List<String> texts, String sourceTag, String targetTag) throws EngineException {
        received.addAll(texts);
        pairs.add(sourceTag + ">" + targetTag);
        if (failure != null) {
            throw failure;
        }
        List<String> out = new ArrayList<>();
        texts.forEach(t -> out.add(function.apply(t)));
        return out;
    }

    int charactersReceived() {
        return received.stream().mapToInt(String::length).sum();
    }
}
