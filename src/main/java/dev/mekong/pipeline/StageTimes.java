package dev.mekong.pipeline;

import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.processor.DelegateAsyncProcessor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long each stage of the article route took, summed over the inputs and the workers: the route's steps
 * with a {@code stage-NAME} id (routes/article.camel.yaml) are timed, as Camel's own management times its
 * processors; the renders are timed by the {@link SiteUpdater}. The build summary prints both, so a slow stage
 * shows without a profiler; the benchmark reads it for its per-stage throughput.
 */
public class StageTimes implements InterceptStrategy {

    /** The timed steps of the article route, by name (their id is {@code stage-NAME}), in route order. */
    static final List<String> STAGES = List.of("decode", "extract", "detect", "translate", "store");
    private static final String ID_PREFIX = "stage-";

    /** One stage's total: how many times it ran and for how long, all threads together. */
    public record Stage(String name, long runs, long nanos) {
    }

    private final Map<String, Totals> totals = new LinkedHashMap<>();

    private static final class Totals {
        final LongAdder runs = new LongAdder();
        final LongAdder nanos = new LongAdder();

        void add(long nanos) {
            runs.increment();
            this.nanos.add(nanos);
        }
    }

    public StageTimes() {
        STAGES.forEach(stage -> totals.put(stage, new Totals()));
    }

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        String id = definition.getId();
        Totals stage = id != null && id.startsWith(ID_PREFIX) ? totals.get(id.substring(ID_PREFIX.length())) : null;
        AsyncProcessor async = AsyncProcessorConverterHelper.convert(target);
        if (stage == null) {
            return async;
        }
        return new DelegateAsyncProcessor(async) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                long start = System.nanoTime();
                return processor.process(exchange, doneSync -> {
                    stage.add(System.nanoTime() - start);
                    callback.done(doneSync);
                });
            }
        };
    }

    /** Each stage's totals, in route order. */
    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        totals.forEach((name, t) -> stages.add(new Stage(name, t.runs.sum(), t.nanos.sum())));
        return stages;
    }

    /**
     * One line for the build summary: {@code stages: decode 0.4 ms, … per input (N inputs); render 1.3 s},
     * or null when no input was read and nothing was rendered.
     */
    public String summary(long renders, long renderNanos) {
        List<Stage> stages = stages();
        long inputs = stages.get(0).runs();
        if (inputs == 0 && renders == 0) {
            return null;
        }
        StringBuilder line = new StringBuilder("stages:");
        if (inputs > 0) {
            for (Stage stage : stages) {
                line.append(String.format(Locale.ROOT, " %s %.1f ms,", stage.name(),
                        stage.runs() == 0 ? 0 : stage.nanos() / 1e6 / stage.runs()));
            }
            line.setLength(line.length() - 1);
            line.append(String.format(Locale.ROOT, " per input (%,d inputs)", inputs));
        }
        if (renders > 0) {
            line.append(inputs > 0 ? ";" : "").append(String.format(Locale.ROOT, " render %.1f s", renderNanos / 1e9));
            if (renders > 1) {
                line.append(String.format(Locale.ROOT, " in %d renders", renders));
            }
        }
        return line.toString();
    }
}
