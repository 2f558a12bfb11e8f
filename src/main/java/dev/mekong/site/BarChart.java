package dev.mekong.site;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal stacked bar chart as standalone SVG: one bar per site language, one segment per
 * translation status. Drawn here rather than by a library so the output is small, byte-stable and
 * readable without scripts; colours pass 3:1 contrast against white and every segment has a title.
 */
final class BarChart {

    /** One bar: its label and segment values, in the order of the chart's series. */
    record Bar(String label, List<Integer> values) {
    }

    /** A series: its name and fill colour. */
    record Series(String name, String color) {
    }

    static final int WIDTH = 640;
    static final int ROW = 34;
    static final int LABEL_WIDTH = 120;
    static final int LEGEND = 36;

    private BarChart() {
    }

    static String svg(String title, List<Series> series, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(b -> b.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1));
        int plot = WIDTH - LABEL_WIDTH - 60;
        int height = LEGEND + bars.size() * ROW + 10;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n");
        out.append("<title id=\"chart-title\">").append(escape(title)).append("</title>\n");
        int x = LABEL_WIDTH;
        for (Series s : series) {
            out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"14\" height=\"14\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"20\" fill=\"#1a1a1a\">%s</text>\n", x, s.color(), x + 18, escape(s.name())));
            x += 18 + textWidth(s.name()) + 16;
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = LEGEND + i * ROW;
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#1a1a1a\">%s</text>\n",
                    LABEL_WIDTH - 8, y + 18, escape(bar.label())));
            int offset = LABEL_WIDTH;
            int total = 0;
            for (int j = 0; j < series.size(); j++) {
                int value = bar.values().get(j);
                total += value;
                int w = (int) Math.round((double) value * plot / max);
                if (value > 0) {
                    out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"24\" fill=\"%s\">"
                                    + "<title>%s: %s %d</title></rect>\n", offset, y, Math.max(w, 1), series.get(j).color(),
                            escape(bar.label()), escape(series.get(j).name()), value));
                }
                offset += w;
            }
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#1a1a1a\">%d</text>\n",
                    offset + 6, y + 18, total));
        }
        return out.append("</svg>\n").toString();
    }

    /** Approximate width at the chart's 13px font: wide (CJK) characters take a full em, others about half. */
    static int textWidth(String text) {
        return (int) Math.ceil(text.codePoints().mapToDouble(cp -> isWide(cp) ? 13 : 7.5).sum());
    }

    private static boolean isWide(int codePoint) {
        int width = com.ibm.icu.lang.UCharacter.getIntPropertyValue(codePoint, com.ibm.icu.lang.UProperty.EAST_ASIAN_WIDTH);
        return width == com.ibm.icu.lang.UCharacter.EastAsianWidth.WIDE || width == com.ibm.icu.lang.UCharacter.EastAsianWidth.FULLWIDTH;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
