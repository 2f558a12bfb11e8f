package dev.mekong.language;

import dev.mekong.model.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One detector serves every article worker. It holds no per-call state: the OpenNLP model is asked through
 * {@code MaxentModel.eval}, which allocates its own arrays (LanguageDetectorME, which is not thread-safe, is
 * never used), and the word lists are read-only finite-state automata. So several threads detecting at once
 * get exactly what one thread gets.
 */
class ConcurrentDetectionTest {

    /** Latin-script text long enough for the statistical model, in languages it must tell apart. */
    private static final List<String> LATIN = List.of(
            "The river commission will publish gauge readings from twelve stations every fifteen minutes this year.",
            "La commission du fleuve publiera cette année les relevés de douze stations toutes les quinze minutes.",
            "La comisión del río publicará este año las lecturas de doce estaciones cada quince minutos.",
            "Die Flusskommission wird in diesem Jahr alle fünfzehn Minuten die Messwerte von zwölf Stationen veröffentlichen.",
            "Komisi sungai akan menerbitkan pembacaan alat ukur dari dua belas stasiun setiap lima belas menit tahun ini.",
            "Suruhanjaya sungai akan menerbitkan bacaan tolok dari dua belas stesen setiap lima belas minit tahun ini.",
            "Ang komisyon ng ilog ay maglalathala ng mga pagbasa mula sa labindalawang istasyon bawat labinlimang minuto.",
            "A comissão do rio publicará este ano as leituras de doze estações a cada quinze minutos.",
            "De riviercommissie publiceert dit jaar elke vijftien minuten de meetwaarden van twaalf stations.",
            "Ủy ban sông sẽ công bố số liệu đo từ mười hai trạm mỗi mười lăm phút trong năm nay.",
            "Mekong", "Hello world", "river gauge");

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(LATIN);
        Path seeds = Path.of(System.getProperty("mekong.project.dir", ".")).resolve("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path seed : files.sorted().toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                texts.add(text);
                Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).forEach(texts::add);
            }
        }
        return texts;
    }

    @Test
    void fourThreadsDetectWhatOneThreadDetects() throws Exception {
        ScriptFirstLanguageDetector detector = SharedDetector.DETECTOR;
        List<String> texts = texts();
        List<Language> expected = texts.stream().map(detector::detect).toList();
        assertThat(expected).extracting(Language::tag).contains("en", "fr", "es", "de", "vi", "zh-Hans", "th");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> mismatches = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                mismatches.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int round = 0; round < 10; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            order.add(i);
                        }
                    }
                    Collections.shuffle(order, new Random(seed)); // each thread in its own order
                    List<String> wrong = new ArrayList<>();
                    for (int i : order) {
                        Language got = detector.detect(texts.get(i));
                        if (!got.equals(expected.get(i))) {
                            wrong.add(i + ": " + got + " instead of " + expected.get(i));
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> wrong : mismatches) {
                assertThat(wrong.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
