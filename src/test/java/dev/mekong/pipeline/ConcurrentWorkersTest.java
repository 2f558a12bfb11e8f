package dev.mekong.pipeline;

import dev.mekong.bench.BenchCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thread safety of every bean on the article path: the same inbox (raw pages in four languages and several
 * formats, the seeds, copies of some inputs under other names) built by four workers and by one gives the
 * same records, byte for byte, and the same duplicate warnings. The pseudo engine puts the translator
 * chain and its memory under load too.
 */
class ConcurrentWorkersTest {

    private static final int ARTICLES = 40;

    @TempDir
    Path work;

    @Test
    void fourWorkersStoreWhatOneWorkerStores() throws IOException {
        PipelineFixture sequential = fixture("one");
        PipelineFixture concurrent = fixture("four");

        PipelineFixture.Result one = sequential.run("build", "--translator", "pseudo", "-D", "mekong.workers=1");
        PipelineFixture.Result four = concurrent.run("build", "--translator", "pseudo", "-D", "mekong.workers=4");

        assertThat(one.code()).as(one.err()).isZero();
        assertThat(four.code()).as(four.err()).isZero();
        Map<String, String> expected = records(sequential);
        assertThat(expected).hasSizeGreaterThan(ARTICLES);
        assertThat(records(concurrent)).isEqualTo(expected);
        assertThat(duplicateLines(four)).isEqualTo(duplicateLines(one)).hasSize(5);
    }

    private PipelineFixture fixture(String name) throws IOException {
        PipelineFixture fixture = new PipelineFixture(work.resolve(name)).withSeeds();
        BenchCorpus.load().writeRaw(fixture.inbox, ARTICLES);
        try (Stream<Path> inputs = Files.list(fixture.inbox)) {
            // the same bytes under a name sorted last: a duplicate whichever worker reads it
            for (Path input : inputs.sorted().limit(5).toList()) {
                Files.copy(input, fixture.inbox.resolve("zz-copy-of-" + input.getFileName()));
            }
        }
        return fixture;
    }

    private static Map<String, String> records(PipelineFixture fixture) throws IOException {
        Map<String, String> records = new TreeMap<>();
        try (Stream<Path> files = Files.list(fixture.content.resolve("articles"))) {
            for (Path record : files.toList()) {
                records.put(record.getFileName().toString(), Files.readString(record, StandardCharsets.UTF_8));
            }
        }
        return records;
    }

    private static java.util.List<String> duplicateLines(PipelineFixture.Result result) {
        return result.out().lines().filter(line -> line.contains("duplicate of")).sorted().toList();
    }
}
