package dev.mekong.reliability;

import dev.mekong.pipeline.Pipeline;
import dev.mekong.pipeline.broker.Worker;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.camel.ProducerTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the scale-out tests share: an inbox of small articles, an ingest node, workers, and the checks. */
final class ScaleOut {

    static final String QUEUE = "mekong.translate";
    static final String DEAD = "mekong.translate.dead";

    private ScaleOut() {
    }

    /** N small English Markdown articles, each with three paragraphs of its own. */
    static void articles(Workspace ws, int count) {
        for (int i = 0; i < count; i++) {
            String name = String.format("story-%04d.md", i);
            String text = "---\ntitle: Harbour report number " + i + "\ndate: 2024-03-01T08:00:00+07:00\n"
                    + "category: Economy\n---\n\n"
                    + "The river port handled " + i + " containers this morning, the authority said.\n\n"
                    + "Dock workers in shift " + i + " unloaded rice, timber and machine parts before noon.\n\n"
                    + "Officials expect the figure for week " + i + " to rise as the dry season continues.\n";
            write(ws.inbox.resolve(name), text);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings of a process of the scaled-out pipeline on this broker. */
    static Map<String, String> jms(EmbeddedBroker broker, Workspace ws) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("mekong.transport", "jms");
        settings.put("mekong.jms.url", broker.url());
        settings.put("mekong.translator", "pseudo");
        settings.put("mekong.content", ws.content.toString());
        return settings;
    }

    /** The ingest node's settings: the workspace's folders, articles handed out by {@code threads} threads. */
    static Map<String, String> ingest(EmbeddedBroker broker, Workspace ws, int threads) {
        Map<String, String> settings = jms(broker, ws);
        settings.put("mekong.inbox", ws.inbox.toString());
        settings.put("mekong.site", ws.site.toString());
        settings.put("mekong.quarantine", ws.quarantine.toString());
        settings.put("mekong.archive", ws.archive.toString());
        settings.put("mekong.workers", Integer.toString(threads));
        return settings;
    }

    static List<Worker> workers(int count, Map<String, String> settings) throws Exception {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            workers.add(Worker.start(null, settings));
        }
        return workers;
    }

    /** A build of the ingest node, running on another thread; the future is the pipeline once built. */
    static CompletableFuture<Pipeline> build(Map<String, String> settings) {
        return build(settings, Duration.ofMinutes(10));
    }

    /** The same, for a build allowed {@code limit} to finish. */
    static CompletableFuture<Pipeline> build(Map<String, String> settings, Duration limit) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Pipeline pipeline = Pipeline.start(Pipeline.Mode.BUILD, null, settings);
                if (!pipeline.awaitBuilt(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    pipeline.close();
                    throw new AssertionError("the build did not finish within " + limit);
                }
                return pipeline;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * {@code count} articles dropped in the workspace's inbox, {@code workerCount} workers started (added to
     * {@code started}, for the test to close) and the ingest node's build over them, {@code threads} articles
     * in flight; the pipeline once built.
     */
    static Pipeline buildOverWorkers(EmbeddedBroker broker, Workspace ws, int count, int workerCount, int threads,
                                     List<Worker> started) throws Exception {
        articles(ws, count);
        started.addAll(workers(workerCount, jms(broker, ws)));
        return build(ingest(broker, ws, threads)).get(10, TimeUnit.MINUTES);
    }

    /** Messages of the translation queue delivered to these consumers and not yet acknowledged by them. */
    static long held(EmbeddedBroker broker, Set<Long> consumers) {
        Queue queue = broker.queue(QUEUE);
        if (queue == null) {
            return 0;
        }
        return queue.getConsumers().stream().filter(c -> consumers.contains(c.sequentialID()))
                .mapToLong(c -> c.getDeliveringMessages().size()).sum();
    }

    /** The stored records, by id. */
    static Map<String, String> records(Workspace ws) {
        Map<String, String> records = new TreeMap<>();
        Path folder = ws.content.resolve("articles");
        if (!Files.isDirectory(folder)) {
            return records;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                records.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /**
     * Every article published exactly once: one record per input, each at revision 1 (stored once), each
     * input named once among the published, every version translated by the engine, and a page per language.
     */
    static void assertPublishedOnce(Workspace ws, Pipeline pipeline, int count) throws IOException {
        List<String> published = pipeline.runLog().published();
        assertThat(published).hasSize(count).doesNotHaveDuplicates();
        assertThat(pipeline.runLog().failureCount()).isZero();
        assertStoredOnce(ws, count);
    }

    /**
     * What a build left on disk when it published every article exactly once (for a build in a process of its
     * own, whose run log the test cannot see): one record per input at revision 1, each input named by one
     * record, every version translated by the engine, and a page per language.
     */
    static void assertStoredOnce(Workspace ws, int count) throws IOException {
        Map<String, String> records = records(ws);
        assertThat(records).hasSize(count);
        Map<String, Integer> inputs = new HashMap<>();
        for (String record : records.values()) {
            assertThat(record).contains("\"revision\" : 1,");
            assertThat(record.split("\"engine\" : \"pseudo\"", -1)).as("versions by the engine").hasSize(4); // en is the source
            String input = record.replaceAll("(?s).*\"fileName\" : \"([^\"]+)\".*", "$1");
            inputs.merge(input, 1, Integer::sum);
        }
        assertThat(inputs).hasSize(count).allSatisfy((name, times) -> assertThat(times).isEqualTo(1));
        for (String language : Workspace.LANGUAGES) {
            try (Stream<Path> pages = Files.list(ws.site.resolve(language).resolve("articles"))) {
                assertThat(pages.count()).as("article pages in " + language).isGreaterThanOrEqualTo(count);
            }
        }
    }

    /** Sends a message straight to a queue, as a misbehaving client might. */
    static void send(Worker worker, String queue, String body) {
        ProducerTemplate template = worker.context().createProducerTemplate();
        template.sendBody("jms:queue:" + queue + "?exchangePattern=InOnly&jmsMessageType=Text", body);
    }
}
