package dev.mekong.language;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data files of this package from the classpath. */
final class Resources {

    private Resources() {
    }

    /** Buffered: the model and dictionary readers ask for a few bytes at a time. */
    static InputStream open(String path) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + path);
        }
        return new BufferedInputStream(in, 1 << 16);
    }

    /** Non-blank lines, without those starting with '#'; the text after a tab is kept as is. */
    static List<String> lines(String path) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return lines;
    }

    /** Tab-separated rows of a table file; missing trailing cells read as "". */
    static List<String[]> table(String path, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(path)) {
            String[] cells = line.split("\t", -1);
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = i < cells.length ? cells[i].strip() : "";
            }
            rows.add(row);
        }
        return rows;
    }
}
