package dev.mekong.pipeline;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StageTimesTest {

    @Test
    void stepsNamedAfterAStageAreTimedAndOthersAreNot() throws Exception {
        StageTimes times = new StageTimes();
        try (CamelContext context = new DefaultCamelContext()) {
            context.getCamelContextExtension().addInterceptStrategy(times);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:article")
                            .process(exchange -> { }).id("stage-decode")
                            .process(exchange -> { }).id("decode")
                            .process(exchange -> {
                                if ("bad".equals(exchange.getMessage().getBody())) {
                                    throw new IllegalArgumentException("not an article");
                                }
                            }).id("stage-extract");
                }
            });
            context.start();
            ProducerTemplate producer = context.createProducerTemplate();
            producer.sendBody("direct:article", "one");
            producer.sendBody("direct:article", "two");
            producer.send("direct:article", exchange -> exchange.getMessage().setBody("bad"));
        }
        List<StageTimes.Stage> stages = times.stages();
        assertThat(stages).extracting(StageTimes.Stage::name).containsExactly("decode", "extract", "detect", "translate", "store");
        // a step that fails is timed too: its time was spent
        assertThat(stages).extracting(StageTimes.Stage::runs).containsExactly(3L, 3L, 0L, 0L, 0L);
        assertThat(times.summary(0, 0)).matches("stages: decode \\d+\\.\\d ms, extract \\d+\\.\\d ms, detect 0\\.0 ms, "
                + "translate 0\\.0 ms, store 0\\.0 ms per input \\(3 inputs\\)");
    }

    @Test
    void theSummaryNamesRendersAndIsNullWhenNothingRan() {
        StageTimes times = new StageTimes();
        assertThat(times.summary(0, 0)).isNull();
        assertThat(times.summary(1, 2_500_000_000L)).isEqualTo("stages: render 2.5 s");
        assertThat(times.summary(3, 2_500_000_000L)).isEqualTo("stages: render 2.5 s in 3 renders");
    }
}
