package dev.mekong.site;

import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

    private static final List<BarChart.Series> SERIES = List.of(
            new BarChart.Series("原文", "#1b6e3a"), new BarChart.Series("机器翻译", "#b35c00"));

    @Test
    void barsAreProportionalAndTheSvgIsWellFormed() throws Exception {
        String svg = BarChart.svg("Articles & <status>", SERIES,
                List.of(new BarChart.Bar("zh", List.of(2, 2)), new BarChart.Bar("en", List.of(1, 0))));
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Articles & <status>");
        // Plot width 460 px for the largest total (4). Legend squares (2) plus segments: zh has two, en one (a zero segment is not drawn).
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(5);
        assertThat(svg).contains("width=\"230\" height=\"24\" fill=\"#1b6e3a\"><title>zh: 原文 2</title>")
                .contains("width=\"115\" height=\"24\" fill=\"#1b6e3a\"><title>en: 原文 1</title>");
    }

    @Test
    void wideCharactersTakeMoreRoomInTheLegend() {
        assertThat(BarChart.textWidth("机器翻译")).isEqualTo(52);
        assertThat(BarChart.textWidth("Machine")).isEqualTo(53);
    }
}
