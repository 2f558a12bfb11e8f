package dev.mekong.site;

import dev.mekong.model.Article;
import dev.mekong.model.Source;
import dev.mekong.model.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a start needs of a stored record without reading its body: the inputs it was made from, its source
 * and the versions supplied as inputs of their own, by language ({@link ArticleStore#open}).
 *
 * @param id       the record's id
 * @param source   its source input, or null
 * @param supplied the inputs of its supplied versions ({@link Version#isSupplied}), by language
 */
public record StoredInputs(String id, Source source, Map<String, Source> supplied) {

    public StoredInputs {
        supplied = supplied == null ? Map.of() : Map.copyOf(supplied);
    }

    /** The inputs of a record as stored. */
    public static StoredInputs of(Article record) {
        Map<String, Source> supplied = new TreeMap<>();
        record.versions().forEach((language, version) -> {
            if (version.isSupplied()) {
                supplied.put(language, version.input());
            }
        });
        return new StoredInputs(record.id(), record.source(), supplied);
    }

    /** Its source first, then its supplied versions' inputs, by language. */
    public List<Source> all() {
        List<Source> inputs = new ArrayList<>();
        if (source != null) {
            inputs.add(source);
        }
        new TreeMap<>(supplied).values().forEach(inputs::add); // Map.copyOf has no order
        return inputs;
    }
}
